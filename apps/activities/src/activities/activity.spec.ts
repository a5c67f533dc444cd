import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { activitiesSubgraph } from '../subgraph';
import { callers, FEIJENOORD } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(activitiesSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const SERIES = `mutation ($input: PlanActivitySeriesInput!) { planActivitySeries(input: $input) { id seriesId title startsAt version } }`;
const PLAN = `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id version capacity } }`;
const inFuture = (days: number, hour = 9) => new Date(Date.UTC(2030, 0, 1 + days, hour)).toISOString();

describe('planning', () => {
  it('plans a weekly series, and changes or cancels one occurrence alone', async () => {
    const result = await subgraph.query(
      SERIES,
      {
        input: {
          teamId: FEIJENOORD,
          theme: 'COMMUNITY',
          title: 'Koffieochtend',
          startsAt: '2026-12-01T09:00:00Z',
          endsAt: '2026-12-01T11:00:00Z',
          frequency: 'WEEKLY',
          until: '2027-01-05',
        },
      },
      callers.coordinatorFeijenoord,
    );
    expect(result.errors).toBeUndefined();
    const occurrences = result.data.planActivitySeries;
    expect(occurrences.map((o: { startsAt: string }) => o.startsAt)).toEqual([
      '2026-12-01T09:00:00.000Z',
      '2026-12-08T09:00:00.000Z',
      '2026-12-15T09:00:00.000Z',
      '2026-12-22T09:00:00.000Z',
      '2026-12-29T09:00:00.000Z',
      '2027-01-05T09:00:00.000Z',
    ]);
    expect(new Set(occurrences.map((o: { seriesId: string }) => o.seriesId)).size).toBe(1);

    const moved = await subgraph.query(
      `mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { title startsAt version } }`,
      {
        input: {
          id: occurrences[2].id,
          version: 1,
          title: 'Kerstkoffie',
          startsAt: '2026-12-16T09:00:00Z',
          endsAt: '2026-12-16T11:00:00Z',
        },
      },
      callers.coordinatorFeijenoord,
    );
    expect(moved.data.updateActivity).toEqual({ title: 'Kerstkoffie', startsAt: '2026-12-16T09:00:00.000Z', version: 2 });
    const cancelled = await subgraph.query(
      `mutation ($id: ID!) { cancelActivity(id: $id, version: 1) { status } }`,
      { id: occurrences[4].id },
      callers.coordinatorFeijenoord,
    );
    expect(cancelled.data.cancelActivity.status).toBe('CANCELLED');
    const titles = await subgraph.dataSource.query('SELECT title, status FROM activities WHERE series_id = $1 ORDER BY starts_at', [
      occurrences[0].seriesId,
    ]);
    expect(titles.map((row: { title: string; status: string }) => `${row.title}:${row.status}`)).toEqual([
      'Koffieochtend:PLANNED',
      'Koffieochtend:PLANNED',
      'Kerstkoffie:PLANNED',
      'Koffieochtend:PLANNED',
      'Koffieochtend:CANCELLED',
      'Koffieochtend:PLANNED',
    ]);
  });

  it('refuses an activity that ends before it starts, a negative capacity, and other teams', async () => {
    const backwards = await subgraph.query(
      PLAN,
      { input: { teamId: FEIJENOORD, theme: 'HEALTH', title: 'Wandelen', startsAt: inFuture(1, 11), endsAt: inFuture(1, 9) } },
      callers.coordinatorFeijenoord,
    );
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'endsAt' }] });
    const negative = await subgraph.query(
      PLAN,
      { input: { teamId: FEIJENOORD, theme: 'HEALTH', title: 'Wandelen', startsAt: inFuture(1), endsAt: inFuture(1, 11), capacity: -1 } },
      callers.coordinatorFeijenoord,
    );
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'capacity' }] });
    const other = await subgraph.query(
      PLAN,
      { input: { teamId: FEIJENOORD, theme: 'HEALTH', title: 'Wandelen', startsAt: inFuture(1), endsAt: inFuture(1, 11) } },
      callers.coordinatorCharlois,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('completes an activity with the residents reached and announces it', async () => {
    const { data } = await subgraph.query(
      PLAN,
      {
        input: {
          teamId: FEIJENOORD,
          theme: 'NEIGHBOURHOOD',
          title: 'Opruimen',
          startsAt: '2026-11-01T09:00:00Z',
          endsAt: '2026-11-01T12:00:00Z',
        },
      },
      callers.coordinatorFeijenoord,
    );
    const done = await subgraph.query(
      `mutation ($input: CompleteActivityInput!) { completeActivity(input: $input) { status residentsReached result } }`,
      { input: { id: data.planActivity.id, version: 1, residentsReached: 42, result: '20 zakken afval' } },
      callers.coordinatorFeijenoord,
    );
    expect(done.data.completeActivity).toEqual({ status: 'DONE', residentsReached: 42, result: '20 zakken afval' });
    const [event] = await subgraph.dataSource.query(
      `SELECT payload FROM event_outbox WHERE type = 'ActivityCompleted' AND payload->>'activityId' = $1`,
      [data.planActivity.id],
    );
    expect(event.payload).toMatchObject({ activityId: data.planActivity.id, teamId: FEIJENOORD, residentsReached: 42 });
  });
});

describe('sign-ups', () => {
  it('never exceed the capacity, however many sign up at once', async () => {
    const { data } = await subgraph.query(
      PLAN,
      {
        input: {
          teamId: FEIJENOORD,
          theme: 'PERSONAL_DEVELOPMENT',
          title: 'Taalcafé',
          startsAt: inFuture(3),
          endsAt: inFuture(3, 11),
          capacity: 3,
        },
      },
      callers.coordinatorFeijenoord,
    );
    const id = data.planActivity.id;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        subgraph.query(`mutation ($id: ID!) { signUp(activityId: $id) { id } }`, { id }, callers.volunteerFeijenoord(i + 2)),
      ),
    );
    expect(results.filter((result) => result.data?.signUp).length).toBe(3);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(7);
    expect(results.find((result) => result.errors)?.errors?.[0].message).toBe('This activity is full (3 places)');
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM sign_ups WHERE activity_id = $1', [id]);
    expect(n).toBe(3);
  });

  it('refuses sign-ups for a cancelled activity', async () => {
    const { data } = await subgraph.query(
      PLAN,
      { input: { teamId: FEIJENOORD, theme: 'HEALTH', title: 'Yoga', startsAt: inFuture(5), endsAt: inFuture(5, 11) } },
      callers.coordinatorFeijenoord,
    );
    await subgraph.query(
      `mutation ($id: ID!) { cancelActivity(id: $id, version: 1) { status } }`,
      { id: data.planActivity.id },
      callers.coordinatorFeijenoord,
    );
    const result = await subgraph.query(
      `mutation ($id: ID!) { signUp(activityId: $id) { id } }`,
      { id: data.planActivity.id },
      callers.volunteerFeijenoord(3),
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'activityId', message: 'is CANCELLED' }],
    });
  });
});
