import { demoId } from '@buurtvolk/domain';
import { issueDevToken, Role } from '@buurtvolk/identity';
import { bearerHeaders, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { SignJWT } from 'jose';
import { startGateway } from './gateway';
import { startTestFederation, type TestFederation } from './test/federation';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let federation: TestFederation;
let url: string;

beforeAll(async () => {
  federation = await startTestFederation();
  url = federation.gateway.url;
});
afterAll(() => federation.stop());

const TEAMS_WITH_PLACES = `{ teams(first: 100, city: "Rotterdam") { totalCount edges { node { name neighbourhood { name city municipalityCode } partners { name kind } } } } }`;

describe('the gateway, end to end', () => {
  it('answers a query for teams with their neighbourhood and partners, for a caller with a token', async () => {
    const result = await postGraphQL(url, { query: TEAMS_WITH_PLACES }, await bearerHeaders(testIdentities.admin()));
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data.teams.totalCount).toBe(5);
    const feijenoord = result.data.teams.edges.find((edge: { node: { name: string } }) => edge.node.name === 'Buurtvolk Feijenoord').node;
    expect(feijenoord.neighbourhood).toEqual({ name: 'Feijenoord', city: 'Rotterdam', municipalityCode: 'GM0599' });
    expect(feijenoord.partners.map((partner: { name: string }) => partner.name)).toEqual([
      'Gemeente Rotterdam',
      'Laurens',
      'Woonstad Rotterdam',
    ]);
  });

  it('joins fields of two subgraphs in one answer', async () => {
    const result = await postGraphQL(
      url,
      { query: `query ($id: ID!) { team(id: $id) { name note } }`, variables: { id: demoId('team:charlois') } },
      await bearerHeaders(testIdentities.admin()),
    );
    expect(result.data.team).toEqual({ name: 'Buurtvolk Charlois', note: `note for ${demoId('team:charlois')}` });
  });

  it('refuses forged, expired and foreign tokens with UNAUTHENTICATED and no internals', async () => {
    const identity = { subject: 'x', role: Role.ADMIN, teamIds: [] };
    const valid = await issueDevToken(identity);
    const forged = `${valid.slice(0, valid.lastIndexOf('.'))}.${'A'.repeat(43)}`;
    const expired = await issueDevToken(identity, { expiresIn: '-1m' });
    const foreign = await new SignJWT({ role: 'ADMIN', sub: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('elsewhere')
      .setAudience('buurtvolk')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(40)));
    for (const [token, message] of [
      [forged, /signature/],
      [expired, /expired/],
      [foreign, /not valid|not accepted/],
      ['not-a-jwt', /not a valid/],
    ] as const) {
      const result = await postGraphQL(url, { query: '{ teams { totalCount } }' }, { authorization: `Bearer ${token}` });
      expect(result.status).toBe(401);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].message).toMatch(message);
      expect(result.text).not.toMatch(/stack|at .*\.ts|node_modules/);
    }
  });

  it('gives a clear 4xx for malformed JSON, an unknown field and an oversized body', async () => {
    const malformed = await postGraphQL(url, '{"query": "{ teams { totalCount } }"');
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.[0].message).toBe('The request body is not valid JSON');

    const unknown = await postGraphQL(url, { query: '{ teams { edges { node { password } } } }' });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const oversized = await postGraphQL(url, { query: `{ teams { totalCount } } # ${'x'.repeat(200_000)}` });
    expect(oversized.status).toBe(413);
    expect(oversized.errors?.[0].message).toBe('The request body is too large');
  });

  it('answers the other parts when a subgraph is down, and recovers when it returns', async () => {
    const query = `{ teams(first: 2) { edges { node { name note } } } }`;
    await federation.notes.stop();
    const partial = await postGraphQL(url, { query });
    expect(partial.status).toBe(200);
    expect(partial.data.teams.edges.map((edge: { node: { name: string; note: string | null } }) => edge.node)).toEqual([
      { name: 'Buurtvolk Afrikaanderwijk', note: null },
      { name: 'Buurtvolk Bouwlust', note: null },
    ]);
    expect(partial.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(partial.errors?.[0].message).toContain('notes service is unavailable');

    await federation.notes.restart();
    const recovered = await postGraphQL(url, { query });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data.teams.edges[0].node.note).toBe(`note for ${demoId('team:afrikaanderwijk')}`);
  });

  it('reports the owning subgraph down without a stack trace, then recovers', async () => {
    await federation.teams.stop();
    const down = await postGraphQL(url, { query: '{ teams { totalCount } }' });
    expect(down.data).toBeNull();
    expect(down.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.errors?.[0].extensions?.requestId).toEqual(expect.any(String));
    expect(down.text).not.toContain('ECONNREFUSED');

    await federation.teams.restart();
    const back = await postGraphQL(url, { query: '{ teams { totalCount } }' });
    // Anonymous callers see active teams only: 7 of the 9 demo teams.
    expect(back.data).toEqual({ teams: { totalCount: 7 } });
  });

  it('serves health endpoints', async () => {
    const base = url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });
});

describe('limits', () => {
  async function send(body: unknown) {
    return postGraphQL(url, body, await bearerHeaders(testIdentities.admin()));
  }

  it('lets an ordinary page through', async () => {
    const result = await send({
      query:
        '{ teams(first: 20) { totalCount edges { node { name status sizeIndicator neighbourhood { name city } partners { name kind } memberships { role } } } } }',
    });
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['maxDepth', 10, `{ teams { edges { node { ${'neighbourhood { teams { '.repeat(5)}name${' } }'.repeat(5)} } } } }`],
    ['maxAliases', 15, `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: themes { theme }`).join(' ')} }`],
    ['maxCost', 10_000, '{ teams(first: 100) { edges { node { partners { neighbourhoods { teams { name } } } } } } }'],
  ])('refuses a query over %s and names the limit', async (name, allowed, query) => {
    const result = await send({ query });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toContain(`over the limit of ${allowed} (${name})`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: { name, allowed, found: expect.any(Number) } });
  });

  it('takes a batch of up to 5 operations and refuses more, naming the limit', async () => {
    const batch = (size: number) => Array.from({ length: size }, () => ({ query: '{ themes { theme } }' }));
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch(5)) });
    expect(((await response.json()) as { data: unknown }[]).map((part: { data: unknown }) => Boolean(part.data))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    const refused = await send(batch(6));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Batch size of 6 is over the limit of 5 (maxBatchSize)',
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
  });
});

describe('in production', () => {
  it('turns off introspection and "did you mean" hints', async () => {
    const saved = { ...process.env };
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    Object.assign(process.env, {
      NODE_ENV: 'production',
      GATEWAY_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      GATEWAY_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      CURSOR_SECRET: 'a-production-cursor-secret-of-32-chars',
    });
    const production = await startGateway({
      supergraphSdl: federation.supergraphSdl,
      port: 0,
      verifyCaller: async () => testIdentities.admin(),
    });
    try {
      const introspection = await postGraphQL(production.url, { query: '{ __schema { types { name } } }' });
      expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(introspection.errors?.[0].message).toMatch(/introspection/i);
      const typo = await postGraphQL(production.url, { query: '{ teams { totalCont } }' });
      expect(typo.errors?.[0].message).not.toContain('Did you mean');
      const ok = await postGraphQL(production.url, { query: '{ teams { totalCount } }' }, { authorization: 'Bearer from-the-provider' });
      expect(ok.data).toEqual({ teams: { totalCount: 9 } });
    } finally {
      await production.stop();
      process.env = saved;
    }
  });

  it('knows the portal’s operations by hash, so the portal sends no documents, and asks for any other hash in full', async () => {
    const document = '{ teams(first: 3) { totalCount } }';
    const hash = createHash('sha256').update(document).digest('hex');
    const builtPortal = mkdtempSync(join(tmpdir(), 'portal-'));
    writeFileSync(join(builtPortal, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(builtPortal, 'persisted-documents.json'), JSON.stringify({ [hash]: document }));
    const gateway = await startGateway({
      supergraphSdl: federation.supergraphSdl,
      port: 0,
      portal: { signIn: { kind: 'development' }, directory: builtPortal },
    });
    const byHash = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    try {
      const known = await postGraphQL(gateway.url, byHash(hash), await bearerHeaders(testIdentities.admin()));
      expect(known.data).toEqual({ teams: { totalCount: 9 } });
      const unknown = await postGraphQL(gateway.url, byHash('0'.repeat(64)));
      expect(unknown.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      await gateway.stop();
      rmSync(builtPortal, { recursive: true, force: true });
    }
  });
});
