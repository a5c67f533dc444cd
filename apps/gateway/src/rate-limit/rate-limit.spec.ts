import { freePort } from '@buurtvolk/database';
import { type Identity, Role } from '@buurtvolk/identity';
import { bearerHeaders, createTestDatabase, eventually, type TestDatabase } from '@buurtvolk/testing';
import { type GatewayOptions, type RunningGateway, startGateway } from '../gateway';
import { startTestFederation, type TestFederation } from '../test/federation';
import type { RateLimitSettings } from './rate-limit-settings';

let federation: TestFederation;
let database: TestDatabase;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  [federation, database] = await Promise.all([startTestFederation(), createTestDatabase('gateway', { entities: [], migrations: [] })]);
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  await federation.stop();
  await database.drop();
});

/** A gateway of its own for each test, so no test spends another's tokens. */
async function gatewayWith(rateLimit: Partial<RateLimitSettings>, options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  const gateway = await startGateway({ supergraphSdl: federation.supergraphSdl, port: 0, rateLimit, ...options });
  gateways.push(gateway);
  return gateway;
}

const caller = (subject: string): Identity => ({ subject, role: Role.VOLUNTEER, teamIds: [] });
// Slow enough that nothing refills while a test runs.
const noRefill = (capacity: number) => ({ capacity, refillPerSecond: 0.001 });

const CHEAP = { query: '{ themes { theme } }' };

interface Answer {
  status: number;
  retryAfter: string | null;
  /** One result, or a list of them for a batch. */
  body: any;
}

/** POSTs over real HTTP and keeps what a client sees of a refusal: status, Retry-After and the body. */
async function send(gateway: RunningGateway, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: text ? JSON.parse(text) : {} };
}

const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).sort();

describe('rate limits per caller', () => {
  it('refuses a caller past their bucket with 429, Retry-After and RATE_LIMITED, and answers again once it refills', async () => {
    const gateway = await gatewayWith({ signedIn: { capacity: 3, refillPerSecond: 0.5 } });
    const alice = await bearerHeaders(caller('rate-alice'));
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(gateway, CHEAP, alice)));
    expect(statuses(answers)).toEqual([200, 200, 200, 429, 429]);
    const refused = answers.find((answer) => answer.status === 429)!;
    // One token at half a token a second.
    expect(refused.retryAfter).toBe('2');
    expect(refused.body).toEqual({
      errors: [{ message: 'Too many requests: try again in 2 seconds', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 2 } }],
    });

    // Another caller has a bucket of their own, and health checks are never limited.
    expect((await send(gateway, CHEAP, await bearerHeaders(caller('rate-bob')))).status).toBe(200);
    expect((await fetch(gateway.url.replace('/graphql', '/health/ready'))).status).toBe(200);

    await eventually(async () => (await send(gateway, CHEAP, alice)).status === 200, 5_000);
  });

  it('counts one bucket per subject, however many tokens the caller holds', async () => {
    const gateway = await gatewayWith({ signedIn: noRefill(2) });
    const first = await bearerHeaders(caller('rate-carol'), '1h');
    const second = await bearerHeaders(caller('rate-carol'), '2h');
    expect(first.authorization).not.toBe(second.authorization);
    expect((await send(gateway, CHEAP, first)).status).toBe(200);
    expect((await send(gateway, CHEAP, second)).status).toBe(200);
    expect((await send(gateway, CHEAP, second)).status).toBe(429);
  });

  it('limits an anonymous address with its own bucket, counting garbage and refused tokens too', async () => {
    const gateway = await gatewayWith({ anonymous: noRefill(2) });
    expect((await send(gateway, '{"query": "{ themes')).status).toBe(400);
    const forged = await send(gateway, CHEAP, { authorization: 'Bearer not-a-jwt' });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const refused = await send(gateway, CHEAP);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    // X-Forwarded-For is not believed unless a proxy is trusted: a made-up address gets no fresh bucket.
    expect((await send(gateway, CHEAP, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    // Signing in from the same address draws from the caller's own bucket.
    expect((await send(gateway, CHEAP, await bearerHeaders(caller('rate-dave')))).status).toBe(200);
  });

  it('behind a trusted proxy, limits each forwarded client address separately', async () => {
    const gateway = await gatewayWith({ anonymous: noRefill(1) }, { trustProxy: ['loopback'] });
    expect((await send(gateway, CHEAP, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await send(gateway, CHEAP, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    expect((await send(gateway, CHEAP, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
  });

  it('draws a token for each operation of a batch', async () => {
    const gateway = await gatewayWith({ signedIn: noRefill(4) });
    const erin = await bearerHeaders(caller('rate-erin'));
    const batch = await send(gateway, [CHEAP, CHEAP, CHEAP], erin);
    expect(batch.status).toBe(200);
    expect(batch.body).toHaveLength(3);
    expect((await send(gateway, CHEAP, erin)).status).toBe(200);
    expect((await send(gateway, CHEAP, erin)).status).toBe(429);
    // A batch bigger than what is left is refused whole.
    expect((await send(gateway, [CHEAP, CHEAP, CHEAP], await bearerHeaders(caller('rate-frank')))).status).toBe(200);
    expect((await send(gateway, [CHEAP, CHEAP], await bearerHeaders(caller('rate-frank')))).status).toBe(429);
  });

  it('lets an expensive operation draw more tokens than a cheap one', async () => {
    // Costs about 300 (100 teams × a few fields): three extra tokens at one per 100.
    const expensive = { query: '{ teams(first: 100) { edges { node { name } } } }' };
    const gateway = await gatewayWith({ signedIn: noRefill(10), costPerExtraToken: 100 });
    const answeredUntilRefused = async (subject: string, body: unknown) => {
      const headers = await bearerHeaders(caller(subject));
      for (let answered = 0; ; answered++) {
        const answer = await send(gateway, body, headers);
        if (answer.status !== 200) return { answered, refusal: answer };
      }
    };
    const cheap = await answeredUntilRefused('rate-cheap', CHEAP);
    const costly = await answeredUntilRefused('rate-costly', expensive);
    expect(cheap.answered).toBe(10);
    expect(costly.answered).toBeGreaterThan(0);
    expect(costly.answered).toBeLessThan(cheap.answered / 2);
    // Refused once its cost is known, before any subgraph is asked, with the same answer as any other refusal.
    expect(costly.refusal.status).toBe(429);
    expect(Number(costly.refusal.retryAfter)).toBeGreaterThan(0);
    expect(costly.refusal.body.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(costly.refusal.retryAfter) },
    });
  });
});

describe('rate limits shared through PostgreSQL', () => {
  it('gives a caller one bucket across gateway replicas', async () => {
    const shared = { signedIn: noRefill(4), store: { kind: 'postgres' as const, databaseUrl: database.url } };
    const [first, second] = await Promise.all([gatewayWith(shared), gatewayWith(shared)]);
    const grace = await bearerHeaders(caller('rate-grace'));
    const answers = [];
    for (const gateway of [first, second, first, second]) answers.push((await send(gateway, CHEAP, grace)).status);
    expect(answers).toEqual([200, 200, 200, 200]);
    expect((await send(first, CHEAP, grace)).status).toBe(429);
    expect((await send(second, CHEAP, grace)).status).toBe(429);
  });

  it('lets requests through when the store cannot be reached, rather than refusing everyone', async () => {
    const unreachable = `postgres://nobody@127.0.0.1:${await freePort()}/nothing`;
    const gateway = await gatewayWith({ signedIn: noRefill(1), store: { kind: 'postgres', databaseUrl: unreachable } });
    const heidi = await bearerHeaders(caller('rate-heidi'));
    expect(statuses(await Promise.all(Array.from({ length: 3 }, () => send(gateway, CHEAP, heidi))))).toEqual([200, 200, 200]);
  });
});
