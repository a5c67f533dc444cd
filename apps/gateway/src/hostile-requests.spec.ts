import { demoId } from '@buurtvolk/domain';
import { bearerHeaders, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { SignJWT } from 'jose';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * Hostile and broken requests at the gateway: each gets a clear 4xx or GraphQL error, never a 500 or an
 * internal detail, and none of them changes the database.
 */
let federation: TestFederation;
let admin: Record<string, string>;

interface Hostile {
  name: string;
  body?: unknown;
  raw?: string;
  method?: 'GET' | 'POST';
  path?: string;
  headers?: () => Promise<Record<string, string>> | Record<string, string>;
  /** The code of the first error, or 'OK' when the request is harmless and simply answered. */
  expect: string;
}

const deep = (levels: number) =>
  `{ teams { edges { node { ${'neighbourhood { teams { '.repeat(levels)}name${' } }'.repeat(levels)} } } } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: teams(first: 100) { totalCount }`).join(' ')} }`;
/** Fragments F0…F(count-1) on `type`, each spreading the next twice: F0 expands to 2^(count-1) copies of `leaf`. */
const fragmentChain = (count: number, type: string, leaf: string) =>
  Array.from({ length: count }, (_, i) =>
    i === count - 1 ? `fragment F${i} on ${type} { ${leaf} }` : `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} }`,
  ).join(' ');
const FRAGMENT_EXPLOSION = `query { ...F0 } ${fragmentChain(30, 'Query', '__typename')}`;
/** Within every other limit (2,000 tokens): graphql-js alone compares the copies pairwise, about two million times. */
const REPEATED_FIELD = `{ themes { ${'theme '.repeat(1_990)}} }`;
const spreadList = (count: number) => Array.from({ length: count }, (_, i) => `...F${i}`).join(' ');
/** Fragments on Team that take turns over four fields, so that 31 of them repeat none more than 8 times. */
const fragmentList = (count: number) =>
  Array.from({ length: count }, (_, i) => `fragment F${i} on Team { ${['id', 'name', 'status', 'version'][i % 4]} }`).join(' ');
/** `copies` of `neighbourhood { teams { … } }` in each selection set, `levels` deep: copies^levels names on one path. */
const nestedRepeats = (levels: number, copies: number): string =>
  levels === 0 ? 'name' : `${`neighbourhood { teams { ${nestedRepeats(levels - 1, copies)} } } `.repeat(copies)}`;
// 1 + size × (edges 1 + node 1 + partners 1 + 10 × (neighbourhoods 1 + 10 × 5 fields)): under 10 000 for 10, over it for 20.
const PARTNER_AREAS = 'edges { node { partners { neighbourhoods { id name city municipalityName municipalityCode } } } }';
const jwt = async (claims: Record<string, unknown>, issuer: string, audience: string, secret: string, expires = '1h') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(secret));
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const asAdmin = () => admin;
const CREATE_TEAM = 'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }';
const teamInput = (overrides: Record<string, unknown>) => ({
  name: 'Hostile',
  neighbourhoodId: demoId('neighbourhood:feijenoord'),
  startsOn: '2026-01-01',
  commitmentEndsOn: '2031-01-01',
  ...overrides,
});

const requests: Hostile[] = [
  { name: 'malformed JSON', raw: '{"query": "{ teams { totalCount } }"', expect: 'BAD_REQUEST' },
  { name: 'empty body', raw: '', expect: 'BAD_REQUEST' },
  { name: 'a JSON number as body', raw: '42', expect: 'BAD_REQUEST' },
  { name: 'a JSON string as body', raw: '"{ teams { totalCount } }"', expect: 'BAD_REQUEST' },
  { name: 'no query', body: { variables: {} }, expect: 'BAD_REQUEST' },
  { name: 'a query that is not a string', body: { query: 42 }, expect: 'BAD_REQUEST' },
  { name: 'variables that are not an object', body: { query: '{ teams { totalCount } }', variables: 'x' }, expect: 'BAD_REQUEST' },
  { name: 'a syntax error', body: { query: '{ teams { ' }, expect: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', body: { query: '{ teams { edges { node { passwordHash } } } }' }, expect: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown root field', body: { query: '{ users { email } }' }, expect: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a fragment on the wrong type',
    body: { query: '{ teams { ...F } } fragment F on Partner { name }' },
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'circular fragments',
    body: { query: '{ team(id: "x") { ...A } } fragment A on Team { neighbourhood { teams { ...B } } } fragment B on Team { ...A }' },
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a self-referencing fragment',
    body: { query: '{ team(id: "x") { ...A } } fragment A on Team { name ...A }' },
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a deeply nested query', body: { query: deep(30) }, expect: 'LIMIT_EXCEEDED' },
  { name: 'nesting just over the depth limit', body: { query: deep(4) }, expect: 'LIMIT_EXCEEDED' },
  { name: 'an alias bomb', body: { query: aliases(100) }, expect: 'LIMIT_EXCEEDED' },
  {
    name: 'a cost bomb through list sizes',
    body: { query: '{ teams(first: 100) { edges { node { partners { neighbourhoods { teams { partners { name } } } } } } } }' },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a cost bomb through a variable page size',
    body: {
      query: 'query ($n: Int!) { teams(first: $n) { edges { node { partners { neighbourhoods { teams { name } } } } } } }',
      variables: { n: 100 },
    },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a fragment spread twice, 30 levels deep (2^29 fields from 2 kB)',
    body: { query: FRAGMENT_EXPLOSION },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'an aliased field in a fragment explosion',
    body: { query: `query { ...F0 } ${fragmentChain(30, 'Query', 'a: __typename b: themes { theme }')}` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a fragment explosion below a field',
    body: { query: `{ team(id: "x") { ...F0 } } ${fragmentChain(30, 'Team', '__typename')}` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a fragment explosion in introspection (graphql-js walks it at every spread)',
    body: { query: `{ __schema { ...F0 } } ${fragmentChain(30, '__Schema', '__typename')}` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a fragment explosion in an unused fragment',
    body: { query: `{ __typename } fragment Unused on Query { __schema { ...F0 } } ${fragmentChain(30, '__Schema', '__typename')}` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a fragment cycle that explodes',
    body: { query: `{ team(id: "x") { ...F0 } } ${fragmentChain(30, 'Team', '...F0')}` },
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a cost bomb through a variable left to its default',
    body: { query: `query ($n: Int = 100) { teams(first: $n) { ${PARTNER_AREAS} } }` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a cost bomb through the default page size of a connection',
    body: { query: `{ teams { ${PARTNER_AREAS} } }` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'the same connection with a page of 10',
    body: { query: `{ teams(first: 10) { ${PARTNER_AREAS} } }` },
    headers: asAdmin,
    expect: 'OK',
  },
  { name: 'too many tokens', body: { query: `{ ${'__typename '.repeat(2_001)}}` }, expect: 'LIMIT_EXCEEDED' },
  {
    name: 'too many directives on a field',
    body: { query: `{ themes { theme ${'@skip(if: false) '.repeat(6)}} }` },
    expect: 'LIMIT_EXCEEDED',
  },
  { name: 'too many root fields', body: { query: `{ ${'themes { theme } '.repeat(21)}}` }, expect: 'LIMIT_EXCEEDED' },
  { name: 'one field 1,990 times (quadratic to validate)', body: { query: REPEATED_FIELD }, expect: 'LIMIT_EXCEEDED' },
  {
    name: 'an object field 330 times',
    body: { query: `{ team(id: "x") { ${'neighbourhood { name } '.repeat(330)}} }` },
    expect: 'LIMIT_EXCEEDED',
  },
  { name: 'repeats nested 3 deep, 4 of each', body: { query: `{ team(id: "x") { ${nestedRepeats(3, 4)}} }` }, expect: 'LIMIT_EXCEEDED' },
  {
    name: 'one field repeated in a fragment spread twice',
    body: { query: `{ team(id: "x") { ...F ...F } } fragment F on Team { ${'name '.repeat(900)}}` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'aliases that all answer to one name',
    body: { query: `{ team(id: "x") { ${'n: name '.repeat(11)}} }` },
    expect: 'LIMIT_EXCEEDED',
  },
  { name: 'one field 10 times, the most allowed', body: { query: `{ themes { ${'theme '.repeat(10)}} }` }, expect: 'OK' },
  {
    name: '1,000 spreads of fragments that do not exist',
    body: { query: `{ team(id: "x") { ${Array.from({ length: 990 }, (_, i) => `...M${i}`).join(' ')} } }` },
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a second fragment of one name, with the repeats',
    body: { query: `{ team(id: "x") { ...F } } fragment F on Team { name } fragment F on Team { ${'name '.repeat(1_970)}}` },
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '200 fragments spread together',
    body: { query: `{ team(id: "x") { ${spreadList(200)} } } ${fragmentList(200)}` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'inline fragments 600 deep',
    body: { query: `{ team(id: "x") { ${'... { '.repeat(600)}name${' }'.repeat(600)} } }` },
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a chain of fragments that each add a field',
    body: {
      query: `{ __typename } ${Array.from({ length: 110 }, (_, i) => `fragment G${i} on Team { ${i < 109 ? `...G${i + 1} ` : ''}name }`).join(' ')}`,
    },
    expect: 'LIMIT_EXCEEDED',
  },
  { name: 'a subscription', body: { query: 'subscription { __typename }' }, expect: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a null page size through a variable',
    body: { query: 'query ($f: Int) { teams(first: $f) { totalCount } }', variables: { f: null } },
    expect: 'BAD_USER_INPUT',
  },
  { name: 'a huge query text', raw: JSON.stringify({ query: `{ ${'__typename '.repeat(20_000)} }` }), expect: 'LIMIT_EXCEEDED' },
  {
    name: 'a batch over the batch limit',
    body: Array.from({ length: 10 }, () => ({ query: '{ themes { theme } }' })),
    expect: 'LIMIT_EXCEEDED',
  },
  { name: 'a batch of garbage', body: [1, 2], expect: 'BAD_REQUEST' },
  {
    name: 'an operationName that is not in the document',
    body: { query: 'query A { themes { theme } }', operationName: 'B' },
    expect: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'two operations without operationName',
    body: { query: 'query A { themes { theme } } query B { themes { theme } }' },
    expect: 'OPERATION_RESOLUTION_FAILURE',
  },
  { name: 'a string where an Int goes', body: { query: '{ teams(first: "ten") { totalCount } }' }, expect: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'a variable of the wrong type',
    body: { query: 'query ($n: Int!) { teams(first: $n) { totalCount } }', variables: { n: 'abc' } },
    expect: 'BAD_USER_INPUT',
  },
  { name: 'a negative page size', body: { query: '{ teams(first: -1) { totalCount } }' }, expect: 'BAD_USER_INPUT' },
  { name: 'a page size of a million', body: { query: '{ teams(first: 1000000) { edges { cursor } } }' }, expect: 'LIMIT_EXCEEDED' },
  { name: 'a page size over 100', body: { query: '{ teams(first: 101) { totalCount } }' }, expect: 'BAD_USER_INPUT' },
  { name: 'an unknown enum value', body: { query: '{ teams(status: DROPPED) { totalCount } }' }, expect: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'SQL in a string filter', body: { query: `{ teams(city: "x' OR '1'='1") { totalCount } }` }, expect: 'OK' },
  { name: 'SQL in a cursor', body: { query: `{ teams(after: "'; DELETE FROM teams; --") { totalCount } }` }, expect: 'BAD_USER_INPUT' },
  { name: 'SQL in an id', body: { query: `{ team(id: "1; DROP TABLE teams") { name } }` }, expect: 'OK' },
  {
    name: 'a 50 kB filter string',
    body: { query: 'query ($c: String) { teams(city: $c) { totalCount } }', variables: { c: 'x'.repeat(50_000) } },
    expect: 'BAD_USER_INPUT',
  },
  {
    name: 'a NUL character in a filter',
    body: { query: 'query ($c: String) { teams(city: $c) { totalCount } }', variables: { c: 'Rotter\u0000dam' } },
    expect: 'BAD_REQUEST',
  },
  {
    name: 'an oversized body',
    raw: JSON.stringify({ query: `{ teams { totalCount } } #${'x'.repeat(150_000)}` }),
    expect: 'LIMIT_EXCEEDED',
  },
  {
    name: 'a mutation without a token',
    body: { query: CREATE_TEAM, variables: { input: teamInput({ name: 'Anonymous team' }) } },
    expect: 'UNAUTHENTICATED',
  },
  {
    name: 'a mutation without its input',
    body: { query: 'mutation { createTeam { id } }' },
    headers: asAdmin,
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an input with an unknown field',
    body: { query: CREATE_TEAM, variables: { input: teamInput({ isAdmin: true }) } },
    headers: asAdmin,
    expect: 'BAD_USER_INPUT',
  },
  {
    name: 'a date that does not exist',
    body: { query: CREATE_TEAM, variables: { input: teamInput({ startsOn: '2026-13-45' }) } },
    headers: asAdmin,
    expect: 'BAD_USER_INPUT',
  },
  {
    name: 'an invalid id in an input',
    body: { query: CREATE_TEAM, variables: { input: teamInput({ neighbourhoodId: "' OR 1=1 --" }) } },
    headers: asAdmin,
    expect: 'BAD_USER_INPUT',
  },
  {
    name: 'a version that is not a number',
    body: { query: 'mutation { updateTeam(input: { id: "x", version: "1" }) { id } }' },
    headers: asAdmin,
    expect: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a mutation over GET',
    method: 'GET',
    path: `?query=${encodeURIComponent(`mutation { updateTeam(input: { id: "${demoId('team:feijenoord')}", version: 1, name: "GET" }) { id } }`)}`,
    headers: () => ({ 'apollo-require-preflight': 'true' }),
    expect: 'BAD_REQUEST',
  },
  {
    name: 'a GET without CSRF protection headers',
    method: 'GET',
    path: `?query=${encodeURIComponent('{ themes { theme } }')}`,
    expect: 'BAD_REQUEST',
  },
  {
    name: 'a text/plain POST (CSRF)',
    raw: JSON.stringify({ query: '{ themes { theme } }' }),
    headers: () => ({ 'content-type': 'text/plain' }),
    expect: 'BAD_REQUEST',
  },
  {
    name: 'a Basic authorization header',
    body: { query: '{ themes { theme } }' },
    headers: () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' }),
    expect: 'UNAUTHENTICATED',
  },
  {
    name: 'an unsigned token (alg none)',
    body: { query: '{ themes { theme } }' },
    headers: () =>
      bearer(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"ADMIN"}').toString('base64url')}.`),
    expect: 'UNAUTHENTICATED',
  },
  {
    name: 'a token for another audience',
    body: { query: '{ themes { theme } }' },
    headers: async () =>
      bearer(
        await jwt({ sub: 'x', role: 'ADMIN' }, 'buurtvolk-dev', 'someone-else', 'buurtvolk-dev-caller-key-only-for-local-development'),
      ),
    expect: 'UNAUTHENTICATED',
  },
  {
    name: 'a token signed with the gateway key',
    body: { query: '{ themes { theme } }' },
    headers: async () =>
      bearer(await jwt({ sub: 'x', role: 'ADMIN' }, 'buurtvolk-dev', 'buurtvolk', 'buurtvolk-dev-gateway-key-only-for-local-development')),
    expect: 'UNAUTHENTICATED',
  },
  {
    name: 'an expired token',
    body: { query: '{ themes { theme } }' },
    headers: async () =>
      bearer(
        await jwt({ sub: 'x', role: 'ADMIN' }, 'buurtvolk-dev', 'buurtvolk', 'buurtvolk-dev-caller-key-only-for-local-development', '-5m'),
      ),
    expect: 'UNAUTHENTICATED',
  },
  {
    name: 'a token with an unknown role',
    body: { query: '{ themes { theme } }' },
    headers: async () =>
      bearer(await jwt({ sub: 'x', role: 'ROOT' }, 'buurtvolk-dev', 'buurtvolk', 'buurtvolk-dev-caller-key-only-for-local-development')),
    expect: 'UNAUTHENTICATED',
  },
];

const LEAKS = /stack|node_modules|\.ts:\d|\bSELECT\b|\bINSERT\b|QueryFailed|TypeORM|ECONN|pg_|constraint|at [A-Za-z]+ \(/i;

async function snapshot(): Promise<unknown> {
  return federation.teams.dataSource.query(`
    SELECT (SELECT count(*) FROM teams) AS teams, (SELECT sum(version) FROM teams) AS team_versions,
           (SELECT count(*) FROM neighbourhoods) AS neighbourhoods, (SELECT count(*) FROM partners) AS partners,
           (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM audit_log) AS audit`);
}

beforeAll(async () => {
  federation = await startTestFederation();
  admin = await bearerHeaders(testIdentities.admin());
});
afterAll(() => federation.stop());

describe('hostile requests', () => {
  let before: unknown;
  beforeAll(async () => {
    before = await snapshot();
  });
  afterAll(async () => {
    expect(await snapshot()).toEqual(before);
  });

  it(`has at least 40 of them`, () => {
    expect(requests.length).toBeGreaterThanOrEqual(40);
  });

  it.each(requests)('$name → $expect', async ({ body, raw, method = 'POST', path = '', headers, expect: expected }) => {
    const response = await fetch(federation.gateway.url + path, {
      method,
      headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...(await headers?.()) },
      body: method === 'POST' ? (raw ?? JSON.stringify(body)) : undefined,
    });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(LEAKS);
    const parsed = JSON.parse(text);
    const first = Array.isArray(parsed) ? parsed[0] : parsed;
    if (expected === 'OK') {
      expect(response.status).toBe(200);
      expect(first.errors).toBeUndefined();
    } else {
      expect(first.errors?.[0]?.extensions?.code).toBe(expected);
      expect(first.errors[0].message.length).toBeGreaterThan(10);
    }
  });
});

describe('limits that cannot be walked around', () => {
  const post = (body: unknown) => postGraphQL(federation.gateway.url, body);

  // Before the limits walked each fragment once, this document kept the gateway at 100% CPU for minutes.
  it('refuses a fragment explosion and answers the next request', async () => {
    const refused = await post({ query: FRAGMENT_EXPLOSION });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'LIMIT_EXCEEDED', limit: { name: 'maxRootFields', allowed: 20, found: 2 ** 29 } },
    });
    const answered = await post({ query: '{ themes { theme } }' });
    expect(answered.status).toBe(200);
    expect(answered.data.themes.length).toBeGreaterThan(0);
  }, 60_000);

  // graphql-js would compare the 1,990 copies pairwise; the limit refuses them before it starts.
  it('refuses one field asked 1,990 times and answers the next request', async () => {
    const refused = await post({ query: REPEATED_FIELD });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'LIMIT_EXCEEDED', limit: { name: 'maxFieldRepeats', allowed: 10, found: 1_990 } },
    });
    const answered = await post({ query: '{ themes { theme } }' });
    expect(answered.status).toBe(200);
    expect(answered.data.themes.length).toBeGreaterThan(0);
  });

  it.each([
    ['maxTokens', 2_000, `{ ${'__typename '.repeat(2_001)}}`],
    ['maxDirectivesPerField', 5, `{ themes { theme ${'@include(if: true) '.repeat(6)}} }`],
    ['maxRootFields', 20, `{ ${'themes { theme } '.repeat(21)}}`],
    ['maxCost', 10_000, `{ teams { ${PARTNER_AREAS} } }`],
    ['maxFieldRepeats', 10, `{ team(id: "x") { ...F ...F } } fragment F on Team { neighbourhood { ${'name '.repeat(6)}} }`],
    ['maxFragmentSpreads', 30, `{ team(id: "x") { ${spreadList(31)} } } ${fragmentList(31)}`],
    ['maxDepth', 10, `{ team(id: "x") { ${'... { '.repeat(11)}name${' }'.repeat(11)} } }`],
    [
      'maxSelections',
      5_000,
      `{ __typename } ${Array.from({ length: 110 }, (_, i) => `fragment G${i} on Team { ${i < 109 ? `...G${i + 1} ` : ''}name }`).join(' ')}`,
    ],
  ])('names %s when refusing', async (name, allowed, query) => {
    const refused = await post({ query });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].message).toContain(`over the limit of ${allowed} (${name})`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: { name, allowed, found: expect.any(Number) } });
  });

  it('says what is wrong with a subscription and a null page size', async () => {
    const subscription = await post({ query: 'subscription { __typename }' });
    expect(subscription.status).toBe(400);
    expect(subscription.errors?.[0].message).toMatch(/Subscriptions are not supported/);
    const nullFirst = await post({ query: 'query ($f: Int) { teams(first: $f) { totalCount } }', variables: { f: null } });
    expect(nullFirst.status).toBe(400);
    expect(nullFirst.errors?.[0].message).toMatch(/"first".*must not be null/);
  });
});
