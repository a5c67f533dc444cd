import { demoId } from '@buurtvolk/domain';
import { eventually, startTestEventBus, startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import type { EventBus } from '@buurtvolk/events';
import { teamsSubgraph } from '../../teams/src/subgraph';
import { trainingSubgraph } from './subgraph';

let bus: EventBus;
let teams: TestSubgraph;
let training: TestSubgraph;

beforeAll(async () => {
  bus = await startTestEventBus();
  teams = await startTestSubgraph(teamsSubgraph, { seed: true, bus });
  // Deployed after the teams service holds its data, with nothing of its own: it must catch up, not start empty.
  training = await startTestSubgraph(trainingSubgraph, { bus });
}, 120_000);
afterAll(async () => {
  await Promise.all([training, teams].map((subgraph) => subgraph?.destroy()));
  await bus?.stop();
});

describe('a service that starts after the others hold data', () => {
  it('asks for the history it never had and fills its team directory from it', async () => {
    const count = async (table: string) => (await training.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
    await eventually(
      async () =>
        (await count('directory_teams')) === 9 &&
        (await count('directory_memberships')) > 100 &&
        (await count('directory_partner_areas')) > 0,
      60_000,
    );
    const [feijenoord] = await training.dataSource.query(
      'SELECT neighbourhood_id AS "neighbourhoodId" FROM directory_teams WHERE team_id = $1',
      [demoId('team:feijenoord')],
    );
    expect(feijenoord).toEqual({ neighbourhoodId: demoId('neighbourhood:feijenoord') });
  });
});
