import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { teamsSubgraph } from './subgraph';
import { createNeighbourhood, createTeam } from './test/fixtures';

// Every subgraph serves the same audit log query (libs/subgraph-kit/src/audit.ts); the teams one stands for them all.
let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const LOG = `query ($person: ID, $actor: String, $action: String, $from: DateTime, $before: DateTime, $after: String, $first: Int! = 20) {
  teamsAuditLog(person: $person, actor: $actor, action: $action, from: $from, before: $before, after: $after, first: $first) {
    totalCount edges { cursor node { action entityType relatedIds actorSubject occurredAt } } pageInfo { hasNextPage endCursor }
  }
}`;
const ADD_MEMBER = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id version } }`;
const END_MEMBER = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id } }`;

async function log(variables: Record<string, unknown>, as = admin) {
  return subgraph.query(LOG, variables, as);
}

let teamId: string;
const person = randomUUID();
let startedAt: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph);
  startedAt = new Date().toISOString();
  teamId = (await createTeam(subgraph, (await createNeighbourhood(subgraph)).id)).id;
  const membership = (
    await subgraph.query(ADD_MEMBER, { input: { teamId, volunteerId: person, from: '2025-01-01', role: 'MEMBER' } }, admin)
  ).data.addMembership;
  await subgraph.query(ADD_MEMBER, { input: { teamId, volunteerId: randomUUID(), from: '2025-01-01', role: 'MEMBER' } }, admin);
  const ended = await subgraph.query(END_MEMBER, { input: { id: membership.id, version: membership.version, until: '2025-06-30' } }, admin);
  if (ended.errors) throw new Error(JSON.stringify(ended.errors));
});
afterAll(() => subgraph.destroy());

describe('the audit log, filtered', () => {
  it('finds the changes touching one person, newest first', async () => {
    const result = await log({ person });
    expect(result.errors).toBeUndefined();
    expect(result.data.teamsAuditLog.totalCount).toBe(2);
    expect(result.data.teamsAuditLog.edges.map((edge: { node: { action: string } }) => edge.node.action)).toEqual([
      'membership.ended',
      'membership.added',
    ]);
    expect(result.data.teamsAuditLog.edges.every((edge: { node: { relatedIds: string[] } }) => edge.node.relatedIds.includes(person))).toBe(
      true,
    );
  });

  it('filters by the start of an action, by the actor and by a time window', async () => {
    const added = await log({ action: 'membership.add' });
    expect(added.data.teamsAuditLog.totalCount).toBe(2);
    expect((await log({ action: 'team.' })).data.teamsAuditLog.totalCount).toBe(1);
    expect((await log({ actor: admin.subject, action: 'membership.' })).data.teamsAuditLog.totalCount).toBe(3);
    expect((await log({ actor: 'someone-else' })).data.teamsAuditLog.totalCount).toBe(0);

    const since = (await log({ from: startedAt })).data.teamsAuditLog.totalCount;
    expect(since).toBe(5);
    expect((await log({ before: startedAt })).data.teamsAuditLog.totalCount).toBe(0);
    expect((await log({ from: new Date(Date.now() + 60_000).toISOString() })).data.teamsAuditLog.totalCount).toBe(0);
  });

  it('pages through a filtered log without repeating or skipping an entry', async () => {
    const first = await log({ action: 'membership.', first: 2 });
    expect(first.data.teamsAuditLog.pageInfo.hasNextPage).toBe(true);
    const rest = await log({ action: 'membership.', first: 2, after: first.data.teamsAuditLog.pageInfo.endCursor });
    const actions = [...first.data.teamsAuditLog.edges, ...rest.data.teamsAuditLog.edges].map(
      (edge: { node: { action: string } }) => edge.node.action,
    );
    expect(actions.sort()).toEqual(['membership.added', 'membership.added', 'membership.ended']);
    expect(rest.data.teamsAuditLog.pageInfo.hasNextPage).toBe(false);
  });

  it('takes an action literally: wildcards are refused, not matched', async () => {
    const result = await log({ action: 'membership%' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await log({ action: 'membership_added' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for admins only', async () => {
    const asCoordinator = await log({ person }, testIdentities.coordinator(teamId));
    expect(asCoordinator.data?.teamsAuditLog ?? null).toBeNull();
    expect(asCoordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
