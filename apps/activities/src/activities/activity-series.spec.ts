import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { activitiesSubgraph } from '../subgraph';
import { callers, FEIJENOORD } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(activitiesSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const SERIES = `mutation ($input: PlanActivitySeriesInput!) { planActivitySeries(input: $input) { startsAt } }`;

/** A weekly night walk at 00:30 Amsterdam time (winter, UTC+1): Wednesday 6 January 2027, 00:30 is 5 January 23:30 UTC. */
const nightWalk = (until: string) => ({
  input: {
    teamId: FEIJENOORD,
    theme: 'NEIGHBOURHOOD',
    title: 'Nachtronde',
    startsAt: '2027-01-05T23:30:00Z',
    endsAt: '2027-01-06T01:30:00Z',
    frequency: 'WEEKLY',
    until,
  },
});

describe('the end date of a series', () => {
  it('is an Amsterdam date: an occurrence at 00:30 on that day is in, one at 00:30 the day after is out', async () => {
    const untilTheThird = await subgraph.query(SERIES, nightWalk('2027-01-20'), callers.coordinatorFeijenoord);
    expect(untilTheThird.errors).toBeUndefined();
    // 6, 13 and 20 January, 00:30 in Amsterdam.
    expect(untilTheThird.data.planActivitySeries.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2027-01-05T23:30:00.000Z',
      '2027-01-12T23:30:00.000Z',
      '2027-01-19T23:30:00.000Z',
    ]);

    // 20 January 00:30 in Amsterdam is still 19 January in UTC, yet it is after an end date of 19 January.
    const untilTheDayBefore = await subgraph.query(SERIES, nightWalk('2027-01-19'), callers.coordinatorFeijenoord);
    expect(untilTheDayBefore.errors).toBeUndefined();
    expect(untilTheDayBefore.data.planActivitySeries.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2027-01-05T23:30:00.000Z',
      '2027-01-12T23:30:00.000Z',
    ]);
  });

  it('refuses an end date before the Amsterdam date of the first occurrence', async () => {
    const result = await subgraph.query(SERIES, nightWalk('2027-01-05'), callers.coordinatorFeijenoord);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'until', message: 'must be on or after the first occurrence' }],
    });
  });
});
