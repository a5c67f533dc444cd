import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { nextEntityVersion, recordEvent } from '@buurtvolk/events';
import {
  type AuditTrail,
  badUserInput,
  type Connection,
  conflict,
  decodeCursor,
  notFound,
  toConnection,
  updateVersioned,
} from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { SOURCE } from '../memberships/membership.service';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import type { TeamsPolicy } from '../policy';
import { Team, TeamStatus } from './team.entity';
import type { CreateTeamInput, TeamsArgs, UpdateTeamInput } from './team.inputs';
import { commitmentPeriodProblem, statusChangeProblem } from './team.rules';

/** A neighbourhood read to announce a team is locked FOR SHARE, so its municipality code cannot change before the announcement commits. */
const FOR_SHARE = { mode: 'pessimistic_read' } as const;

export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TeamsPolicy,
    private readonly audit: AuditTrail,
  ) {}

  /** Teams by name, filtered and limited to what the caller may see, one page at a time (keyset pagination). */
  async list({ first, after, city, status }: TeamsArgs): Promise<Connection<Team>> {
    const scope = await this.policy.teamScope();
    const query = this.dataSource.getRepository(Team).createQueryBuilder('t');
    if (scope.onlyActive) query.andWhere('t.status = :active', { active: TeamStatus.ACTIVE });
    if (scope.neighbourhoodIds) query.andWhere('t.neighbourhood_id = ANY(:scoped)', { scoped: scope.neighbourhoodIds });
    if (city) query.innerJoin(Neighbourhood, 'n', 'n.id = t.neighbourhood_id AND lower(n.city) = lower(:city)', { city });
    if (status) query.andWhere('t.status = :status', { status });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(t.name, t.id) > (:name, :id::uuid)', { name, id });
    }
    const rows = await query
      .orderBy('t.name')
      .addOrderBy('t.id')
      .limit(first + 1)
      .getMany();
    return toConnection(rows, first, totalCount, (team) => [team.name, team.id]);
  }

  async create(input: CreateTeamInput): Promise<Team> {
    const problem = commitmentPeriodProblem(input.startsOn, input.commitmentEndsOn);
    if (problem) throw badUserInput(`commitmentEndsOn ${problem}`, [{ field: 'commitmentEndsOn', message: problem }]);
    return this.dataSource.transaction(async (manager) => {
      // FOR SHARE: a concurrent change of the neighbourhood's municipality waits for this team, and then announces it too.
      const neighbourhood = await manager.findOne(Neighbourhood, { where: { id: input.neighbourhoodId }, lock: FOR_SHARE });
      if (!neighbourhood) throw notFound('neighbourhood', input.neighbourhoodId);
      const team = manager.create(Team, { ...input, id: randomUUID(), version: 1 });
      await manager.save(team).catch((error) => rethrowDuplicate(error, input.name));
      await this.audit.record(manager, {
        action: 'team.created',
        entityType: 'Team',
        entityId: team.id,
        relatedIds: [input.neighbourhoodId],
      });
      await announcePlace(manager, team, neighbourhood);
      return team;
    });
  }

  async update({ id, version, ...changes }: UpdateTeamInput): Promise<Team> {
    this.policy.assertCanManageTeam(id);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(Team, { id });
      if (!current) throw notFound('team', id);
      if (changes.status) {
        const problem = statusChangeProblem(current.status, changes.status);
        if (problem) throw badUserInput(`status ${problem}`, [{ field: 'status', message: problem }]);
      }
      const problem = commitmentPeriodProblem(changes.startsOn ?? current.startsOn, changes.commitmentEndsOn ?? current.commitmentEndsOn);
      if (problem) throw badUserInput(`commitmentEndsOn ${problem}`, [{ field: 'commitmentEndsOn', message: problem }]);
      const updated = await updateVersioned(manager, Team, 'team', id, version, changes).catch((error) =>
        rethrowDuplicate(error, changes.name ?? current.name),
      );
      await this.audit.record(manager, { action: 'team.updated', entityType: 'Team', entityId: id });
      if (changes.startsOn)
        await announcePlace(
          manager,
          updated,
          await manager.findOneOrFail(Neighbourhood, { where: { id: updated.neighbourhoodId }, lock: FOR_SHARE }),
        );
      return updated;
    });
  }
}

/**
 * Other services keep a directory of where each team works and since when (TeamPlaced is idempotent, and its version
 * lets the latest announcement win whatever order they are handled in): announced when a team is created or its
 * start moves, and for every team of a neighbourhood whose municipality code changes.
 */
export async function announcePlace(manager: EntityManager, team: Team, neighbourhood: Neighbourhood): Promise<void> {
  const version = await nextEntityVersion(manager, `team:${team.id}`);
  await recordEvent(manager, SOURCE, 'TeamPlaced', {
    teamId: team.id,
    neighbourhoodId: neighbourhood.id,
    municipalityCode: neighbourhood.municipalityCode,
    startsOn: team.startsOn,
    version,
  });
}

function rethrowDuplicate(error: unknown, name: string): never {
  if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw conflict(`A team named "${name}" already exists`);
  throw error;
}
