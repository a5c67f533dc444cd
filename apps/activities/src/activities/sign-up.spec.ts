import { startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { activitiesSubgraph } from '../subgraph';
import { callers, CHARLOIS, FEIJENOORD, volunteerOf } from '../test/callers';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(activitiesSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const PLAN = `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }`;
const SIGN_UP = `mutation ($id: ID!) { signUp(activityId: $id) { id } }`;

describe('signing up for another team’s activity', () => {
  it('answers NOT_FOUND to every volunteer of another team, however many try at once, and signs up nobody', async () => {
    const { data } = await subgraph.query(
      PLAN,
      {
        input: {
          teamId: FEIJENOORD,
          theme: 'COMMUNITY',
          title: 'Buurtbarbecue',
          startsAt: '2030-06-01T16:00:00Z',
          endsAt: '2030-06-01T20:00:00Z',
          capacity: 50,
        },
      },
      callers.coordinatorFeijenoord,
    );
    const id = data.planActivity.id;
    // More callers than the pool has connections: each check of the directory must not wait for a connection while a
    // sign-up transaction holds its own.
    const outsiders = Array.from({ length: 12 }, (_, i) => testIdentities.volunteer(volunteerOf('charlois', i + 2), CHARLOIS));
    const results = await Promise.all(outsiders.map((caller) => subgraph.query(SIGN_UP, { id }, caller)));
    expect(results.map((result) => result.errors?.[0].extensions?.code)).toEqual(outsiders.map(() => 'NOT_FOUND'));
    const [{ n }] = await subgraph.dataSource.query('SELECT count(*)::int AS n FROM sign_ups WHERE activity_id = $1', [id]);
    expect(n).toBe(0);

    const member = await subgraph.query(SIGN_UP, { id }, callers.volunteerFeijenoord(2));
    expect(member.data.signUp).toEqual({ id });
  });
});

describe('a volunteer erased in the volunteers service', () => {
  it('loses their sign-ups and leaves one receipt in the audit log, also when the event comes twice', async () => {
    const { data } = await subgraph.query(
      PLAN,
      {
        input: {
          teamId: FEIJENOORD,
          theme: 'HEALTH',
          title: 'Wandelen',
          startsAt: '2030-07-01T08:00:00Z',
          endsAt: '2030-07-01T10:00:00Z',
          capacity: 10,
        },
      },
      callers.coordinatorFeijenoord,
    );
    const id = data.planActivity.id;
    const volunteerId = volunteerOf('feijenoord', 6);
    expect((await subgraph.query(SIGN_UP, { id }, callers.volunteerFeijenoord(6))).errors).toBeUndefined();
    const SIGNED_UP = `query ($id: ID!) { activity(id: $id) { signedUp { id } } }`;
    expect((await subgraph.query(SIGNED_UP, { id }, callers.coordinatorFeijenoord)).data.activity.signedUp).toEqual([{ id: volunteerId }]);

    for (let delivery = 0; delivery < 2; delivery += 1)
      await subgraph.dataSource.transaction((manager) => deliverEvent(activitiesSubgraph, manager, 'VolunteerErased', { volunteerId }));

    expect((await subgraph.query(SIGNED_UP, { id }, callers.coordinatorFeijenoord)).data.activity.signedUp).toEqual([]);
    const receipts = await subgraph.query(
      `query ($id: ID!) { activitiesAuditLog(entityId: $id) { edges { node { action entityType actorSubject } } } }`,
      { id: volunteerId },
      callers.admin,
    );
    expect(receipts.data.activitiesAuditLog.edges.map(({ node }: { node: unknown }) => node)).toEqual([
      { action: 'volunteer.erased', entityType: 'Volunteer', actorSubject: 'volunteers-service' },
    ]);
  });
});
