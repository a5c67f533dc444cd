import { todayInAmsterdam } from '@buurtvolk/domain';
import { AuditTrail, badUserInput, conflict, notFound, type ScheduledJob, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { TeamsLoaders } from '../loaders';
import type { TeamsPolicy } from '../policy';
import { Team } from '../teams/team.entity';
import { type FunnelCounts, shownInFull, shownToPartner, sumFunnels } from './recruitment-funnel.rules';
import type { RecruitmentFunnel } from './recruitment-funnel.types';
import { IntakeOutcome, OutreachMoment, RecruitmentCandidate } from './recruitment.entity';
import type {
  AddRecruitmentCandidateInput,
  CloseIntakeInput,
  OutreachMomentContentInput,
  RecordIntakeStepInput,
  RecordOutreachMomentInput,
  UpdateOutreachMomentInput,
} from './recruitment.inputs';

/**
 * The AVG's storage limitation for people who showed interest but did not join: their first name and contact are kept
 * 12 months after the intake closed (they may come back), then deleted, as the requests' contact data is.
 */
export const CANDIDATE_RETENTION_MONTHS = 12;

export class RecruitmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
    private readonly loaders: TeamsLoaders,
  ) {}

  outreachMoments(team: Team): Promise<OutreachMoment[]> {
    this.policy.assertCanRecruit(team.id);
    return this.loaders.outreachMomentsOfTeam.load(team.id);
  }

  candidates(team: Team): Promise<RecruitmentCandidate[]> {
    this.policy.assertCanRecruit(team.id);
    return this.loaders.candidatesOfTeam.load(team.id);
  }

  async teamFunnel(team: Team, year: number | null): Promise<RecruitmentFunnel> {
    const view = await this.policy.recruitmentFunnelView(team);
    const counts = await this.loaders.funnelCountsOfTeam.load(`${team.id}|${year ?? ''}`);
    return present(year, view === 'suppressed', view === 'suppressed' ? shownToPartner([counts]) : shownInFull(counts));
  }

  async neighbourhoodFunnel(neighbourhoodId: string, year: number | null): Promise<RecruitmentFunnel> {
    const view = await this.policy.neighbourhoodRecruitmentFunnelView(neighbourhoodId);
    const teams = await this.loaders.teamsInNeighbourhood.load(neighbourhoodId);
    const perTeam = await Promise.all(teams.map((team) => this.loaders.funnelCountsOfTeam.load(`${team.id}|${year ?? ''}`)));
    const suppressed = view === 'suppressed';
    return present(year, suppressed, suppressed ? shownToPartner(perTeam) : shownInFull(sumFunnels(perTeam)));
  }

  async recordOutreach(input: RecordOutreachMomentInput): Promise<OutreachMoment> {
    this.policy.assertCanRecruit(input.teamId);
    checkOutreach(input);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Team, { id: input.teamId }))) throw notFound('team', input.teamId);
      const moment = manager.create(OutreachMoment, { ...outreachContent(input), id: randomUUID(), teamId: input.teamId, version: 1 });
      await manager.insert(OutreachMoment, moment);
      await this.audit.record(manager, {
        action: 'outreach-moment.recorded',
        entityType: 'OutreachMoment',
        entityId: moment.id,
        relatedIds: [input.teamId],
      });
      return manager.findOneByOrFail(OutreachMoment, { id: moment.id });
    });
  }

  async updateOutreach({ id, version, content }: UpdateOutreachMomentInput): Promise<OutreachMoment> {
    checkOutreach(content);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(OutreachMoment, { id });
      this.policy.assertCanRecruit(current?.teamId ?? '');
      if (!current) throw notFound('outreach moment', id);
      const moment = await updateVersioned(manager, OutreachMoment, 'outreach moment', id, version, outreachContent(content));
      await this.audit.record(manager, {
        action: 'outreach-moment.updated',
        entityType: 'OutreachMoment',
        entityId: id,
        relatedIds: [moment.teamId],
      });
      return moment;
    });
  }

  async addCandidate(input: AddRecruitmentCandidateInput): Promise<RecruitmentCandidate> {
    this.policy.assertCanRecruit(input.teamId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Team, { id: input.teamId }))) throw notFound('team', input.teamId);
      if (input.outreachMomentId && !(await manager.existsBy(OutreachMoment, { id: input.outreachMomentId, teamId: input.teamId })))
        throw notFound('outreach moment of this team', input.outreachMomentId);
      const candidate = manager.create(RecruitmentCandidate, {
        id: randomUUID(),
        teamId: input.teamId,
        outreachMomentId: input.outreachMomentId ?? null,
        firstName: input.firstName.trim(),
        phone: input.phone?.trim() || null,
        email: input.email?.trim() || null,
        version: 1,
      });
      await manager.insert(RecruitmentCandidate, candidate);
      await this.audit.record(manager, {
        action: 'recruitment-candidate.added',
        entityType: 'RecruitmentCandidate',
        entityId: candidate.id,
        relatedIds: [input.teamId],
      });
      return manager.findOneByOrFail(RecruitmentCandidate, { id: candidate.id });
    });
  }

  async recordIntakeStep({ id, version, ...changes }: RecordIntakeStepInput): Promise<RecruitmentCandidate> {
    return this.changeOpenCandidate(id, version, 'recruitment-candidate.intake-step', async (current) => {
      const firstConversationOn = changes.firstConversationOn === undefined ? current.firstConversationOn : changes.firstConversationOn;
      const introductionOn = changes.introductionOn === undefined ? current.introductionOn : changes.introductionOn;
      const today = todayInAmsterdam();
      for (const [field, date] of [
        ['firstConversationOn', firstConversationOn],
        ['introductionOn', introductionOn],
      ] as const)
        if (date && date > today) throw badUserInput(`${field} is in the future`, [{ field, message: 'record a step once it happened' }]);
      if (introductionOn && (!firstConversationOn || introductionOn < firstConversationOn))
        throw badUserInput('introductionOn comes after the first conversation', [
          { field: 'introductionOn', message: 'on or after firstConversationOn' },
        ]);
      return {
        firstConversationOn,
        introductionOn,
        ...(changes.phone !== undefined ? { phone: changes.phone?.trim() || null } : {}),
        ...(changes.email !== undefined ? { email: changes.email?.trim() || null } : {}),
      };
    });
  }

  /**
   * JOINED takes the membership from teams' own records: the volunteer must be a member of the candidate's team, and
   * the day they joined is their first day in it. The candidate's name and contact are cleared at once: the
   * volunteers service holds the person from then on.
   */
  async closeIntake({
    id,
    version,
    outcome,
    volunteerId,
    endedOn,
    notJoinedReason,
    note,
  }: CloseIntakeInput): Promise<RecruitmentCandidate> {
    return this.changeOpenCandidate(id, version, 'recruitment-candidate.intake-closed', async (current, manager) => {
      if (!current.firstConversationOn)
        throw badUserInput('record the first conversation before closing the intake', [
          { field: 'id', message: 'no first conversation yet' },
        ]);
      if (outcome === IntakeOutcome.JOINED) {
        if (!volunteerId) throw badUserInput('volunteerId names who joined', [{ field: 'volunteerId', message: 'required with JOINED' }]);
        const [membership]: { from: string }[] = await manager.query(
          `SELECT to_char(min(from_date), 'YYYY-MM-DD') AS from FROM memberships WHERE team_id = $1 AND volunteer_id = $2 HAVING count(*) > 0`,
          [current.teamId, volunteerId],
        );
        if (!membership)
          throw badUserInput('the volunteer is not a member of this team', [
            { field: 'volunteerId', message: 'add them to the team first' },
          ]);
        if (await manager.existsBy(RecruitmentCandidate, { teamId: current.teamId, volunteerId }))
          throw conflict('Another candidate of this team is already linked to this volunteer');
        return {
          outcome,
          volunteerId,
          outcomeOn: membership.from,
          notJoinedReason: null,
          notJoinedNote: null,
          closedAt: new Date(),
          firstName: null,
          phone: null,
          email: null,
          contactDeletedAt: new Date(),
        };
      }
      if (!notJoinedReason)
        throw badUserInput('notJoinedReason says why', [{ field: 'notJoinedReason', message: 'required with NOT_JOINED' }]);
      if (volunteerId) throw badUserInput('no volunteer with NOT_JOINED', [{ field: 'volunteerId', message: 'leave empty' }]);
      const today = todayInAmsterdam();
      const day = endedOn ?? today;
      if (day > today || day < current.firstConversationOn)
        throw badUserInput('endedOn lies between the first conversation and today', [{ field: 'endedOn', message: 'not in the future' }]);
      return { outcome, outcomeOn: day, notJoinedReason, notJoinedNote: note?.trim() || null, closedAt: new Date() };
    });
  }

  private async changeOpenCandidate(
    id: string,
    version: number,
    action: string,
    changesOf: (current: RecruitmentCandidate, manager: EntityManager) => Promise<Partial<RecruitmentCandidate>>,
  ): Promise<RecruitmentCandidate> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(RecruitmentCandidate, { id });
      // Refused before telling whether it exists.
      this.policy.assertCanRecruit(current?.teamId ?? '');
      if (!current) throw notFound('recruitment candidate', id);
      if (current.outcome) throw conflict('This intake is closed already');
      const candidate = await updateVersioned(
        manager,
        RecruitmentCandidate,
        'recruitment candidate',
        id,
        version,
        await changesOf(current, manager),
      );
      await this.audit.record(manager, {
        action,
        entityType: 'RecruitmentCandidate',
        entityId: id,
        relatedIds: [candidate.teamId, ...(candidate.volunteerId ? [candidate.volunteerId] : [])],
      });
      return candidate;
    });
  }
}

function checkOutreach(content: OutreachMomentContentInput): void {
  if (content.interested > content.spokenTo)
    throw badUserInput('interested is at most spokenTo', [{ field: 'interested', message: 'at most the number spoken to' }]);
  if (content.heldOn > todayInAmsterdam())
    throw badUserInput('heldOn is in the future', [{ field: 'heldOn', message: 'record a moment once it happened' }]);
}

function outreachContent(content: OutreachMomentContentInput): Partial<OutreachMoment> {
  return {
    kind: content.kind,
    heldOn: content.heldOn,
    place: content.place.trim(),
    spokenTo: content.spokenTo,
    interested: content.interested,
  };
}

export function emptyCounts(): FunnelCounts {
  return {
    spokenTo: 0,
    interested: 0,
    intake: 0,
    joined: 0,
    after3Months: { active: 0, lost: 0, notYetDue: 0 },
    after12Months: { active: 0, lost: 0, notYetDue: 0 },
  };
}

function present(year: number | null, suppressed: boolean, funnel: ReturnType<typeof shownInFull>): RecruitmentFunnel {
  return { year, suppressed, ...funnel };
}

/** Deletes the first name, contact and note of candidates who did not join, 12 months after their intake closed; resolves with how many. */
export async function deleteExpiredCandidateData(dataSource: DataSource): Promise<number> {
  const audit = AuditTrail.forEvent('teams', 'candidate-contact-retention');
  return dataSource.transaction(async (manager) => {
    const deleted: { id: string; team_id: string }[] = await manager.query(
      `WITH gone AS (
         UPDATE recruitment_candidates
            SET first_name = NULL, phone = NULL, email = NULL, not_joined_note = NULL, contact_deleted_at = now(), version = version + 1
          WHERE outcome = 'NOT_JOINED' AND closed_at < now() - make_interval(months => $1) AND contact_deleted_at IS NULL
          RETURNING id, team_id)
       SELECT id, team_id FROM gone`,
      [CANDIDATE_RETENTION_MONTHS],
    );
    for (const { id, team_id } of deleted)
      await audit.record(manager, {
        action: 'recruitment-candidate.contact-deleted',
        entityType: 'RecruitmentCandidate',
        entityId: id,
        relatedIds: [team_id],
      });
    return deleted.length;
  });
}

/** Every night at 03:47 Amsterdam time, beside the requests' retention job. */
export const candidateContactRetentionJob: ScheduledJob = {
  cron: '47 3 * * *',
  run: async (dataSource, logger) => {
    const deleted = await deleteExpiredCandidateData(dataSource);
    if (deleted) logger.info({ deleted }, 'contact data of candidates who did not join 12 months ago deleted');
  },
};
