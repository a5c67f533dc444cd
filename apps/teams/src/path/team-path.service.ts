import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { type AuditTrail, badUserInput, conflict, type FieldError, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager } from 'typeorm';
import type { TeamsLoaders } from '../loaders';
import type { TeamsPolicy } from '../policy';
import { Team } from '../teams/team.entity';
import {
  FollowUpMeasurement,
  TeamChecklistItem,
  TeamChecklistTick,
  TeamFollowUp,
  TeamPhaseChange,
  TeamPhaseStanding,
  TeamYearlyReview,
} from './team-path.entity';
import type {
  MoveTeamPhaseInput,
  RecordFollowUpMeasurementInput,
  SetYearlyGoalsInput,
  SetYearlyReflectionInput,
  TickTeamChecklistItemInput,
} from './team-path.inputs';
import {
  followUpSchedule,
  goalsYearRefused,
  isAfter,
  PHASE_CHECKLIST,
  PHASE_ORDER,
  phaseOfItem,
  reflectionYearRefused,
  refusedMove,
  TeamPhase,
} from './team-path.rules';

const refuse = (error: FieldError) => badUserInput(`${error.field} ${error.message}`, [error]);

/** A team's 4 to 6 year path: phases with their checklists, yearly reviews and the follow-ups after hand-over. */
export class TeamPathService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
    private readonly identity: Identity | null,
    private readonly loaders: TeamsLoaders,
  ) {}

  async phase(team: Team): Promise<TeamPhaseStanding | null> {
    await this.policy.assertCanSeePhase(team);
    const last = (await this.loaders.phaseHistory.load(team.id)).at(-1);
    return last ? { phase: last.phase, enteredOn: last.enteredOn } : null;
  }

  async phaseHistory(team: Team): Promise<TeamPhaseChange[]> {
    await this.policy.assertCanSeePhase(team);
    return this.loaders.phaseHistory.load(team.id);
  }

  /** The checklist of the phases up to and including the current one (of the first phase before any is recorded). */
  async checklist(team: Team): Promise<TeamChecklistItem[]> {
    this.policy.assertCanSeePath(team.id);
    const [history, ticks] = await Promise.all([this.loaders.phaseHistory.load(team.id), this.loaders.checklistTicks.load(team.id)]);
    const current = history.at(-1)?.phase ?? TeamPhase.EXPLORATION;
    return PHASE_ORDER.filter((phase) => !isAfter(phase, current)).flatMap((phase) =>
      PHASE_CHECKLIST[phase].map((item) => {
        const tick = ticks.find((candidate) => candidate.item === item.key);
        return { phase, ...item, done: Boolean(tick), tickedAt: tick?.tickedAt ?? null, tickedBy: tick?.tickedBy ?? null };
      }),
    );
  }

  async yearlyReview(team: Team, year: number): Promise<TeamYearlyReview | null> {
    this.policy.assertCanSeePath(team.id);
    return this.loaders.yearlyReview.load(`${team.id}:${year}`);
  }

  /** The follow-ups due 12 and 24 months after the latest hand-over; empty before hand-over. */
  async followUps(team: Team): Promise<TeamFollowUp[]> {
    this.policy.assertCanSeePath(team.id);
    const [history, measurements] = await Promise.all([
      this.loaders.phaseHistory.load(team.id),
      this.loaders.followUpMeasurements.load(team.id),
    ]);
    const handOverOn = handOverDate(history);
    if (!handOverOn) return [];
    const today = todayInAmsterdam();
    return followUpSchedule(handOverOn).map(({ monthsAfterHandOver, dueOn }) => {
      const measurement = measurements.find((candidate) => candidate.monthsAfterHandOver === monthsAfterHandOver) ?? null;
      return { monthsAfterHandOver, dueOn, due: !measurement && dueOn <= today, measurement };
    });
  }

  async movePhase({ teamId, phase, enteredOn, correction, note }: MoveTeamPhaseInput): Promise<Team> {
    this.policy.assertCanKeepPath();
    return this.dataSource.transaction(async (manager) => {
      const team = await teamOrFail(manager, teamId);
      const history = await manager.find(TeamPhaseChange, { where: { teamId }, order: { seq: 'ASC' } });
      const current = history.at(-1) ?? null;
      const refused = refusedMove(current, { phase, enteredOn, correction, note }, todayInAmsterdam());
      if (refused) throw refuse(refused);
      const change = manager.create(TeamPhaseChange, {
        id: randomUUID(),
        teamId,
        seq: (current?.seq ?? 0) + 1,
        phase,
        enteredOn,
        correction,
        note: note?.trim() || null,
        recordedBy: this.identity!.subject,
        recordedAt: new Date(),
      });
      await insertOrConflict(manager, TeamPhaseChange, change, 'Someone else changed this team’s phase just now; reload and try again');
      await this.audit.record(manager, {
        action: correction ? 'team-phase.corrected' : 'team-phase.moved',
        entityType: 'Team',
        entityId: teamId,
        relatedIds: [change.id],
      });
      return team;
    });
  }

  async tick({ teamId, item, done }: TickTeamChecklistItemInput): Promise<Team> {
    this.policy.assertCanKeepPath();
    const phase = phaseOfItem(item);
    if (!phase) throw refuse({ field: 'item', message: 'is not on any phase’s checklist' });
    return this.dataSource.transaction(async (manager) => {
      const team = await teamOrFail(manager, teamId);
      const [current] = await manager.find(TeamPhaseChange, { where: { teamId }, order: { seq: 'DESC' }, take: 1 });
      if (isAfter(phase, current?.phase ?? TeamPhase.EXPLORATION))
        throw refuse({ field: 'item', message: `belongs to ${phase}, which the team has not reached` });
      if (done) {
        // The first tick stays: who ticked it and when does not change by ticking again.
        await manager.query(
          `INSERT INTO team_checklist_ticks (team_id, item, phase, ticked_by, ticked_at) VALUES ($1, $2, $3, $4, now())
           ON CONFLICT (team_id, item) DO NOTHING`,
          [teamId, item, phase, this.identity!.subject],
        );
      } else {
        await manager.delete(TeamChecklistTick, { teamId, item });
      }
      await this.audit.record(manager, {
        action: done ? 'team-checklist.ticked' : 'team-checklist.unticked',
        entityType: 'Team',
        entityId: teamId,
      });
      return team;
    });
  }

  async setGoals({ teamId, year, goals, version }: SetYearlyGoalsInput): Promise<TeamYearlyReview> {
    this.policy.assertCanSetGoals(teamId);
    const refused = goalsYearRefused(year, todayInAmsterdam(), this.policy.isAdmin());
    if (refused) throw refuse(refused);
    const themes = goals.map((goal) => goal.theme);
    if (new Set(themes).size !== themes.length) throw refuse({ field: 'goals', message: 'has one goal per theme at most' });
    const cleaned = goals.map(({ theme, goal, targetHours }) => ({ theme, goal: goal.trim(), targetHours: targetHours ?? null }));
    return this.saveReview(teamId, year, version ?? null, { goals: cleaned }, 'team-review.goals-set');
  }

  async setReflection({ teamId, year, wentWell, wentLessWell, version }: SetYearlyReflectionInput): Promise<TeamYearlyReview> {
    this.policy.assertCanReflect(teamId);
    const refused = reflectionYearRefused(year, todayInAmsterdam());
    if (refused) throw refuse(refused);
    return this.saveReview(
      teamId,
      year,
      version ?? null,
      { wentWell: wentWell.trim(), wentLessWell: wentLessWell.trim() },
      'team-review.reflected',
    );
  }

  async recordFollowUp(input: RecordFollowUpMeasurementInput): Promise<Team> {
    this.policy.assertCanKeepPath();
    const { teamId, monthsAfterHandOver, measuredOn } = input;
    return this.dataSource.transaction(async (manager) => {
      const team = await teamOrFail(manager, teamId);
      const handOverOn = handOverDate(await manager.find(TeamPhaseChange, { where: { teamId }, order: { seq: 'ASC' } }));
      if (!handOverOn) throw refuse({ field: 'teamId', message: 'names a team that has not been handed over' });
      if (measuredOn < handOverOn) throw refuse({ field: 'measuredOn', message: `is before the hand-over on ${handOverOn}` });
      if (measuredOn > todayInAmsterdam()) throw refuse({ field: 'measuredOn', message: 'lies in the future' });
      const measurement = manager.create(FollowUpMeasurement, {
        teamId,
        monthsAfterHandOver,
        measuredOn,
        stillActiveMembers: input.stillActiveMembers,
        hoursLastThreeMonths: input.hoursLastThreeMonths,
        cohesionNote: input.cohesionNote.trim(),
        recordedBy: this.identity!.subject,
        recordedAt: new Date(),
      });
      await insertOrConflict(manager, FollowUpMeasurement, measurement, `The ${monthsAfterHandOver}-month follow-up is already recorded`);
      await this.audit.record(manager, { action: 'team-follow-up.recorded', entityType: 'Team', entityId: teamId });
      return team;
    });
  }

  private async saveReview(
    teamId: string,
    year: number,
    version: number | null,
    changes: Partial<TeamYearlyReview>,
    action: string,
  ): Promise<TeamYearlyReview> {
    return this.dataSource.transaction(async (manager) => {
      await teamOrFail(manager, teamId);
      const existing = await manager.findOneBy(TeamYearlyReview, { teamId, year });
      let review: TeamYearlyReview;
      if (!existing) {
        review = manager.create(TeamYearlyReview, {
          id: randomUUID(),
          teamId,
          year,
          goals: [],
          wentWell: null,
          wentLessWell: null,
          ...changes,
          version: 1,
        });
        await insertOrConflict(
          manager,
          TeamYearlyReview,
          review,
          `Someone else started the ${year} review just now; reload it and try again`,
        );
      } else {
        if (version === null) throw conflict(`The ${year} review exists (version ${existing.version}); send the version you read`);
        review = await updateVersioned(manager, TeamYearlyReview, 'yearly review', existing.id, version, changes);
      }
      await this.audit.record(manager, { action, entityType: 'TeamYearlyReview', entityId: review.id, relatedIds: [teamId] });
      return review;
    });
  }
}

/** The day of the latest hand-over, while the team is in HAND_OVER or CLOSED; null otherwise. */
export function handOverDate(history: readonly TeamPhaseChange[]): string | null {
  const current = history.at(-1);
  if (!current || isAfter(TeamPhase.HAND_OVER, current.phase)) return null;
  return history.filter((change) => change.phase === TeamPhase.HAND_OVER).at(-1)?.enteredOn ?? null;
}

async function teamOrFail(manager: EntityManager, teamId: string): Promise<Team> {
  const team = await manager.findOneBy(Team, { id: teamId });
  if (!team) throw notFound('team', teamId);
  return team;
}

/** Inserts; a unique violation (a race lost) answers CONFLICT, and the transaction rolls back with it. */
async function insertOrConflict<T extends object>(manager: EntityManager, entity: new () => T, row: T, message: string): Promise<void> {
  try {
    await manager.insert(entity, row as never);
  } catch (error) {
    if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw conflict(message);
    throw error;
  }
}
