import { DEMO_PLACES, demoId } from '@buurtvolk/domain';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { activitiesSubgraph } from './subgraph';
import { callers } from './test/callers';

let subgraph: TestSubgraph;
const teamIds = Array.from({ length: 100 }, (_, i) => demoId(`team:batch-${i}`));

beforeAll(async () => {
  subgraph = await startTestSubgraph(activitiesSubgraph, { seed: true });
  await subgraph.dataSource.query(
    `INSERT INTO directory_teams (team_id, neighbourhood_id, municipality_code, starts_on) SELECT id, id, 'GM0599', '2025-01-01' FROM unnest($1::uuid[]) AS id`,
    [teamIds],
  );
});
afterAll(() => subgraph.destroy());

async function statementsFor(ids: string[]): Promise<number> {
  const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { hours(year: 2025) { approvedHours activeVolunteers residentsReached byTheme { theme } } firstYearProgress { approvedHours status } } } }`;
  const before = subgraph.statements.count;
  const result = await subgraph.query(query, { representations: ids.map((id) => ({ __typename: 'Team', id })) }, callers.admin);
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toHaveLength(ids.length);
  return subgraph.statements.count - before;
}

describe('batching (no N+1)', () => {
  it('resolves the year figures and first-year progress of 100 teams with as many statements as 1', async () => {
    expect(await statementsFor(teamIds)).toBe(await statementsFor(teamIds.slice(0, 1)));
  });

  it('resolves the month summaries, their text and share image, and the first activities of many teams with as many statements as 1', async () => {
    const previousMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    const query = `query ($representations: [_Any!]!, $month: String!) { _entities(representations: $representations) { ... on Team {
      monthSummary(month: $month) { id figures { approvedHours } photos { id } } monthSummaries(last: 2) { id }
      monthSummaryText(month: $month) monthSummaryShareImage(month: $month) { byteSize }
      activities(first: 3) { totalCount edges { node { id signUpCount } } } } } }`;
    const teams = DEMO_PLACES.map((place) => ({ __typename: 'Team', id: demoId(`team:${place.key}`), name: `Buurtvolk ${place.name}` }));
    const statementsOf = async (representations: typeof teams) => {
      const before = subgraph.statements.count;
      const result = await subgraph.query(query, { representations, month: previousMonth }, callers.admin);
      expect(result.errors).toBeUndefined();
      return { statements: subgraph.statements.count - before, entities: result.data._entities };
    };
    const feijenoord = teams.filter((team) => team.id === demoId('team:feijenoord'));
    const one = await statementsOf(feijenoord);
    expect(one.entities[0].monthSummaryShareImage.byteSize).toBeGreaterThan(1_000);
    expect((await statementsOf([...teams, ...teams])).statements).toBe(one.statements);
  });

  it('gives many people each their first page of hour entries with as many statements as one person', async () => {
    const people = DEMO_PLACES.flatMap((place) => [1, 2, 3].map((n) => demoId(`volunteer:${place.key}-0${n}`)));
    const pages = async (ids: string[]) => {
      const before = subgraph.statements.count;
      const result = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Volunteer { hourEntries(first: 3) { totalCount edges { node { id } } pageInfo { hasNextPage } } } } }`,
        { representations: ids.map((id) => ({ __typename: 'Volunteer', id })) },
        callers.admin,
      );
      expect(result.errors).toBeUndefined();
      return {
        statements: subgraph.statements.count - before,
        totals: result.data._entities.map((entity: { hourEntries: { totalCount: number } }) => entity.hourEntries.totalCount),
      };
    };
    const one = await pages(people.slice(0, 1));
    const many = await pages(people);
    expect(many.statements).toBe(one.statements);
    expect(many.totals[0]).toBe(one.totals[0]);
    expect(one.totals[0]).toBeGreaterThan(3);
  });
});
