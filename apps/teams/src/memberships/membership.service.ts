import { PG_EXCLUSION_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import { AuditTrail, badUserInput, conflict, notFound, recordErasureReceipt, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { TeamsPolicy } from '../policy';
import { Team, TeamStatus } from '../teams/team.entity';
import { Membership } from './membership.entity';
import type { AddMembershipInput, EndMembershipInput } from './membership.inputs';

export const SOURCE = 'teams';

export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** Adds a person to a team. The database refuses overlapping memberships, so two concurrent adds cannot both win. */
  async add(input: AddMembershipInput): Promise<Membership> {
    this.policy.assertCanPlace(input.teamId, await registeredBy(this.dataSource.manager, input.volunteerId, input.teamId));
    return this.dataSource.transaction(async (manager) => {
      // Concurrent inserts against an exclusion constraint can deadlock each other instead of failing cleanly;
      // taking a per-person lock first makes the second one wait and then meet the constraint.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [input.volunteerId]);
      const team = await manager.findOneBy(Team, { id: input.teamId });
      if (!team) throw notFound('team', input.teamId);
      if (team.status === TeamStatus.CLOSED) {
        throw badUserInput(`Team "${team.name}" is closed and takes no new members`, [{ field: 'teamId', message: 'is a closed team' }]);
      }
      const membership = manager.create(Membership, { ...input, id: randomUUID(), until: null, version: 1 });
      await manager.save(membership).catch((error) => {
        if (pgErrorCode(error) === PG_EXCLUSION_VIOLATION) {
          throw conflict(
            'This person is already in a team during that period; end that membership first (a person is in one team at a time)',
          );
        }
        throw error;
      });
      await this.audit.record(manager, {
        action: 'membership.added',
        entityType: 'Membership',
        entityId: membership.id,
        relatedIds: [input.teamId, input.volunteerId],
      });
      await recordEvent(manager, SOURCE, 'MembershipStarted', {
        membershipId: membership.id,
        teamId: team.id,
        neighbourhoodId: team.neighbourhoodId,
        volunteerId: membership.volunteerId,
        role: membership.role,
        from: membership.from,
      });
      return membership;
    });
  }

  /** Ends a membership on its last day; the history stays. */
  async end({ id, version, until }: EndMembershipInput): Promise<Membership> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await manager.findOneBy(Membership, { id });
      if (!membership) throw notFound('membership', id);
      this.policy.assertCanManageTeam(membership.teamId);
      if (until < membership.from) {
        throw badUserInput(`until must not be before the first day (${membership.from})`, [
          { field: 'until', message: `must be on or after ${membership.from}` },
        ]);
      }
      if (membership.until !== null && membership.until <= until) throw conflict(`This membership already ended on ${membership.until}`);
      const ended = await updateVersioned(manager, Membership, 'membership', id, version, { until });
      await this.audit.record(manager, {
        action: 'membership.ended',
        entityType: 'Membership',
        entityId: id,
        relatedIds: [membership.teamId, membership.volunteerId],
      });
      await recordEvent(manager, SOURCE, 'MembershipEnded', { membershipId: id, until });
      return ended;
    });
  }
}

/**
 * A volunteer was erased in the volunteers service: their open memberships end today (the history stays, by id
 * only, as the teams service never held their name). Handled once per event, inside the consumer's transaction,
 * with a receipt in the audit log (volunteer.erased) that the national office reads back.
 */
export async function endMembershipsOfErasedVolunteer(event: { volunteerId: string }, manager: EntityManager): Promise<void> {
  const today = todayInAmsterdam();
  const open = await manager.findBy(Membership, { volunteerId: event.volunteerId, until: IsNull() });
  for (const membership of open) {
    const until = membership.from > today ? membership.from : today;
    await manager.update(Membership, { id: membership.id }, { until, version: membership.version + 1 });
    await AuditTrail.forEvent('volunteers', 'VolunteerErased').record(manager, {
      action: 'membership.ended.erasure',
      entityType: 'Membership',
      entityId: membership.id,
      relatedIds: [membership.teamId, membership.volunteerId],
    });
    await recordEvent(manager, SOURCE, 'MembershipEnded', { membershipId: membership.id, until });
  }
  await recordErasureReceipt(manager, event.volunteerId);
}

/** VolunteerRegistered: remembers which team registered the person. */
export async function rememberRegistration(event: { volunteerId: string; teamId: string }, manager: EntityManager): Promise<void> {
  await manager.query('INSERT INTO volunteer_registrations (volunteer_id, team_id) VALUES ($1, $2) ON CONFLICT (volunteer_id) DO NOTHING', [
    event.volunteerId,
    event.teamId,
  ]);
}

async function registeredBy(manager: EntityManager, volunteerId: string, teamId: string): Promise<boolean> {
  const rows = await manager.query('SELECT 1 FROM volunteer_registrations WHERE volunteer_id = $1 AND team_id = $2', [volunteerId, teamId]);
  return rows.length > 0;
}
