import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from '../subgraph';
import { createNeighbourhood, createTeam } from '../test/fixtures';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph);
});
afterAll(() => subgraph.destroy());

const UPDATE = `mutation ($input: UpdateNeighbourhoodInput!) { updateNeighbourhood(input: $input) { municipalityCode version } }`;

/** The TeamPlaced events written for a team, oldest first. */
async function placed(
  teamId: string,
): Promise<{ source: string; payload: { municipalityCode: string; neighbourhoodId: string; startsOn: string } }[]> {
  return subgraph.dataSource.query(
    `SELECT source, payload FROM event_outbox WHERE type = 'TeamPlaced' AND payload->>'teamId' = $1 ORDER BY occurred_at, id`,
    [teamId],
  );
}

describe('changing a neighbourhood', () => {
  it('re-announces every team in it with the new municipality code, so the other services’ directories follow', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, {
      name: 'Oud-Beijerland Centrum',
      city: 'Oud-Beijerland',
      municipalityName: 'Oud-Beijerland',
      municipalityCode: 'GM0584',
    });
    const first = await createTeam(subgraph, neighbourhood.id, { startsOn: '2025-02-01', commitmentEndsOn: '2030-02-01' });
    const second = await createTeam(subgraph, neighbourhood.id, { startsOn: '2025-06-01', commitmentEndsOn: '2030-06-01' });
    const elsewhere = await createTeam(subgraph, (await createNeighbourhood(subgraph, { name: 'Elders' })).id);
    const elsewhereBefore = await placed(elsewhere.id);

    // The municipal merger of 2019: Oud-Beijerland became part of Hoeksche Waard (GM1963).
    const result = await subgraph.query(
      UPDATE,
      { input: { id: neighbourhood.id, version: neighbourhood.version, municipalityName: 'Hoeksche Waard', municipalityCode: 'GM1963' } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.updateNeighbourhood).toEqual({ municipalityCode: 'GM1963', version: neighbourhood.version + 1 });

    for (const [team, startsOn] of [
      [first, '2025-02-01'],
      [second, '2025-06-01'],
    ] as const) {
      const events = await placed(team.id);
      expect(events.map((event) => event.payload.municipalityCode)).toEqual(['GM0584', 'GM1963']);
      // The second announcement of the team: version 2 wins over the first wherever both arrive.
      expect(events[1]).toEqual({
        source: 'teams',
        payload: { teamId: team.id, neighbourhoodId: neighbourhood.id, municipalityCode: 'GM1963', startsOn, version: 2 },
      });
    }
    expect(await placed(elsewhere.id)).toEqual(elsewhereBefore);
  });

  it('announces nothing when the municipality code stays the same', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Bloemhof-Zuid' });
    const team = await createTeam(subgraph, neighbourhood.id);
    const renamed = await subgraph.query(
      UPDATE,
      { input: { id: neighbourhood.id, version: neighbourhood.version, name: 'Bloemhof', municipalityCode: 'GM0599' } },
      admin,
    );
    expect(renamed.errors).toBeUndefined();
    expect((await placed(team.id)).map((event) => event.payload.municipalityCode)).toEqual(['GM0599']);
  });

  it('misses no team created while the municipality code changes', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, {
      name: 'Zwijndrecht-Noord',
      city: 'Zwijndrecht',
      municipalityName: 'Zwijndrecht',
      municipalityCode: 'GM0642',
    });
    const [update, ...teams] = await Promise.all([
      subgraph.query(UPDATE, { input: { id: neighbourhood.id, version: neighbourhood.version, municipalityCode: 'GM0505' } }, admin),
      ...Array.from({ length: 6 }, () => createTeam(subgraph, neighbourhood.id)),
    ]);
    expect(update.errors).toBeUndefined();
    for (const team of teams) {
      // Created before the change: announced twice, the second time with the new code; after it: once, with the new code.
      expect((await placed(team.id)).map((event) => event.payload.municipalityCode)).toContain('GM0505');
    }
  });
});
