import type { DatabaseDefinition } from '@buurtvolk/database';
import { createTestDatabase, type TestDatabase } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CREATE_DIRECTORY_MEMBERSHIPS_SQL,
  CREATE_DIRECTORY_TEAMS_SQL,
  orderedTeamDirectoryMigration,
  TeamDirectory,
  teamDirectoryHandlers,
} from './team-directory';

/** A consuming service's directory, created the way their migrations create it. */
class CreateDirectory1700000000000 implements MigrationInterface {
  name = 'CreateDirectory1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_DIRECTORY_TEAMS_SQL);
    await runner.query(CREATE_DIRECTORY_MEMBERSHIPS_SQL);
  }
  async down(): Promise<void> {}
}
const definition: DatabaseDefinition = {
  entities: [],
  migrations: [CreateDirectory1700000000000, orderedTeamDirectoryMigration(1700000000001)],
};

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('team-directory', definition);
});
afterAll(() => database.drop());

type Handlers = typeof teamDirectoryHandlers;
const handle = <T extends keyof Handlers>(type: T, payload: Parameters<Handlers[T]>[0]) =>
  database.dataSource.transaction((manager) => teamDirectoryHandlers[type](payload as never, manager));
const directory = () => new TeamDirectory(database.dataSource);

describe('the team directory, whatever order events arrive in', () => {
  it('keeps a membership ended when its end is handled before its start, so the old team loses its rights', async () => {
    const started = {
      membershipId: randomUUID(),
      teamId: randomUUID(),
      neighbourhoodId: randomUUID(),
      volunteerId: randomUUID(),
      role: 'COORDINATOR',
      from: '2025-01-01',
    };
    await handle('MembershipEnded', { membershipId: started.membershipId, until: '2025-06-30' });
    await handle('MembershipStarted', started);
    await handle('MembershipStarted', started);
    expect(await directory().currentTeams.load(started.volunteerId)).toEqual([]);
    expect(await directory().wasMember(database.dataSource, started.volunteerId, started.teamId, '2025-03-01')).toBe(true);
    expect(await directory().wasMember(database.dataSource, started.volunteerId, started.teamId, '2025-07-01')).toBe(false);
  });

  it("keeps a team's latest place when an older announcement arrives last", async () => {
    const teamId = randomUUID();
    const [before, after] = [randomUUID(), randomUUID()];
    await handle('TeamPlaced', { teamId, neighbourhoodId: after, municipalityCode: 'GM0599', startsOn: '2026-02-01', version: 2 });
    await handle('TeamPlaced', { teamId, neighbourhoodId: before, municipalityCode: 'GM0518', startsOn: '2026-01-01', version: 1 });
    expect(await directory().team.load(teamId)).toMatchObject({
      neighbourhoodId: after,
      municipalityCode: 'GM0599',
      startsOn: '2026-02-01',
    });
  });

  it("keeps a partner's latest areas when an older change arrives last, also when both arrive at once", async () => {
    const partnerId = randomUUID();
    const [old, current] = [[randomUUID(), randomUUID()], [randomUUID()]];
    await handle('PartnerAreasChanged', { partnerId, neighbourhoodIds: current, version: 3 });
    await handle('PartnerAreasChanged', { partnerId, neighbourhoodIds: old, version: 2 });
    expect(await directory().partnerAreas.load(partnerId)).toEqual(current);
    const other = randomUUID();
    await Promise.all([
      handle('PartnerAreasChanged', { partnerId: other, neighbourhoodIds: old, version: 1 }),
      handle('PartnerAreasChanged', { partnerId: other, neighbourhoodIds: current, version: 2 }),
    ]);
    expect(await directory().partnerAreas.load(other)).toEqual(current);
  });
});
