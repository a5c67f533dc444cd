import { demoId } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, pollUntil, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { startTestFederation, type TestFederation } from './test/federation';

/** Volunteers and teams together through the gateway: scoped lists, export, and erasure carried by events. */
let federation: TestFederation;
const FEIJENOORD = demoId('team:feijenoord');
const coordinator = testIdentities.coordinator(FEIJENOORD, demoId('volunteer:feijenoord-01'));
const admin = testIdentities.admin();

beforeAll(async () => {
  federation = await startTestFederation({ volunteers: true });
});
afterAll(() => federation.stop());

async function query(identity: Identity, text: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(federation.gateway.url, { query: text, variables }, await bearerHeaders(identity));
}

const TEAM_VOLUNTEERS = `query ($team: ID!) {
  volunteers(team: $team, first: 50) { totalCount edges { node { displayName talents latestWellbeing { takenOn mentalHealth } memberships { role } currentTeam { name } } } }
  team(id: $team) { name wellbeing { people domains { domain change } } }
}`;

describe('volunteers through the gateway', () => {
  it("lists a coordinator's team with talents, latest wellbeing and memberships; a partner gets only the aggregates", async () => {
    const mine = await query(coordinator, TEAM_VOLUNTEERS, { team: FEIJENOORD });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.volunteers.totalCount).toBe(18);
    expect(mine.data.volunteers.edges[0].node).toMatchObject({
      talents: expect.any(Array),
      currentTeam: { name: 'Buurtvolk Feijenoord' },
      memberships: [{ role: expect.any(String) }],
    });
    expect(mine.data.volunteers.edges.some((edge: { node: { latestWellbeing: unknown } }) => edge.node.latestWellbeing !== null)).toBe(
      true,
    );
    expect(mine.data.team.wellbeing.people).toBeGreaterThanOrEqual(10);

    const partner = await query(testIdentities.partner(demoId('partner:gemeente-rotterdam')), TEAM_VOLUNTEERS, { team: FEIJENOORD });
    expect(partner.data.volunteers).toEqual({ totalCount: 18, edges: null });
    expect(partner.data.team.wellbeing).toEqual(mine.data.team.wellbeing);
    expect(partner.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(partner.text).not.toMatch(/givenName|email|@example\.org/);
  });

  it('learns of a new membership from the teams service', async () => {
    const registered = await query(admin, `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`, {
      input: { teamId: FEIJENOORD, displayName: 'Nieuw', joinedOn: '2026-10-01' },
    });
    const id = registered.data.registerVolunteer.id;
    await query(admin, `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`, {
      input: { teamId: FEIJENOORD, volunteerId: id, from: '2026-10-01' },
    });
    const listed = await pollUntil(
      () => query(coordinator, `query ($team: ID!) { volunteers(team: $team, first: 100) { totalCount } }`, { team: FEIJENOORD }),
      (result) => result.data?.volunteers.totalCount === 19,
    );
    expect(listed.data.volunteers.totalCount).toBe(19);
  });
});

describe('right of access and right to be forgotten', () => {
  const person = demoId('volunteer:feijenoord-07');
  const EXPORT = `query ($id: ID!) { volunteer(id: $id) { personalDataExport { volunteerId volunteers teams } } }`;

  it('exports everything about a person from every service in one query, for them and admins only', async () => {
    const own = await query(testIdentities.volunteer(person, FEIJENOORD), EXPORT, { id: person });
    expect(own.errors).toBeUndefined();
    const document = own.data.volunteer.personalDataExport;
    expect(document.volunteers.profile).toMatchObject({ id: person, givenName: expect.any(String), email: expect.stringContaining('@') });
    expect(document.volunteers.consents.map((consent: { purpose: string }) => consent.purpose)).toContain('CONTACT');
    expect(document.teams.memberships).toEqual([expect.objectContaining({ teamId: FEIJENOORD, until: null })]);

    const mate = await query(testIdentities.volunteer(demoId('volunteer:feijenoord-08'), FEIJENOORD), EXPORT, { id: person });
    expect(mate.data.volunteer.personalDataExport).toBeNull();
    expect(mate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('erases a person everywhere: never readable again, memberships ended by the teams service, both audit logs', async () => {
    const erased = await query(admin, `mutation ($id: ID!) { eraseVolunteer(id: $id) }`, { id: person });
    expect(erased.data).toEqual({ eraseVolunteer: person });

    const read = await query(admin, `query ($id: ID!) { volunteer(id: $id) { displayName } }`, { id: person });
    expect(read.data.volunteer).toBeNull();
    const [row] = await federation.volunteers!.dataSource.query(
      'SELECT given_name, email, phone, date_of_birth, talents FROM volunteers WHERE id = $1',
      [person],
    );
    expect(row).toEqual({ given_name: null, email: null, phone: null, date_of_birth: null, talents: [] });
    expect(
      Number(
        (await federation.volunteers!.dataSource.query('SELECT count(*) AS n FROM wellbeing_checks WHERE volunteer_id = $1', [person]))[0]
          .n,
      ),
    ).toBe(0);

    const memberships = await pollUntil(
      () => federation.teams.dataSource.query('SELECT until_date FROM memberships WHERE volunteer_id = $1', [person]),
      (rows: { until_date: string | null }[]) => rows.every((membership) => membership.until_date !== null),
    );
    expect(memberships.every((membership: { until_date: string | null }) => membership.until_date !== null)).toBe(true);

    const audit = await query(
      admin,
      `query ($id: ID!) { volunteersAuditLog(entityId: $id, first: 5) { edges { node { action } } } teamsAuditLog(first: 5) { edges { node { action relatedIds } } } }`,
      { id: person },
    );
    expect(audit.data.volunteersAuditLog.edges.map((edge: { node: { action: string } }) => edge.node.action)).toContain('volunteer.erased');
    expect(
      audit.data.teamsAuditLog.edges.some(
        (edge: { node: { action: string; relatedIds: string[] } }) =>
          edge.node.action === 'membership.ended.erasure' && edge.node.relatedIds.includes(person),
      ),
    ).toBe(true);

    const again = await query(admin, `mutation ($id: ID!) { eraseVolunteer(id: $id) }`, { id: person });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
