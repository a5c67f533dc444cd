import { demoId } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from '../subgraph';
import { deleteExpiredContactData } from './neighbourhood-request.service';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const KATENDRECHT_TEAM = demoId('team:katendrecht');

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const REQUEST = `mutation ($input: RequestTeamInput!) { requestTeam(input: $input) { received } }`;
const LIST = `query ($status: NeighbourhoodRequestStatus) { neighbourhoodRequests(status: $status) {
  id postcode requesterKind organisation reason contactName contactEmail contactPhone status declineReason closedAt
  contactDeletedAt version neighbourhood { name } team { name } } }`;
const FOLLOW_UP = `mutation ($input: FollowUpNeighbourhoodRequestInput!) { followUpNeighbourhoodRequest(input: $input) {
  status declineReason closedAt version team { name } } }`;

const form = (changes: Record<string, unknown> = {}) => ({
  postcode: '3071 ab',
  requesterKind: 'RESIDENT',
  reason: 'Veel eenzame ouderen in onze straat en geen buurthuis meer.',
  contactName: 'Fatima El Amrani',
  contactEmail: 'fatima@example.org',
  consentToContact: true,
  ...changes,
});

async function requests() {
  const answer = await subgraph.query(LIST, {}, admin);
  expect(answer.errors).toBeUndefined();
  return answer.data.neighbourhoodRequests as any[];
}

describe('a request for a team in a neighbourhood', () => {
  it('comes in through the public form without sign-in, placed by its postcode, and only admins see it', async () => {
    const answer = await subgraph.query(REQUEST, { input: form() }, null);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ requestTeam: { received: true } });

    const [request] = await requests();
    expect(request).toMatchObject({
      postcode: '3071AB',
      requesterKind: 'RESIDENT',
      contactName: 'Fatima El Amrani',
      contactEmail: 'fatima@example.org',
      contactPhone: null,
      status: 'NEW',
      neighbourhood: { name: 'Feijenoord' },
      team: null,
      version: 1,
    });

    const anonymous = await subgraph.query(LIST, {}, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const someone of [testIdentities.coordinator(KATENDRECHT_TEAM), testIdentities.partner(demoId('partner:gemeente-rotterdam'))]) {
      const refused = await subgraph.query(LIST, {}, someone);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?.neighbourhoodRequests ?? null).toBeNull();
    }
  });

  it('answers a robot that fills in the hidden field the same, and stores nothing of it', async () => {
    const before = (await requests()).length;
    const robot = await subgraph.query(REQUEST, { input: form({ website: 'http://cheap-pills.example' }) }, null);
    expect(await requests()).toHaveLength(before);
    const person = await subgraph.query(REQUEST, { input: form({ postcode: '3024' }) }, null);
    expect(robot.text).toBe(person.text);
    expect(await requests()).toHaveLength(before + 1);
  });

  it('refuses a form without consent, with a foreign postcode or oversized text, saying which field', async () => {
    const before = (await requests()).length;
    for (const [changes, field] of [
      [{ consentToContact: false }, 'consentToContact'],
      [{ postcode: 'B-1000' }, 'postcode'],
      [{ reason: 'x'.repeat(2001) }, 'reason'],
      [{ contactEmail: 'not an address' }, 'contactEmail'],
    ] as const) {
      const refused = await subgraph.query(REQUEST, { input: form(changes) }, null);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(refused.errors?.[0].extensions)).toContain(field);
    }
    expect(await requests()).toHaveLength(before);
  });

  it('is followed up by an admin: declined only with a reason, a team it became, and a stale version refused', async () => {
    await subgraph.query(
      REQUEST,
      { input: form({ postcode: '3072', requesterKind: 'HOUSING_CORPORATION', organisation: 'Woonstad' }) },
      null,
    );
    const request = (await requests()).find((candidate) => candidate.postcode === '3072')!;
    expect(request.neighbourhood).toEqual({ name: 'Katendrecht' });

    const withoutReason = await subgraph.query(FOLLOW_UP, { input: { id: request.id, version: 1, status: 'DECLINED' } }, admin);
    expect(withoutReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'declineReason' }] });

    const talking = await subgraph.query(FOLLOW_UP, { input: { id: request.id, version: 1, status: 'IN_CONVERSATION' } }, admin);
    expect(talking.data.followUpNeighbourhoodRequest).toMatchObject({ status: 'IN_CONVERSATION', closedAt: null, version: 2 });
    const stale = await subgraph.query(FOLLOW_UP, { input: { id: request.id, version: 1, status: 'SCAN_PLANNED' } }, admin);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const became = await subgraph.query(
      FOLLOW_UP,
      { input: { id: request.id, version: 2, status: 'BECAME_TEAM', teamId: KATENDRECHT_TEAM } },
      admin,
    );
    expect(became.data.followUpNeighbourhoodRequest).toMatchObject({ status: 'BECAME_TEAM', team: { name: 'Buurtvolk Katendrecht' } });
    expect(became.data.followUpNeighbourhoodRequest.closedAt).not.toBeNull();

    const coordinator = await subgraph.query(
      FOLLOW_UP,
      { input: { id: request.id, version: 3, status: 'NEW' } },
      testIdentities.coordinator(KATENDRECHT_TEAM),
    );
    expect(coordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('loses its contact data 12 months after it closed, and not before', async () => {
    await subgraph.query(REQUEST, { input: form({ postcode: '2282', contactPhone: '0612345678' }) }, null);
    await subgraph.query(REQUEST, { input: form({ postcode: '3317' }) }, null);
    const all = await requests();
    const old = all.find((request) => request.postcode === '2282')!;
    const recent = all.find((request) => request.postcode === '3317')!;
    for (const request of [old, recent]) {
      const declined = await subgraph.query(
        FOLLOW_UP,
        { input: { id: request.id, version: 1, status: 'DECLINED', declineReason: 'Er werkt al een buurtteam' } },
        admin,
      );
      expect(declined.errors).toBeUndefined();
    }
    await subgraph.dataSource.query(`UPDATE neighbourhood_requests SET closed_at = now() - interval '12 months 1 day' WHERE id = $1`, [
      old.id,
    ]);
    await subgraph.dataSource.query(`UPDATE neighbourhood_requests SET closed_at = now() - interval '11 months' WHERE id = $1`, [
      recent.id,
    ]);

    expect(await deleteExpiredContactData(subgraph.dataSource)).toBe(1);
    expect(await deleteExpiredContactData(subgraph.dataSource)).toBe(0);
    const after = await requests();
    expect(after.find((request) => request.id === old.id)).toMatchObject({
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      status: 'DECLINED',
      declineReason: 'Er werkt al een buurtteam',
    });
    expect(after.find((request) => request.id === old.id).contactDeletedAt).not.toBeNull();
    expect(after.find((request) => request.id === recent.id)).toMatchObject({ contactName: 'Fatima El Amrani', contactDeletedAt: null });
    const [audit] = await subgraph.dataSource.query(
      `SELECT actor_role FROM audit_log WHERE action = 'neighbourhood-request.contact-deleted' AND entity_id = $1`,
      [old.id],
    );
    expect(audit).toEqual({ actor_role: 'SYSTEM' });
  });
});
