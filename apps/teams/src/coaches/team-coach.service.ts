import { type AuditTrail, badUserInput, conflict, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TeamsPolicy } from '../policy';
import { Team, TeamStatus } from '../teams/team.entity';
import { TeamCoach } from './team-coach.entity';
import type { AssignTeamCoachInput, EndTeamCoachInput } from './team-coach.inputs';

/**
 * The foundation assigns professional coaches to teams. No event is published: other services keep members, and a
 * coach is none (their directories, counts and access rights stay about residents).
 */
export class TeamCoachService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
  ) {}

  async assign(input: AssignTeamCoachInput): Promise<TeamCoach> {
    this.policy.assertCanAssignCoaches();
    return this.dataSource.transaction(async (manager) => {
      const team = await manager.findOneBy(Team, { id: input.teamId });
      if (!team) throw notFound('team', input.teamId);
      if (team.status === TeamStatus.CLOSED) {
        throw badUserInput(`Team "${team.name}" is closed and gets no new coach`, [{ field: 'teamId', message: 'is a closed team' }]);
      }
      const coach = manager.create(TeamCoach, { ...input, id: randomUUID(), until: null, version: 1 });
      await manager.save(coach);
      await this.audit.record(manager, {
        action: 'coach.assigned',
        entityType: 'TeamCoach',
        entityId: coach.id,
        relatedIds: [input.teamId],
      });
      return coach;
    });
  }

  async end({ id, version, until }: EndTeamCoachInput): Promise<TeamCoach> {
    this.policy.assertCanAssignCoaches();
    return this.dataSource.transaction(async (manager) => {
      const coach = await manager.findOneBy(TeamCoach, { id });
      if (!coach) throw notFound('team coach', id);
      if (until < coach.from)
        throw badUserInput(`until must not be before the first day (${coach.from})`, [
          { field: 'until', message: `must be on or after ${coach.from}` },
        ]);
      if (coach.until !== null && coach.until <= until) throw conflict(`This coaching already ended on ${coach.until}`);
      const ended = await updateVersioned(manager, TeamCoach, 'team coach', id, version, { until });
      await this.audit.record(manager, { action: 'coach.ended', entityType: 'TeamCoach', entityId: id, relatedIds: [coach.teamId] });
      return ended;
    });
  }
}
