import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { IDENTITY_HEADER, type Identity, verifyGatewayIdentity } from '@buurtvolk/identity';
import { testIdentities } from '@buurtvolk/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentitySignatures } from './identity-signatures';
import { SubgraphDataSource } from './subgraph-data-source';

/** A subgraph stand-in on a real socket: answers after `delayMs` with who asked, and counts what reached it. */
let server: Server;
let url: string;
let received: { query: string; subject: string | null }[] = [];
let delayMs = 50;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      const identity = await verifyGatewayIdentity(String(request.headers[IDENTITY_HEADER]), 'teams');
      received.push({ query: JSON.parse(body).query, subject: identity?.subject ?? null });
      setTimeout(() => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ data: { caller: identity?.subject ?? null, teams: [{ id: 't1', name: 'Feijenoord' }] } }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  received = [];
  delayMs = 50;
});

function dataSource(options: { timeoutMs?: number; mergeInFlight?: boolean } = {}) {
  return new SubgraphDataSource(
    'teams',
    url,
    { timeoutMs: options.timeoutMs ?? 2_000, maxSockets: 8, mergeInFlight: options.mergeInFlight },
    new IdentitySignatures(),
  );
}

function send(source: SubgraphDataSource, query: string, identity: Identity | null) {
  return source.process({
    kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
    request: { query, variables: { first: 10 } },
    context: { identity, requestId: 'test' },
  });
}

const TEAMS = 'query ($first: Int) { teams(first: $first) { id name } }';
const admin = testIdentities.admin();
const volunteer = testIdentities.volunteer('volunteer-1', 'team-1');

describe('the gateway’s subgraph requests', () => {
  it('merges identical queries of one caller that are in flight together, giving each its own copy', async () => {
    const source = dataSource();
    const [first, second] = await Promise.all([send(source, TEAMS, admin), send(source, TEAMS, admin)]);
    expect(received).toHaveLength(1);
    expect(first.data).toEqual({ caller: 'test-admin', teams: [{ id: 't1', name: 'Feijenoord' }] });
    expect(second.data).toEqual(first.data);
    (first.data!.teams as { name: string }[])[0].name = 'changed by the first request';
    expect((second.data!.teams as { name: string }[])[0].name).toBe('Feijenoord');
  });

  it('never merges different callers, mutations, or requests that are not in flight together', async () => {
    const source = dataSource();
    const answers = await Promise.all([send(source, TEAMS, admin), send(source, TEAMS, volunteer), send(source, TEAMS, null)]);
    expect(answers.map((answer) => answer.data!.caller)).toEqual(['test-admin', volunteer.subject, null]);
    expect(received).toHaveLength(3);

    received = [];
    const MUTATION = 'mutation { renameTeam(id: "t1", name: "x") { id } }';
    await Promise.all([send(source, MUTATION, admin), send(source, MUTATION, admin)]);
    expect(received).toHaveLength(2);

    received = [];
    await send(source, TEAMS, admin);
    await send(source, TEAMS, admin);
    expect(received).toHaveLength(2);
  });

  it('sends each query on its own when merging is off', async () => {
    const source = dataSource({ mergeInFlight: false });
    await Promise.all([send(source, TEAMS, admin), send(source, TEAMS, admin)]);
    expect(received).toHaveLength(2);
  });

  it('reports a subgraph slower than its timeout as unavailable for that part of the answer', async () => {
    // undici checks its timeouts about twice a second, so the subgraph is far slower than that.
    delayMs = 3_000;
    await expect(send(dataSource({ timeoutMs: 300 }), TEAMS, admin)).rejects.toMatchObject({
      message: expect.stringContaining('did not answer in time'),
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'teams' },
    });
  });
});

describe('identity signatures', () => {
  it('reuses a caller’s signed header for 30 s per subgraph, then signs a fresh one', async () => {
    let now = 1_000_000;
    const signatures = new IdentitySignatures(() => now);
    const first = await signatures.forSubgraph(admin, 'teams');
    expect(await signatures.forSubgraph(admin, 'teams')).toBe(first);
    expect(await signatures.forSubgraph(admin, 'finance')).not.toBe(first);
    expect(await signatures.forSubgraph(volunteer, 'teams')).not.toBe(first);
    now += 30_001;
    // jose stamps whole seconds: wait for the next one so a fresh token differs from the first.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const fresh = await signatures.forSubgraph(admin, 'teams');
    expect(fresh).not.toBe(first);
    expect(await verifyGatewayIdentity(fresh, 'teams')).toMatchObject({ subject: 'test-admin' });
  });
});
