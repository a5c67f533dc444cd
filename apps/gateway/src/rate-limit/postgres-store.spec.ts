import { freePort } from '@buurtvolk/database';
import { createLogger } from '@buurtvolk/subgraph-kit';
import { createTestDatabase, eventually, type TestDatabase } from '@buurtvolk/testing';
import { PostgresRateLimitStore } from './postgres-store';
import { DEFAULT_RATE_LIMIT } from './rate-limit-settings';
import { RateLimiter } from './rate-limiter';
import type { BucketRule } from './token-bucket';

let database: TestDatabase;
const stores: PostgresRateLimitStore[] = [];

/** A store as one gateway replica has it; every store of a test shares the test's database. */
async function replica(forgetAfterSeconds = 3_600): Promise<PostgresRateLimitStore> {
  const store = new PostgresRateLimitStore(database.url, { forgetAfterSeconds });
  stores.push(store);
  await store.prepare();
  return store;
}

beforeAll(async () => {
  database = await createTestDatabase('gateway', { entities: [], migrations: [] });
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await database.drop();
});

// Slow enough that nothing refills while a test runs.
const NO_REFILL: BucketRule = { capacity: 10, refillPerSecond: 0.001 };

describe('the PostgreSQL token bucket', () => {
  it('creates its table once, even when replicas start together', async () => {
    await Promise.all([replica(), replica(), replica()]);
    const [{ tables }] = await database.dataSource.query(
      `SELECT count(*)::int AS tables FROM pg_tables WHERE tablename = 'gateway_rate_limit_buckets'`,
    );
    expect(tables).toBe(1);
  });

  it('never overspends: 50 concurrent draws from two replicas on a bucket of 10 let exactly 10 through', async () => {
    const [first, second] = [await replica(), await replica()];
    const draws = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? first : second).draw('concurrent', 1, NO_REFILL)));
    expect(draws.filter((draw) => draw.allowed)).toHaveLength(10);
    expect(draws.filter((draw) => !draw.allowed).every((draw) => draw.retryAfterSeconds > 0)).toBe(true);
  });

  it('takes a multi-token draw whole or not at all', async () => {
    const store = await replica();
    expect(await store.draw('multi', 7, NO_REFILL)).toMatchObject({ allowed: true, remaining: expect.closeTo(3, 2) });
    expect(await store.draw('multi', 5, NO_REFILL)).toMatchObject({ allowed: false, remaining: expect.closeTo(3, 2) });
    expect(await store.draw('multi', 3, NO_REFILL)).toMatchObject({ allowed: true });
  });

  it('refills by the time elapsed on the database clock, up to capacity', async () => {
    const store = await replica();
    const fast: BucketRule = { capacity: 2, refillPerSecond: 20 };
    await store.draw('refill', 2, fast);
    const refused = await store.draw('refill', 2, fast);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    await eventually(async () => (await store.draw('refill', 2, fast)).allowed, 2_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Long enough for 6 tokens, but a bucket holds 2.
    expect(await store.draw('refill', 2, fast)).toMatchObject({ allowed: true, remaining: 0 });
    expect((await store.draw('refill', 1, fast)).allowed).toBe(false);
  });

  it('forgets buckets idle long enough to be full again, and keeps the others', async () => {
    const store = await replica(0.2);
    await store.draw('sweep-old', 1, NO_REFILL);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await store.draw('sweep-recent', 1, NO_REFILL);
    // Other tests' buckets are old by now too, so only the remaining keys tell.
    await store.sweep();
    const rows: { key: string }[] = await database.dataSource.query(`SELECT key FROM gateway_rate_limit_buckets WHERE key LIKE 'sweep-%'`);
    expect(rows.map((row) => row.key)).toEqual(['sweep-recent']);
  });
});

describe('a rate limiter whose database is unreachable', () => {
  it('lets requests through instead of refusing everyone', async () => {
    const settings = {
      ...DEFAULT_RATE_LIMIT,
      store: { kind: 'postgres' as const, databaseUrl: `postgres://nobody@127.0.0.1:${await freePort()}/nothing` },
    };
    const limiter = await RateLimiter.start(settings, createLogger('test', 'silent'));
    try {
      const draws = await Promise.all(Array.from({ length: 200 }, () => limiter.draw({ key: 'someone', anonymous: true }, 1)));
      expect(draws.every((draw) => draw.allowed)).toBe(true);
    } finally {
      await limiter.close();
    }
  });
});
