import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent, retryOnDeadlock } from '@buurtvolk/events';
import {
  assertSecondPerson,
  type AuditTrail,
  badUserInput,
  type Connection,
  conflict,
  decodeCursor,
  firstPagesOf,
  forbidden,
  notFound,
  sealHoursRejection,
  toConnection,
  updateVersioned,
} from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Activity } from '../activities/activity.entity';
import { SOURCE } from '../activities/activity.service';
import type { ActivitiesPolicy } from '../policy';
import { HourEntry, HourEntryStatus } from './hour-entry.entity';
import type {
  DecideHourEntryInput,
  HourEntriesArgs,
  HourEntryVersionInput,
  RegisterHoursInput,
  UpdateHourEntryInput,
} from './hour-entry.inputs';
import { entryDateProblem, MINUTES_PER_DAY } from './hour-entry.rules';

export class HourEntryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActivitiesPolicy,
    private readonly directory: TeamDirectory,
    private readonly audit: AuditTrail,
  ) {}

  async register(input: RegisterHoursInput): Promise<HourEntry> {
    const identity = this.policy.identity;
    const volunteerId = input.volunteerId ?? identity?.volunteerId;
    if (!volunteerId)
      throw badUserInput('Say whose hours these are', [
        { field: 'volunteerId', message: 'is required when your token names no volunteer' },
      ]);
    if (volunteerId !== identity?.volunteerId) this.policy.assertCanManageTeam(input.teamId);
    const problem = entryDateProblem(input.date, todayInAmsterdam(), this.policy.isAdmin);
    if (problem) throw badUserInput(`date ${problem}`, [{ field: 'date', message: problem }]);
    const place = await this.directory.team.load(input.teamId);
    if (!place) throw notFound('team', input.teamId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.directory.wasMember(manager, volunteerId, input.teamId, input.date))) {
        throw badUserInput('The person was not a member of this team on that date', [
          { field: 'teamId', message: `had no membership of this person on ${input.date}` },
        ]);
      }
      if (input.activityId && !(await manager.existsBy(Activity, { id: input.activityId, teamId: input.teamId }))) {
        throw badUserInput('The activity is not one of this team', [{ field: 'activityId', message: 'is not an activity of this team' }]);
      }
      await assertRoomInDay(manager, volunteerId, input.date, input.minutes);
      const entry = manager.create(HourEntry, {
        id: randomUUID(),
        volunteerId,
        teamId: input.teamId,
        neighbourhoodId: place.neighbourhoodId,
        municipalityCode: place.municipalityCode,
        entryDate: input.date,
        minutes: input.minutes,
        theme: input.theme,
        activityId: input.activityId ?? null,
        description: input.description?.trim() || null,
        status: HourEntryStatus.SUBMITTED,
        rejectionReason: null,
        decidedBy: null,
        decidedAt: null,
        enteredBy: identity?.subject ?? 'unknown',
        version: 1,
      });
      await manager.save(entry);
      await this.audit.record(manager, {
        action: 'hours.registered',
        entityType: 'HourEntry',
        entityId: entry.id,
        relatedIds: [volunteerId, input.teamId],
      });
      return entry;
    });
  }

  /** The person or their coordinator changes an entry while it is submitted; an approved entry is locked. */
  async update({ id, version, date, ...changes }: UpdateHourEntryInput): Promise<HourEntry> {
    const entry = await this.visible(id);
    if (!this.policy.canSeeEntryOf(entry.volunteerId, entry.teamId)) throw notFound('hour entry', id);
    if (entry.status === HourEntryStatus.APPROVED)
      throw badUserInput('An approved entry is locked', [{ field: 'id', message: 'is approved' }]);
    if (date) {
      const problem = entryDateProblem(date, todayInAmsterdam(), this.policy.isAdmin);
      if (problem) throw badUserInput(`date ${problem}`, [{ field: 'date', message: problem }]);
    }
    return this.dataSource.transaction(async (manager) => {
      if (date && !(await this.directory.wasMember(manager, entry.volunteerId, entry.teamId, date))) {
        throw badUserInput('The person was not a member of this team on that date', [
          { field: 'date', message: `no membership on ${date}` },
        ]);
      }
      await assertRoomInDay(manager, entry.volunteerId, date ?? entry.entryDate, changes.minutes ?? entry.minutes, entry.id);
      const updated = await updateVersioned(manager, HourEntry, 'hour entry', id, version, {
        ...changes,
        ...(date ? { entryDate: date } : {}),
        // A rejected entry that is corrected goes back for a decision.
        status: HourEntryStatus.SUBMITTED,
        rejectionReason: null,
      });
      await this.audit.record(manager, { action: 'hours.updated', entityType: 'HourEntry', entityId: id, relatedIds: [entry.volunteerId] });
      return updated;
    });
  }

  /**
   * Approves entries, all or none. An entry already approved at the version the coordinator saw is left as it is
   * (approving twice is harmless); one changed since gets CONFLICT.
   */
  async approve(entries: HourEntryVersionInput[]): Promise<HourEntry[]> {
    // Two coordinators approving batches at once take the entries' rows (in id order) and then the month totals the
    // trigger keeps; batches that share totals rows in another order can still deadlock, and the loser runs again.
    return retryOnDeadlock(() => this.approveOnce(entries), 5);
  }

  private approveOnce(entries: HourEntryVersionInput[]): Promise<HourEntry[]> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.find(HourEntry, {
        where: { id: In(entries.map((entry) => entry.id)) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const approved: HourEntry[] = [];
      for (const { id, version } of entries) {
        const entry = found.find((candidate) => candidate.id === id);
        if (!entry) throw notFound('hour entry', id);
        this.policy.assertCanManageTeam(entry.teamId);
        // Approved hours earn an hourly allowance: a coordinator's own hours need another coordinator or an admin.
        assertSecondPerson(this.policy.identity, entry.volunteerId, 'approves hours of');
        if (entry.status === HourEntryStatus.APPROVED && entry.version === version) {
          approved.push(entry);
          continue;
        }
        if (entry.status === HourEntryStatus.REJECTED) throw conflict(`Entry ${id} was rejected; the volunteer corrects it first`);
        const decided = await updateVersioned(manager, HourEntry, 'hour entry', id, version, {
          status: HourEntryStatus.APPROVED,
          decidedBy: this.policy.identity?.subject ?? null,
          decidedAt: new Date(),
        });
        await this.audit.record(manager, {
          action: 'hours.approved',
          entityType: 'HourEntry',
          entityId: id,
          relatedIds: [entry.volunteerId],
        });
        await recordEvent(manager, SOURCE, 'HoursApproved', hoursPayload(decided, await memberRole(manager, decided)));
        approved.push(decided);
      }
      return approved;
    });
  }

  async reject({ id, version, reason }: DecideHourEntryInput): Promise<HourEntry> {
    return this.decide(id, version, HourEntryStatus.SUBMITTED, async (manager) => {
      const rejected = await updateVersioned(manager, HourEntry, 'hour entry', id, version, {
        status: HourEntryStatus.REJECTED,
        rejectionReason: reason.trim(),
        decidedBy: this.policy.identity?.subject ?? null,
        decidedAt: new Date(),
      });
      await this.audit.record(manager, {
        action: 'hours.rejected',
        entityType: 'HourEntry',
        entityId: id,
        relatedIds: [rejected.volunteerId],
      });
      // Only the person hears of it (messages): what to correct, in the coordinator's words.
      await recordEvent(manager, SOURCE, 'HoursRejected', sealHoursRejection(hoursPayload(rejected), rejected.rejectionReason!));
      return rejected;
    });
  }

  /** Takes back an approval (a mistake): the entry is submitted again and finance hears of it. */
  async revokeApproval({ id, version, reason }: DecideHourEntryInput): Promise<HourEntry> {
    return this.decide(id, version, HourEntryStatus.APPROVED, async (manager) => {
      const revoked = await updateVersioned(manager, HourEntry, 'hour entry', id, version, {
        status: HourEntryStatus.SUBMITTED,
        rejectionReason: reason.trim(),
        decidedBy: this.policy.identity?.subject ?? null,
        decidedAt: new Date(),
      });
      await this.audit.record(manager, {
        action: 'hours.approval-revoked',
        entityType: 'HourEntry',
        entityId: id,
        relatedIds: [revoked.volunteerId],
      });
      await recordEvent(manager, SOURCE, 'HoursApprovalRevoked', hoursPayload(revoked, await memberRole(manager, revoked)));
      return revoked;
    });
  }

  /** A person's entries, newest first, limited to those the caller may see. */
  async listFor(volunteerId: string, { first, after, status }: HourEntriesArgs): Promise<Connection<HourEntry>> {
    const scope = await this.policy.entryScope(volunteerId);
    if (!scope) throw forbidden('Only the person, their coordinators and admins see their hour entries');
    // The first page of many people (a team's members with their entries) comes in one statement.
    if (!after)
      return this.firstPagesOfVolunteers.load(
        JSON.stringify({ volunteerId, first, status: status ?? null, teamIds: 'teamIds' in scope ? scope.teamIds : null }),
      );
    const query = this.dataSource.getRepository(HourEntry).createQueryBuilder('h').where('h.volunteer_id = :volunteerId', { volunteerId });
    if ('teamIds' in scope) query.andWhere('h.team_id = ANY(:teamIds)', { teamIds: scope.teamIds });
    if (status) query.andWhere('h.status = :status', { status });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [afterDate, afterId] = decodeCursor(after, 2);
      // Not `:date::date`: TypeORM would take the cast's `:date` for the parameter too.
      query.andWhere('(h.entry_date, h.id) < (:afterDate::date, :afterId::uuid)', { afterDate, afterId });
    }
    const rows = await query
      .orderBy('h.entry_date', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (entry) => [entry.entryDate, entry.id]);
  }

  private readonly firstPagesOfVolunteers = new DataLoader<string, Connection<HourEntry>>(async (keys) => {
    type Asked = { volunteerId: string; first: number; status: HourEntryStatus | null; teamIds: string[] | null };
    const asked = keys.map((key) => JSON.parse(key) as Asked);
    const pages = new Map<string, Connection<HourEntry>>();
    // One statement per shape of page (size, status, the caller's teams): a list of people asks for the same shape.
    for (const shape of new Set(asked.map(({ first, status, teamIds }) => JSON.stringify({ first, status, teamIds })))) {
      const { first, status, teamIds } = JSON.parse(shape) as Omit<Asked, 'volunteerId'>;
      const volunteerIds = asked
        .filter((ask) => JSON.stringify({ first: ask.first, status: ask.status, teamIds: ask.teamIds }) === shape)
        .map((ask) => ask.volunteerId);
      const found = await firstPagesOf(
        this.dataSource,
        {
          table: 'hour_entries',
          alias: 'h',
          partition: 'h.volunteer_id',
          orderBy: 'h.entry_date DESC, h.id DESC',
          where: '($3::text IS NULL OR h.status = $3) AND ($4::uuid[] IS NULL OR h.team_id = ANY($4))',
          params: [status, teamIds],
        },
        volunteerIds,
        first,
      );
      const ids = [...found.values()].flatMap((page) => page.ids);
      const entries = new Map((await this.dataSource.getRepository(HourEntry).findBy({ id: In(ids) })).map((entry) => [entry.id, entry]));
      for (const volunteerId of volunteerIds) {
        const page = found.get(volunteerId.toLowerCase())!;
        pages.set(
          JSON.stringify({ volunteerId, first, status, teamIds }),
          toConnection(
            page.ids.map((id) => entries.get(id)!),
            first,
            page.total,
            (entry) => [entry.entryDate, entry.id],
          ),
        );
      }
    }
    return keys.map((key) => pages.get(key)!);
  });

  private async visible(id: string): Promise<HourEntry> {
    const entry = await this.dataSource.getRepository(HourEntry).findOneBy({ id });
    if (!entry) throw notFound('hour entry', id);
    return entry;
  }

  private async decide(
    id: string,
    version: number,
    from: HourEntryStatus,
    change: (manager: EntityManager) => Promise<HourEntry>,
  ): Promise<HourEntry> {
    const entry = await this.visible(id);
    this.policy.assertCanManageTeam(entry.teamId);
    if (entry.version !== version)
      throw conflict(`This entry was changed (version ${entry.version}, you sent ${version}); reload it and decide again`);
    if (entry.status !== from)
      throw badUserInput(`Only a ${from.toLowerCase()} entry can be decided on this way; this one is ${entry.status}`, [
        { field: 'id', message: `is ${entry.status}` },
      ]);
    return this.dataSource.transaction(change);
  }
}

/** No more than 24 hours per person per day, counting entries not rejected; a per-person lock keeps it true under concurrency. */
async function assertRoomInDay(
  manager: EntityManager,
  volunteerId: string,
  date: string,
  minutes: number,
  exceptId?: string,
): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 1))', [volunteerId]);
  const [{ used }] = await manager.query(
    `SELECT coalesce(sum(minutes), 0)::int AS used FROM hour_entries WHERE volunteer_id = $1 AND entry_date = $2 AND status <> 'REJECTED' AND id IS DISTINCT FROM $3`,
    [volunteerId, date, exceptId ?? null],
  );
  if (used + minutes > MINUTES_PER_DAY) {
    throw badUserInput(`No more than 24 hours a day: ${used} minutes are already registered on ${date}`, [
      { field: 'minutes', message: `must be at most ${MINUTES_PER_DAY - used} on ${date}` },
    ]);
  }
}

/**
 * The author's membership role in the entry's team on its date (the latest membership covering it): impact leaves out
 * the hours of a coach, a paid professional whose hours are no volunteer hours.
 */
async function memberRole(manager: EntityManager, entry: HourEntry): Promise<string | undefined> {
  const [row]: { role: string }[] = await manager.query(
    `SELECT role FROM directory_memberships WHERE volunteer_id = $1 AND team_id = $2 AND from_date <= $3 AND (until_date IS NULL OR until_date >= $3)
      ORDER BY from_date DESC LIMIT 1`,
    [entry.volunteerId, entry.teamId, entry.entryDate],
  );
  return row?.role;
}

/** Exported so the demo history (written in SQL) is tested against the live shape; the demo's members are no coaches. */
export function hoursPayload(entry: HourEntry, memberRole?: string) {
  // The version orders an entry's approvals and revocations for consumers, whatever order their queues deliver them in.
  return {
    ...(memberRole ? { memberRole } : {}),
    entryId: entry.id,
    volunteerId: entry.volunteerId,
    teamId: entry.teamId,
    neighbourhoodId: entry.neighbourhoodId,
    date: entry.entryDate,
    minutes: entry.minutes,
    theme: entry.theme,
    entryVersion: entry.version,
  };
}
