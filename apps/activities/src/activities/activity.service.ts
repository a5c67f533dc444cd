import { addYears, shiftKeepingAmsterdamTime, todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import {
  type AuditTrail,
  badUserInput,
  type Connection,
  conflict,
  decodeCursor,
  forbidden,
  notFound,
  toConnection,
  updateVersioned,
} from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { ActivitiesPolicy } from '../policy';
import { Activity, ActivityStatus } from './activity.entity';
import {
  type ActivitiesArgs,
  type CompleteActivityInput,
  type PlanActivityInput,
  type PlanActivitySeriesInput,
  SeriesFrequency,
  type UpdateActivityInput,
} from './activity.inputs';

export const SOURCE = 'activities';
const MAX_OCCURRENCES = 104;

export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActivitiesPolicy,
    private readonly directory: TeamDirectory,
    private readonly audit: AuditTrail,
  ) {}

  async plan(input: PlanActivityInput): Promise<Activity> {
    this.policy.assertCanManageTeam(input.teamId);
    const neighbourhoodId = await this.neighbourhoodOf(input.teamId);
    assertPeriod(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.insert(manager, input, neighbourhoodId, input.startsAt, input.endsAt, null);
      await this.audit.record(manager, {
        action: 'activity.planned',
        entityType: 'Activity',
        entityId: activity.id,
        relatedIds: [input.teamId],
      });
      return activity;
    });
  }

  /** A weekly or monthly series: one row for the series and one per occurrence, each changeable on its own. */
  async planSeries(input: PlanActivitySeriesInput): Promise<Activity[]> {
    this.policy.assertCanManageTeam(input.teamId);
    const neighbourhoodId = await this.neighbourhoodOf(input.teamId);
    assertPeriod(input.startsAt, input.endsAt);
    const today = todayInAmsterdam();
    if (input.until > addYears(today, 2))
      throw badUserInput('A series may run at most two years ahead', [
        { field: 'until', message: `must be on or before ${addYears(today, 2)}` },
      ]);
    const duration = input.endsAt.getTime() - input.startsAt.getTime();
    const starts: Date[] = [];
    for (let i = 0; starts.length <= MAX_OCCURRENCES; i += 1) {
      const start = shiftKeepingAmsterdamTime(input.startsAt, input.frequency === SeriesFrequency.WEEKLY ? { days: 7 * i } : { months: i });
      if (todayInAmsterdam(start) > input.until) break;
      starts.push(start);
    }
    if (!starts.length)
      throw badUserInput('The series has no occurrence before its end date', [
        { field: 'until', message: 'must be on or after the first occurrence' },
      ]);
    if (starts.length > MAX_OCCURRENCES)
      throw badUserInput(`A series has at most ${MAX_OCCURRENCES} occurrences`, [
        { field: 'until', message: 'is too far ahead for this frequency' },
      ]);
    return this.dataSource.transaction(async (manager) => {
      const seriesId = randomUUID();
      await manager.query('INSERT INTO activity_series (id, team_id, frequency, first_starts_at, until_date) VALUES ($1, $2, $3, $4, $5)', [
        seriesId,
        input.teamId,
        input.frequency,
        input.startsAt,
        input.until,
      ]);
      const occurrences = [];
      for (const start of starts)
        occurrences.push(await this.insert(manager, input, neighbourhoodId, start, new Date(start.getTime() + duration), seriesId));
      await this.audit.record(manager, {
        action: 'activity-series.planned',
        entityType: 'ActivitySeries',
        entityId: seriesId,
        relatedIds: [input.teamId],
      });
      return occurrences;
    });
  }

  async update({ id, version, ...changes }: UpdateActivityInput): Promise<Activity> {
    const current = await this.managed(id);
    if (current.status !== ActivityStatus.PLANNED)
      throw badUserInput(`Only planned activities can be changed; this one is ${current.status}`, [
        { field: 'id', message: `is ${current.status}` },
      ]);
    assertPeriod(changes.startsAt ?? current.startsAt, changes.endsAt ?? current.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateVersioned(manager, Activity, 'activity', id, version, changes);
      await this.audit.record(manager, { action: 'activity.updated', entityType: 'Activity', entityId: id });
      return updated;
    });
  }

  async cancel(id: string, version: number): Promise<Activity> {
    const current = await this.managed(id);
    if (current.status === ActivityStatus.DONE)
      throw badUserInput('A done activity cannot be cancelled', [{ field: 'id', message: 'is DONE' }]);
    return this.dataSource.transaction(async (manager) => {
      const cancelled = await updateVersioned(manager, Activity, 'activity', id, version, { status: ActivityStatus.CANCELLED });
      await this.audit.record(manager, { action: 'activity.cancelled', entityType: 'Activity', entityId: id });
      return cancelled;
    });
  }

  async complete({ id, version, residentsReached, result }: CompleteActivityInput): Promise<Activity> {
    const current = await this.managed(id);
    if (current.status !== ActivityStatus.PLANNED)
      throw badUserInput(`Only a planned activity can be completed; this one is ${current.status}`, [
        { field: 'id', message: `is ${current.status}` },
      ]);
    if (current.startsAt.getTime() > Date.now())
      throw badUserInput('An activity can be completed once it has started', [{ field: 'id', message: 'has not started yet' }]);
    return this.dataSource.transaction(async (manager) => {
      const done = await updateVersioned(manager, Activity, 'activity', id, version, {
        status: ActivityStatus.DONE,
        residentsReached,
        result: result ?? null,
      });
      await this.audit.record(manager, { action: 'activity.completed', entityType: 'Activity', entityId: id });
      await recordEvent(manager, SOURCE, 'ActivityCompleted', activityCompletedPayload(done, residentsReached));
      return done;
    });
  }

  /** Signs the caller up; a row lock on the activity makes concurrent sign-ups queue, so capacity is never exceeded. */
  async signUp(activityId: string): Promise<Activity> {
    const volunteerId = this.policy.identity?.volunteerId;
    if (!volunteerId) throw forbidden('Only a volunteer can sign up, with their own token');
    // Who may see the activity is settled before the transaction (an activity never changes team): the policy may read
    // the directory through a second pooled connection, which must not be awaited while the row lock is held.
    const visible = await this.dataSource.getRepository(Activity).findOneBy({ id: activityId });
    if (!visible || !(await this.policy.canSeeTeam(visible.teamId))) throw notFound('activity', activityId);
    return this.dataSource.transaction(async (manager) => {
      const activity = await manager
        .getRepository(Activity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :activityId', { activityId })
        .getOne();
      if (!activity) throw notFound('activity', activityId);
      if (activity.status !== ActivityStatus.PLANNED || activity.startsAt.getTime() < Date.now()) {
        throw badUserInput('Sign-ups are open only for planned activities that have not started', [
          { field: 'activityId', message: `is ${activity.status === ActivityStatus.PLANNED ? 'in the past' : activity.status}` },
        ]);
      }
      const [{ taken, mine }] = await manager.query(
        'SELECT count(*)::int AS taken, count(*) FILTER (WHERE volunteer_id = $2)::int AS mine FROM sign_ups WHERE activity_id = $1',
        [activityId, volunteerId],
      );
      if (mine) return activity;
      if (activity.capacity !== null && taken >= activity.capacity) throw conflict(`This activity is full (${activity.capacity} places)`);
      await manager.query('INSERT INTO sign_ups (activity_id, volunteer_id) VALUES ($1, $2)', [activityId, volunteerId]);
      return activity;
    });
  }

  async cancelSignUp(activityId: string): Promise<boolean> {
    const volunteerId = this.policy.identity?.volunteerId;
    if (!volunteerId) throw forbidden('Only a volunteer can cancel their sign-up, with their own token');
    const result = await this.dataSource.query('DELETE FROM sign_ups WHERE activity_id = $1 AND volunteer_id = $2', [
      activityId,
      volunteerId,
    ]);
    return (result[1] ?? 0) > 0;
  }

  /** Activities of a team or a partner, by start, one page at a time. */
  async list(
    where: { teamId?: string; partnerId?: string; teamIds?: string[] },
    { first, after, from, to, status }: ActivitiesArgs,
  ): Promise<Connection<Activity>> {
    const query = this.dataSource.getRepository(Activity).createQueryBuilder('a');
    if (where.teamId) query.andWhere('a.team_id = :teamId', { teamId: where.teamId });
    if (where.partnerId) query.andWhere('a.partner_id = :partnerId', { partnerId: where.partnerId });
    if (where.teamIds) query.andWhere('a.team_id = ANY(:teamIds)', { teamIds: where.teamIds });
    if (from) query.andWhere('a.starts_at >= :from', { from });
    if (to) query.andWhere('a.starts_at < :to', { to });
    if (status) query.andWhere('a.status = :status', { status });
    return page(query, first, after);
  }

  private async managed(id: string): Promise<Activity> {
    const activity = await this.dataSource.getRepository(Activity).findOneBy({ id });
    if (!activity) throw notFound('activity', id);
    this.policy.assertCanManageTeam(activity.teamId);
    return activity;
  }

  private async neighbourhoodOf(teamId: string): Promise<string> {
    const place = await this.directory.team.load(teamId);
    if (!place) throw notFound('team', teamId);
    return place.neighbourhoodId;
  }

  private async insert(
    manager: EntityManager,
    input: PlanActivityInput,
    neighbourhoodId: string,
    startsAt: Date,
    endsAt: Date,
    seriesId: string | null,
  ): Promise<Activity> {
    const activity = manager.create(Activity, {
      id: randomUUID(),
      teamId: input.teamId,
      neighbourhoodId,
      seriesId,
      theme: input.theme,
      title: input.title.trim(),
      description: input.description ?? null,
      location: input.location ?? null,
      startsAt,
      endsAt,
      status: ActivityStatus.PLANNED,
      partnerId: input.partnerId ?? null,
      capacity: input.capacity ?? null,
      residentsReached: null,
      result: null,
      organiserIds: [...new Set(input.organiserIds ?? [])],
      version: 1,
    });
    return manager.save(activity);
  }
}

function assertPeriod(startsAt: Date, endsAt: Date): void {
  if (endsAt <= startsAt)
    throw badUserInput('An activity must end after it starts', [{ field: 'endsAt', message: 'must be after startsAt' }]);
}

async function page(query: SelectQueryBuilder<Activity>, first: number, after?: string | null): Promise<Connection<Activity>> {
  const totalCount = await query.clone().getCount();
  if (after) {
    const [startsAt, id] = decodeCursor(after, 2);
    query.andWhere('(a.starts_at, a.id) > (:startsAt::timestamptz, :id::uuid)', { startsAt, id });
  }
  const rows = await query
    .orderBy('a.starts_at')
    .addOrderBy('a.id')
    .limit(first + 1)
    .getMany();
  return toConnection(rows, first, totalCount, (activity) => [activity.startsAt.toISOString(), activity.id]);
}

/** Exported so the demo history (written in SQL) is tested against the live shape. */
export function activityCompletedPayload(activity: Activity, residentsReached: number) {
  return {
    activityId: activity.id,
    teamId: activity.teamId,
    neighbourhoodId: activity.neighbourhoodId,
    theme: activity.theme,
    residentsReached,
    on: todayInAmsterdam(activity.startsAt),
  };
}
