import { PG_EXCLUSION_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { type AuditTrail, badUserInput, conflict, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TeamsPolicy } from '../policy';
import { Team, TeamStatus } from '../teams/team.entity';
import { Membership } from './membership.entity';
import type { AddMembershipInput, EndMembershipInput } from './membership.inputs';

export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** Adds a person to a team. The database refuses overlapping memberships, so two concurrent adds cannot both win. */
  async add(input: AddMembershipInput): Promise<Membership> {
    this.policy.assertCanManageTeam(input.teamId);
    return this.dataSource.transaction(async (manager) => {
      const team = await manager.findOneBy(Team, { id: input.teamId });
      if (!team) throw notFound('team', input.teamId);
      if (team.status === TeamStatus.CLOSED) {
        throw badUserInput(`Team "${team.name}" is closed and takes no new members`, [{ field: 'teamId', message: 'is a closed team' }]);
      }
      const membership = manager.create(Membership, { ...input, id: randomUUID(), until: null, version: 1 });
      await manager.save(membership).catch((error) => {
        if (pgErrorCode(error) === PG_EXCLUSION_VIOLATION) {
          throw conflict('This person is already in a team during that period; end that membership first (a person is in one team at a time)');
        }
        throw error;
      });
      await this.audit.record(manager, { action: 'membership.added', entityType: 'Membership', entityId: membership.id, relatedIds: [input.teamId, input.volunteerId] });
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
        throw badUserInput(`until must not be before the first day (${membership.from})`, [{ field: 'until', message: `must be on or after ${membership.from}` }]);
      }
      if (membership.until !== null && membership.until <= until) throw conflict(`This membership already ended on ${membership.until}`);
      const ended = await updateVersioned(manager, Membership, 'membership', id, version, { until });
      await this.audit.record(manager, { action: 'membership.ended', entityType: 'Membership', entityId: id, relatedIds: [membership.teamId, membership.volunteerId] });
      return ended;
    });
  }
}
