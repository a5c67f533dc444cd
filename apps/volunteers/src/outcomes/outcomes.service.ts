import { todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ConsentPurpose } from '../consents/consent.entity';
import type { VolunteersLoaders } from '../loaders';
import type { VolunteersPolicy } from '../policy';
import type { Volunteer } from '../volunteers/volunteer.entity';
import type { VolunteerService } from '../volunteers/volunteer.service';
import { LonelinessCheck, ParticipationMove } from './outcome.entities';
import { publishOutcomeFiguresOf } from './outcome-figures';
import type { RecordLonelinessCheckInput, RecordParticipationMoveInput } from './outcomes.inputs';
import { lonelinessScore } from './outcomes.rules';

/** Loneliness checks and participation moves: personal data, recorded with consent, counted in the impact figures. */
export class OutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: VolunteersPolicy,
    private readonly loaders: VolunteersLoaders,
    private readonly volunteers: VolunteerService,
    private readonly audit: AuditTrail,
  ) {}

  /** The person themselves (a questionnaire), a coordinator of their team or an admin; needs LONELINESS_SCALE consent. */
  async recordLoneliness(input: RecordLonelinessCheckInput): Promise<LonelinessCheck> {
    const volunteer = await this.volunteers.visible(input.volunteerId);
    await this.policy.assertCanManage(volunteer, true);
    await this.assertConsent(volunteer, ConsentPurpose.LONELINESS_SCALE);
    this.assertNotFuture('takenOn', input.takenOn);
    return this.dataSource.transaction(async (manager) => {
      const check = manager.create(LonelinessCheck, { ...input, id: randomUUID(), score: lonelinessScore(input) });
      await manager.save(check);
      await this.audit.record(manager, {
        action: 'loneliness.recorded',
        entityType: 'Volunteer',
        entityId: volunteer.id,
        relatedIds: [check.id],
      });
      await publishOutcomeFiguresOf(manager, volunteer.id);
      return check;
    });
  }

  /**
   * A coordinator of the person's current team or an admin (after the person left a team, only an admin); needs
   * PARTICIPATION_OUTCOMES consent. The move counts for the team the person was in that day, else their last team.
   */
  async recordParticipation(input: RecordParticipationMoveInput): Promise<ParticipationMove> {
    const volunteer = await this.volunteers.visible(input.volunteerId);
    await this.policy.assertCanManage(volunteer);
    await this.assertConsent(volunteer, ConsentPurpose.PARTICIPATION_OUTCOMES);
    this.assertNotFuture('movedOn', input.movedOn);
    const [team]: { teamId: string }[] = await this.dataSource.query(
      `SELECT team_id AS "teamId" FROM directory_memberships
        WHERE volunteer_id = $1 AND from_date <= $2 AND role <> 'COACH'
        ORDER BY (until_date IS NULL OR until_date >= $2) DESC, until_date DESC NULLS FIRST, from_date DESC, team_id LIMIT 1`,
      [volunteer.id, input.movedOn],
    );
    if (!team)
      throw badUserInput('A move counts for a team the person was in: they were in none on or before that day', [
        { field: 'movedOn', message: 'the person was in no team on or before this day' },
      ]);
    return this.dataSource.transaction(async (manager) => {
      const move = manager.create(ParticipationMove, { ...input, id: randomUUID(), teamId: team.teamId });
      await manager.save(move);
      await this.audit.record(manager, {
        action: 'participation.recorded',
        entityType: 'Volunteer',
        entityId: volunteer.id,
        relatedIds: [move.id, team.teamId],
      });
      await publishOutcomeFiguresOf(manager, volunteer.id);
      return move;
    });
  }

  private async assertConsent(volunteer: Volunteer, purpose: ConsentPurpose): Promise<void> {
    if (!(await this.loaders.activeConsents.load(volunteer.id)).has(purpose))
      throw badUserInput(`This needs the person’s ${purpose} consent`, [
        { field: 'volunteerId', message: `has not given ${purpose} consent` },
      ]);
  }

  private assertNotFuture(field: string, date: string): void {
    if (date > todayInAmsterdam())
      throw badUserInput(`${field} must not be in the future`, [{ field, message: 'must not be in the future' }]);
  }
}
