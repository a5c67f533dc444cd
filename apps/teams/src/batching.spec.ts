import { addYears, demoId } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from './subgraph';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const TEAMS = 100;

/** 100 teams, each in its own neighbourhood with members, a coach and a partner, written straight to the database. */
async function seedTeams(): Promise<void> {
  const rows = Array.from({ length: TEAMS }, (_, i) => ({ key: `batch-${String(i).padStart(3, '0')}` }));
  await subgraph.dataSource.query(
    `INSERT INTO neighbourhoods (id, name, city, municipality_name, municipality_code, classification_year)
     SELECT unnest($1::uuid[]), unnest($2::text[]), 'Rotterdam', 'Rotterdam', 'GM0599', 2024`,
    [rows.map((row) => demoId(`neighbourhood:${row.key}`)), rows.map((row) => row.key)],
  );
  await subgraph.dataSource.query(
    `INSERT INTO teams (id, name, neighbourhood_id, status, starts_on, commitment_ends_on)
     SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::uuid[]), 'ACTIVE', '2025-01-01', $4`,
    [
      rows.map((row) => demoId(`team:${row.key}`)),
      rows.map((row) => `Team ${row.key}`),
      rows.map((row) => demoId(`neighbourhood:${row.key}`)),
      addYears('2025-01-01', 5),
    ],
  );
  await subgraph.dataSource.query(
    `INSERT INTO memberships (id, team_id, volunteer_id, role, from_date)
     SELECT gen_random_uuid(), unnest($1::uuid[]), gen_random_uuid(), 'MEMBER', '2025-01-01'`,
    [rows.map((row) => demoId(`team:${row.key}`))],
  );
  await subgraph.dataSource.query(
    `INSERT INTO team_coaches (id, team_id, name, organisation, from_date)
     SELECT gen_random_uuid(), unnest($1::uuid[]), 'Sanne de Vries', 'Stichting Buurtvolk', '2025-01-01'`,
    [rows.map((row) => demoId(`team:${row.key}`))],
  );
  await subgraph.dataSource.query(`INSERT INTO partners (id, name, kind) VALUES ($1, 'Gemeente Rotterdam', 'MUNICIPALITY')`, [
    demoId('partner:batch'),
  ]);
  await subgraph.dataSource.query(`INSERT INTO partner_neighbourhoods (partner_id, neighbourhood_id) SELECT $1, id FROM neighbourhoods`, [
    demoId('partner:batch'),
  ]);
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph);
  await seedTeams();
});
afterAll(() => subgraph.destroy());

async function statementsFor(query: string, variables: Record<string, unknown>): Promise<number> {
  const before = subgraph.statements.count;
  const result = await subgraph.query(query, variables, admin);
  expect(result.errors).toBeUndefined();
  return subgraph.statements.count - before;
}

describe('batching (no N+1)', () => {
  it('resolves the neighbourhoods, members, coaches and partners of 100 teams with as many statements as for 1', async () => {
    const query = `query ($first: Int!) { teams(first: $first) { edges { node { name neighbourhood { name partners { name } } memberCount memberships { role } coaches { name } history: coaches(includeEnded: true) { name } partners { name } } } } }`;
    const one = await statementsFor(query, { first: 1 });
    const hundred = await statementsFor(query, { first: TEAMS });
    expect(hundred).toBe(one);
  });

  it('resolves 100 Team references from the gateway with as many statements as 1', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { name neighbourhood { name } } } }`;
    const ids = Array.from({ length: TEAMS }, (_, i) => demoId(`team:batch-${String(i).padStart(3, '0')}`));
    const one = await statementsFor(query, { representations: ids.slice(0, 1).map((id) => ({ __typename: 'Team', id })) });
    const hundred = await statementsFor(query, { representations: ids.map((id) => ({ __typename: 'Team', id })) });
    expect(hundred).toBe(one);
  });
});
