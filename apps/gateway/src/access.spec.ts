import { demoId } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, postGraphQL, testIdentities, deliverEvent } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { startTestFederation, type TestFederation } from './test/federation';
import { teamsSubgraph } from '../../teams/src/subgraph';

/**
 * Every operation of the teams subgraph, for every kind of caller, through the gateway: who is allowed,
 * who is refused, and with which code.
 */
let federation: TestFederation;

const TEAM_A = demoId('team:feijenoord');
const TEAM_B = demoId('team:charlois');
const callers: Record<string, Identity | null> = {
  anonymous: null,
  volunteerOfA: testIdentities.volunteer(demoId('volunteer:feijenoord-02'), TEAM_A),
  coordinatorOfA: testIdentities.coordinator(TEAM_A, demoId('volunteer:feijenoord-01')),
  coordinatorOfB: testIdentities.coordinator(TEAM_B, demoId('volunteer:charlois-01')),
  partner: testIdentities.partner(demoId('partner:gemeente-rotterdam')),
  admin: testIdentities.admin(),
};
type Caller = keyof typeof callers;
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';

async function call(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const identity = callers[caller];
  return postGraphQL(federation.gateway.url, { query, variables }, identity ? await bearerHeaders(identity) : {});
}

async function asAdmin(query: string, variables: Record<string, unknown> = {}) {
  const result = await call('admin', query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A new person registered for team A, as the volunteers service's event tells the teams service. */
async function registeredByTeamA(): Promise<string> {
  const volunteerId = randomUUID();
  await federation.teams.dataSource.transaction((manager) =>
    deliverEvent(teamsSubgraph, manager, 'VolunteerRegistered', { volunteerId, teamId: TEAM_A }),
  );
  return volunteerId;
}

async function currentTeamVersion(teamId: string): Promise<number> {
  return (await asAdmin(`query ($id: ID!) { team(id: $id) { version } }`, { id: teamId })).team.version;
}

/** Each operation prepares its own variables (fresh versions, fresh memberships) so that every allowed call succeeds. */
const operations: { name: string; query: string; variables?: () => Promise<Record<string, unknown>>; expect: Record<Caller, Outcome> }[] = [
  {
    name: 'themes',
    query: '{ themes { theme labelNl labelEn } }',
    expect: {
      anonymous: 'allowed',
      volunteerOfA: 'allowed',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'allowed',
      partner: 'allowed',
      admin: 'allowed',
    },
  },
  {
    name: 'teams with their neighbourhood and city',
    query: '{ teams { edges { node { name status neighbourhood { name city } } } } }',
    expect: {
      anonymous: 'allowed',
      volunteerOfA: 'allowed',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'allowed',
      partner: 'allowed',
      admin: 'allowed',
    },
  },
  {
    name: 'team details (dates, version)',
    query: `{ team(id: "${TEAM_A}") { startsOn commitmentEndsOn version } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'allowed',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'allowed',
      partner: 'allowed',
      admin: 'allowed',
    },
  },
  {
    name: 'team size and partners',
    query: `{ team(id: "${TEAM_A}") { memberCount sizeIndicator partners { name } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'allowed',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'allowed',
      partner: 'allowed',
      admin: 'allowed',
    },
  },
  {
    name: 'team members',
    query: `{ team(id: "${TEAM_A}") { memberships { role volunteer { id } } } }`,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'allowed',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'neighbourhoods with codes',
    query: '{ neighbourhoods { name municipalityCode classificationYear } }',
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'allowed',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'allowed',
      partner: 'allowed',
      admin: 'allowed',
    },
  },
  {
    name: 'partners',
    query: '{ partners { name kind neighbourhoods { name } } }',
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'allowed',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'allowed',
      partner: 'allowed',
      admin: 'allowed',
    },
  },
  {
    name: 'audit log',
    query: '{ teamsAuditLog { totalCount edges { node { action actorRole entityType } } } }',
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'FORBIDDEN',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'createNeighbourhood',
    query: 'mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }',
    variables: async () => ({
      input: {
        name: `Wijk ${randomUUID()}`,
        city: 'Rotterdam',
        municipalityName: 'Rotterdam',
        municipalityCode: 'GM0599',
        classificationYear: 2024,
      },
    }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'FORBIDDEN',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'updateNeighbourhood',
    query: 'mutation ($input: UpdateNeighbourhoodInput!) { updateNeighbourhood(input: $input) { id } }',
    variables: async () => {
      const { neighbourhood } = await asAdmin(`query ($id: ID!) { neighbourhood(id: $id) { version } }`, {
        id: demoId('neighbourhood:feijenoord'),
      });
      return { input: { id: demoId('neighbourhood:feijenoord'), version: neighbourhood.version, city: 'Rotterdam' } };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'FORBIDDEN',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'createTeam',
    query: 'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
    variables: async () => ({
      input: {
        name: `Team ${randomUUID()}`,
        neighbourhoodId: demoId('neighbourhood:feijenoord'),
        startsOn: '2026-01-01',
        commitmentEndsOn: '2031-01-01',
      },
    }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'FORBIDDEN',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'updateTeam of team A',
    query: 'mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }',
    variables: async () => ({ input: { id: TEAM_A, version: await currentTeamVersion(TEAM_A), name: 'Buurtvolk Feijenoord' } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'createPartner',
    query: 'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
    variables: async () => ({ input: { name: `Partner ${randomUUID()}`, kind: 'OTHER', neighbourhoodIds: [] } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'FORBIDDEN',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'updatePartner',
    query: 'mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }',
    variables: async () => {
      const { partner } = await asAdmin(`query ($id: ID!) { partner(id: $id) { version } }`, { id: demoId('partner:laurens') });
      return { input: { id: demoId('partner:laurens'), version: partner.version, kind: 'CARE_INSTITUTION' } };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'FORBIDDEN',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'addMembership to team A',
    query: 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
    variables: async () => ({ input: { teamId: TEAM_A, volunteerId: await registeredByTeamA(), from: '2026-01-01' } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
  {
    name: 'endMembership in team A',
    query: 'mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id } }',
    variables: async () => {
      const { addMembership } = await asAdmin('mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id version } }', {
        input: { teamId: TEAM_A, volunteerId: randomUUID(), from: '2026-01-01' },
      });
      return { input: { id: addMembership.id, version: addMembership.version, until: '2026-06-30' } };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      volunteerOfA: 'FORBIDDEN',
      coordinatorOfA: 'allowed',
      coordinatorOfB: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      admin: 'allowed',
    },
  },
];

beforeAll(async () => {
  federation = await startTestFederation();
});
afterAll(() => federation.stop());

describe.each(operations)('$name', ({ query, variables, expect: expected }) => {
  it.each(Object.keys(callers) as Caller[])('%s', async (caller) => {
    const result = await call(caller, query, variables ? await variables() : {});
    const outcome: Outcome | string = result.errors ? String(result.errors[0].extensions?.code) : 'allowed';
    expect(outcome).toBe(expected[caller]);
    if (outcome === 'allowed') expect(Object.values(result.data).every((value) => value !== null)).toBe(true);
  });
});

describe('scoped reads', () => {
  it('shows anonymous callers active teams only', async () => {
    const result = await call('anonymous', '{ teams(first: 100) { totalCount edges { node { status } } } }');
    expect(result.data.teams.totalCount).toBe(7);
    expect(new Set(result.data.teams.edges.map((edge: { node: { status: string } }) => edge.node.status))).toEqual(new Set(['ACTIVE']));
  });

  it('gives anonymous callers the public fields of a team beside one they are refused', async () => {
    const result = await call('anonymous', `{ team(id: "${TEAM_A}") { name memberCount } }`);
    expect(result.data).toEqual({ team: { name: 'Buurtvolk Feijenoord', memberCount: null } });
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['team', 'memberCount'], 'UNAUTHENTICATED']]);
  });

  it("shows a partner only the teams and neighbourhoods of their organisation's area", async () => {
    const leiden = await bearerHeaders(testIdentities.partner(demoId('partner:gemeente-leiden')));
    const teams = await postGraphQL(
      federation.gateway.url,
      { query: '{ teams { totalCount edges { node { name } } } neighbourhoods { name } }' },
      leiden,
    );
    expect(teams.data).toEqual({
      teams: { totalCount: 1, edges: [{ node: { name: 'Buurtvolk Leiden-Noord' } }] },
      neighbourhoods: [{ name: 'Leiden-Noord' }],
    });
    const elsewhere = await postGraphQL(federation.gateway.url, { query: `{ team(id: "${TEAM_A}") { name } }` }, leiden);
    expect(elsewhere.data).toEqual({ team: null });
  });

  it('hides member counts under 10 from partners, not from staff', async () => {
    const query = `{ team(id: "${demoId('team:crabbehof')}") { memberCount sizeIndicator } }`;
    const partner = await postGraphQL(
      federation.gateway.url,
      { query },
      await bearerHeaders(testIdentities.partner(demoId('partner:gemeente-dordrecht'))),
    );
    expect(partner.data).toEqual({ team: { memberCount: null, sizeIndicator: 'BELOW' } });
    expect((await call('admin', query)).data).toEqual({ team: { memberCount: 6, sizeIndicator: 'BELOW' } });
  });

  it('records who changed memberships, without personal values, for admins to read', async () => {
    const volunteerId = await registeredByTeamA();
    await call('coordinatorOfA', 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
      input: { teamId: TEAM_A, volunteerId, from: '2026-02-01' },
    });
    const log = await asAdmin(
      '{ teamsAuditLog(first: 1) { edges { node { action actorSubject actorRole entityType relatedIds requestId } } } }',
    );
    expect(log.teamsAuditLog.edges[0].node).toEqual({
      action: 'membership.added',
      actorSubject: callers.coordinatorOfA!.subject,
      actorRole: 'COORDINATOR',
      entityType: 'Membership',
      relatedIds: [TEAM_A, volunteerId],
      requestId: expect.any(String),
    });
  });
});

describe('subgraphs reached directly', () => {
  it('refuse requests without a valid gateway signature', async () => {
    const query = JSON.stringify({ query: '{ teams { totalCount } }' });
    const unsigned = await postGraphQL(federation.teams.url, query);
    expect(unsigned.status).toBe(401);
    expect(unsigned.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const withCallerToken = await postGraphQL(federation.teams.url, query, {
      'x-buurtvolk-identity': (await bearerHeaders(testIdentities.admin())).authorization.slice(7),
    });
    expect(withCallerToken.status).toBe(401);
    expect(withCallerToken.data).toBeUndefined();
  });

  it('keep their health endpoints open', async () => {
    expect((await fetch(federation.teams.url.replace('/graphql', '/health/ready'))).status).toBe(200);
  });
});
