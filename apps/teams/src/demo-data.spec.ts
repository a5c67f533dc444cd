import { DEMO_PARTNERS, DEMO_PLACES, demoId, demoMembers } from '@buurtvolk/domain';
import { startTestSubgraph, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from './subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const count = async (sql: string) => Number((await subgraph.dataSource.query(sql))[0].n);
const payloadOf = async (type: string, key: string, id: string) =>
  (
    await subgraph.dataSource.query(
      `SELECT payload, occurred_at AS "occurredAt" FROM event_outbox WHERE type = $1 AND payload ->> $2 = $3`,
      [type, key, id],
    )
  )[0];

describe('demo coaches', () => {
  it('gives every team a named professional coach who is not one of its members', async () => {
    const coaches = await subgraph.dataSource.query(
      'SELECT team_id AS "teamId", name, organisation FROM team_coaches WHERE until_date IS NULL',
    );
    expect(coaches).toHaveLength(DEMO_PLACES.length);
    expect(new Set(coaches.map((coach: { teamId: string }) => coach.teamId))).toEqual(
      new Set(DEMO_PLACES.map((place) => demoId(`team:${place.key}`))),
    );
    expect(coaches.every((coach: { name: string; organisation: string }) => coach.name && coach.organisation)).toBe(true);
    // Every membership is a resident of the shared demo roster, whom the volunteers service knows.
    const [{ strangers }] = await subgraph.dataSource.query(
      'SELECT count(*)::int AS strangers FROM memberships WHERE NOT volunteer_id = ANY($1)',
      [demoMembers().map((member) => member.volunteerId)],
    );
    expect(strangers).toBe(0);
  });
});

describe('demo history in the outbox', () => {
  it('holds, already published, the events the live code would have recorded for every seeded team, membership and partner', async () => {
    const events = (type: string) => count(`SELECT count(*) AS n FROM event_outbox WHERE type = '${type}' AND published_at IS NOT NULL`);
    expect(await events('TeamPlaced')).toBe(await count('SELECT count(*) AS n FROM teams'));
    expect(await events('MembershipStarted')).toBe(await count('SELECT count(*) AS n FROM memberships'));
    expect(await events('MembershipEnded')).toBe(await count('SELECT count(*) AS n FROM memberships WHERE until_date IS NOT NULL'));
    expect(await events('PartnerAreasChanged')).toBe(await count('SELECT count(*) AS n FROM partners'));
    expect(await count('SELECT count(*) AS n FROM memberships')).toBe(DEMO_PLACES.reduce((sum, place) => sum + place.members, 0));
    expect(await count('SELECT count(*) AS n FROM event_outbox WHERE published_at IS NULL')).toBe(0);
  });

  it('records the payloads of the live code, dated when it happened', async () => {
    const feijenoord = DEMO_PLACES.find((place) => place.key === 'feijenoord')!;
    const placed = await payloadOf('TeamPlaced', 'teamId', demoId('team:feijenoord'));
    expect(placed.payload).toEqual({
      teamId: demoId('team:feijenoord'),
      neighbourhoodId: demoId('neighbourhood:feijenoord'),
      municipalityCode: 'GM0599',
      startsOn: feijenoord.startsOn,
    });
    expect(placed.occurredAt.toISOString()).toBe('2024-02-29T23:00:00.000Z');

    const started = await payloadOf('MembershipStarted', 'membershipId', demoId('membership:feijenoord-1'));
    expect(started.payload).toEqual({
      membershipId: demoId('membership:feijenoord-1'),
      teamId: demoId('team:feijenoord'),
      neighbourhoodId: demoId('neighbourhood:feijenoord'),
      volunteerId: demoId('volunteer:feijenoord-01'),
      role: 'COORDINATOR',
      from: feijenoord.startsOn,
    });
    expect(started.occurredAt.getTime()).toBeGreaterThan(placed.occurredAt.getTime());

    const rotterdam = DEMO_PARTNERS.find((partner) => partner.key === 'gemeente-rotterdam')!;
    const areas = await payloadOf('PartnerAreasChanged', 'partnerId', demoId('partner:gemeente-rotterdam'));
    expect(areas.payload.neighbourhoodIds.sort()).toEqual(rotterdam.serves.map((place) => demoId(`neighbourhood:${place}`)).sort());
    // Impact puts a funder's costs on its actor by this kind.
    expect(areas.payload.kind).toBe('MUNICIPALITY');
  });
});
