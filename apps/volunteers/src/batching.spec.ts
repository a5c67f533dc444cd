import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { volunteersSubgraph } from './subgraph';
import { callers, FEIJENOORD } from './test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(volunteersSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

async function statementsFor(query: string, variables: Record<string, unknown>): Promise<number> {
  const before = subgraph.statements.count;
  const result = await subgraph.query(query, variables, callers.admin);
  expect(result.errors).toBeUndefined();
  return subgraph.statements.count - before;
}

describe('batching (no N+1)', () => {
  it('resolves 100 Volunteer references with their wellbeing and consents in as many statements as 1', async () => {
    const ids: string[] = (await subgraph.dataSource.query('SELECT id FROM volunteers ORDER BY id LIMIT 100')).map(
      (row: { id: string }) => row.id,
    );
    expect(ids).toHaveLength(100);
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Volunteer { displayName givenName latestWellbeing { takenOn } consents { purpose } statusHistory { to } } } }`;
    const one = await statementsFor(query, { representations: ids.slice(0, 1).map((id) => ({ __typename: 'Volunteer', id })) });
    const hundred = await statementsFor(query, { representations: ids.map((id) => ({ __typename: 'Volunteer', id })) });
    expect(hundred).toBe(one);
  });

  it('lists a team with personal fields in as many statements for 1 volunteer as for all', async () => {
    const query = `query ($first: Int!) { volunteers(team: "${FEIJENOORD}", first: $first) { edges { node { displayName email wellbeingChange { change } } } } }`;
    expect(await statementsFor(query, { first: 18 })).toBe(await statementsFor(query, { first: 1 }));
  });
});
