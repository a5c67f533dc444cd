import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from '../subgraph';
import { createNeighbourhood, createTeam } from '../test/fixtures';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph);
});
afterAll(() => subgraph.destroy());

const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id name status startsOn commitmentEndsOn version sizeIndicator memberCount neighbourhood { name } } }`;
const UPDATE_TEAM = `mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { id name status version } }`;

async function teamCount(): Promise<number> {
  const [{ count }] = await subgraph.dataSource.query('SELECT count(*)::int AS count FROM teams');
  return count;
}

describe('creating a team', () => {
  it('creates a forming team in a neighbourhood, below the size target while it has no members', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Katendrecht' });
    const result = await subgraph.query(
      CREATE_TEAM,
      {
        input: { name: 'Buurtvolk Katendrecht', neighbourhoodId: neighbourhood.id, startsOn: '2025-03-01', commitmentEndsOn: '2030-03-01' },
      },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.createTeam).toMatchObject({
      name: 'Buurtvolk Katendrecht',
      status: 'FORMING',
      startsOn: '2025-03-01',
      commitmentEndsOn: '2030-03-01',
      version: 1,
      sizeIndicator: 'BELOW',
      memberCount: 0,
      neighbourhood: { name: 'Katendrecht' },
    });
  });

  it('refuses a commitment shorter than 4 or longer than 6 years, naming the field, and writes nothing', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Charlois' });
    const before = await teamCount();
    for (const commitmentEndsOn of ['2028-03-01', '2031-03-02']) {
      const result = await subgraph.query(
        CREATE_TEAM,
        { input: { name: `Short ${commitmentEndsOn}`, neighbourhoodId: neighbourhood.id, startsOn: '2025-03-01', commitmentEndsOn } },
        admin,
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'commitmentEndsOn' }] });
      expect(result.errors?.[0].message).toContain('between 2029-03-01 and 2031-03-01');
    }
    expect(await teamCount()).toBe(before);
  });

  it('names every invalid field at once', async () => {
    const result = await subgraph.query(
      CREATE_TEAM,
      { input: { name: '', neighbourhoodId: 'not-a-uuid', startsOn: '2025-03-01', commitmentEndsOn: '2030-03-01' } },
      admin,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields.map((failure: { field: string }) => failure.field).sort()).toEqual([
      'name',
      'neighbourhoodId',
    ]);
    expect(JSON.stringify(result.errors)).not.toContain('not-a-uuid');
  });

  it('refuses a date that does not exist as bad input', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Bloemhof' });
    const result = await subgraph.query(
      CREATE_TEAM,
      { input: { name: 'Leap', neighbourhoodId: neighbourhood.id, startsOn: '2025-02-29', commitmentEndsOn: '2030-03-01' } },
      admin,
    );
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for an unknown neighbourhood', async () => {
    const result = await subgraph.query(
      CREATE_TEAM,
      {
        input: {
          name: 'Nowhere',
          neighbourhoodId: '00000000-0000-4000-8000-000000000000',
          startsOn: '2025-03-01',
          commitmentEndsOn: '2030-03-01',
        },
      },
      admin,
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('answers CONFLICT for a second team with the same name, in any letter case', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Hillesluis' });
    await createTeam(subgraph, neighbourhood.id, { name: 'Buurtvolk Hillesluis' });
    const result = await subgraph.query(
      CREATE_TEAM,
      {
        input: { name: 'BUURTVOLK HILLESLUIS', neighbourhoodId: neighbourhood.id, startsOn: '2025-03-01', commitmentEndsOn: '2030-03-01' },
      },
      admin,
    );
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'A team named "BUURTVOLK HILLESLUIS" already exists',
    });
  });
});

describe('updating a team', () => {
  it('changes a team and raises its version; a stale version gets CONFLICT and changes nothing', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Tarwewijk' });
    const team = await createTeam(subgraph, neighbourhood.id, { name: 'Buurtvolk Tarwewijk' });
    const first = await subgraph.query(UPDATE_TEAM, { input: { id: team.id, version: 1, status: 'ACTIVE' } }, admin);
    expect(first.data.updateTeam).toMatchObject({ status: 'ACTIVE', version: 2 });

    const stale = await subgraph.query(UPDATE_TEAM, { input: { id: team.id, version: 1, name: 'Overwritten' } }, admin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const current = await subgraph.query(`query ($id: ID!) { team(id: $id) { name version } }`, { id: team.id }, admin);
    expect(current.data.team).toEqual({ name: 'Buurtvolk Tarwewijk', version: 2 });
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Oud-Charlois' });
    const team = await createTeam(subgraph, neighbourhood.id);
    const results = await Promise.all(
      ['A', 'B'].map((name) => subgraph.query(UPDATE_TEAM, { input: { id: team.id, version: 1, name: `Race ${name} ${team.id}` } }, admin)),
    );
    expect(results.filter((result) => result.data?.updateTeam).length).toBe(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(1);
  });

  it('refuses reopening a closed team and a commitment that no longer fits a moved start', async () => {
    const neighbourhood = await createNeighbourhood(subgraph, { name: 'Pendrecht' });
    const team = await createTeam(subgraph, neighbourhood.id);
    await subgraph.query(UPDATE_TEAM, { input: { id: team.id, version: 1, status: 'CLOSED' } }, admin);
    const reopen = await subgraph.query(UPDATE_TEAM, { input: { id: team.id, version: 2, status: 'ACTIVE' } }, admin);
    expect(reopen.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'status' }] });

    const moved = await subgraph.query(UPDATE_TEAM, { input: { id: team.id, version: 2, startsOn: '2027-01-01' } }, admin);
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'commitmentEndsOn' }] });
  });

  it('answers NOT_FOUND for an unknown team', async () => {
    const result = await subgraph.query(
      UPDATE_TEAM,
      { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'Ghost' } },
      admin,
    );
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('listing teams', () => {
  const LIST = `query ($first: Int!, $after: String, $city: String, $status: TeamStatus) {
    teams(first: $first, after: $after, city: $city, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name neighbourhood { city } } } }
  }`;

  beforeAll(async () => {
    const leiden = await createNeighbourhood(subgraph, {
      name: 'Leiden-Noord',
      city: 'Leiden',
      municipalityName: 'Leiden',
      municipalityCode: 'GM0546',
    });
    for (const name of ['Leiden C', 'Leiden A', 'Leiden B']) await createTeam(subgraph, leiden.id, { name });
  });

  it('pages through a city by name with Relay cursors', async () => {
    const page1 = await subgraph.query(LIST, { first: 2, city: 'leiden' }, admin);
    expect(page1.data.teams.totalCount).toBe(3);
    expect(page1.data.teams.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Leiden A', 'Leiden B']);
    expect(page1.data.teams.pageInfo.hasNextPage).toBe(true);

    const page2 = await subgraph.query(LIST, { first: 2, city: 'Leiden', after: page1.data.teams.pageInfo.endCursor }, admin);
    expect(page2.data.teams.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Leiden C']);
    expect(page2.data.teams.pageInfo).toEqual({ hasNextPage: false, endCursor: page2.data.teams.edges[0].cursor });
  });

  it('filters by status', async () => {
    const result = await subgraph.query(LIST, { first: 100, city: 'Leiden', status: 'ACTIVE' }, admin);
    expect(result.data.teams.totalCount).toBe(0);
  });

  it('refuses a forged cursor and a page size above 100 as bad input', async () => {
    const forged = await subgraph.query(LIST, { first: 2, after: "'; DROP TABLE teams; --" }, admin);
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    const huge = await subgraph.query(LIST, { first: 1000 }, admin);
    expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    expect(await teamCount()).toBeGreaterThan(0);
  });

  it('answers a caller without a token the public fields beside a refused one, with HTTP 200', async () => {
    const team = await createTeam(subgraph, (await createNeighbourhood(subgraph, { name: 'Vreewijk' })).id, { status: 'ACTIVE' });
    const result = await subgraph.query(`query ($id: ID!) { team(id: $id) { name memberCount } }`, { id: team.id }, null);
    // A 401 would make the gateway drop this service's whole answer, the public name included.
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ team: { name: team.name, memberCount: null } });
    expect(result.errors?.[0]).toMatchObject({ path: ['team', 'memberCount'], extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers null for a team id that does not exist or is not a UUID', async () => {
    const result = await subgraph.query(
      `{ a: team(id: "00000000-0000-4000-8000-000000000000") { id } b: team(id: "1 OR 1=1") { id } }`,
      {},
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null });
  });
});
