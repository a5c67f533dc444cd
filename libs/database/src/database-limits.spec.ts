import { createTestDatabase, type TestDatabase } from '@buurtvolk/testing';
import { type DataSource, type MigrationInterface, type QueryRunner, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { createDataSource, type DatabaseDefinition, runMigrations } from './data-source';
import { databaseLimitsFromEnv, DEFAULT_DATABASE_LIMITS } from './database-limits';
import { databaseProbe } from './database-probe';
import { isDatabaseUnavailable, pgErrorCode } from './postgres-errors';

/** A migration slower than the statement timeout of a request: migrations must not be cut off by it. */
class SlowMigration1700000000000 implements MigrationInterface {
  name = 'SlowMigration1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('SELECT pg_sleep(0.6)');
    await runner.query('CREATE TABLE things (id int PRIMARY KEY, name text NOT NULL)');
    await runner.query(`INSERT INTO things VALUES (1, 'one')`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE things');
  }
}

const definition: DatabaseDefinition = { entities: [], migrations: [] };
const strict = { statementTimeoutMs: 300, lockTimeoutMs: 200, idleInTransactionTimeoutMs: 500, connectTimeoutMs: 300 };

let database: TestDatabase;
let bounded: DataSource;

beforeAll(async () => {
  database = await createTestDatabase('database_limits', definition);
  bounded = createDataSource(database.url, { entities: [], migrations: [SlowMigration1700000000000] }, { poolSize: 2, limits: strict });
  await bounded.initialize();
});

afterAll(async () => {
  await bounded?.destroy();
  await database?.drop();
});

async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => {
      throw new Error('expected the work to fail');
    },
    (error: unknown) => error,
  );
}

describe('bounded database work', () => {
  it('runs migrations without the request limits, and gives the connection its limits back', async () => {
    expect(await runMigrations(bounded)).toEqual(['SlowMigration1700000000000']);
    const settings: { statement_timeout: string; lock_timeout: string }[] = await Promise.all(
      [1, 2].map(() =>
        bounded
          .query(
            `SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('lock_timeout') AS lock_timeout FROM pg_sleep(0.05)`,
          )
          .then((rows) => rows[0]),
      ),
    );
    // Both pool connections, the migrator's among them.
    expect(settings).toEqual([
      { statement_timeout: '300ms', lock_timeout: '200ms' },
      { statement_timeout: '300ms', lock_timeout: '200ms' },
    ]);
  });

  it('cancels a statement that runs past the statement timeout, as a failure worth retrying', async () => {
    const started = Date.now();
    const error = await failure(bounded.query('SELECT pg_sleep(5)'));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(pgErrorCode(error)).toBe('57014');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('stops waiting for a lock after the lock timeout', async () => {
    const holder = bounded.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query('SELECT * FROM things WHERE id = 1 FOR UPDATE');
      const error = await failure(database.dataSource.query(`SET lock_timeout = 200; UPDATE things SET name = 'two' WHERE id = 1`));
      expect(pgErrorCode(error)).toBe('55P03');
      expect(isDatabaseUnavailable(error)).toBe(true);
      await holder.rollbackTransaction();
    } finally {
      await holder.release();
    }
  });

  it('ends a transaction left idle, so its locks and connection come back', async () => {
    const idle = bounded.createQueryRunner();
    await idle.connect();
    await idle.startTransaction();
    await idle.query('SELECT * FROM things WHERE id = 1 FOR UPDATE');
    await new Promise((resolve) => setTimeout(resolve, 900));
    // The lock is gone: another session may take it at once.
    await database.dataSource.query(`SET lock_timeout = 100; UPDATE things SET name = 'taken' WHERE id = 1`);
    // The session is gone with its transaction; the code that left it idle learns so on its next statement.
    expect(isDatabaseUnavailable(await failure(idle.query('SELECT 1')))).toBe(true);
    await idle.release().catch(() => undefined);
    expect(await bounded.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('fails a request that waits for a connection longer than the acquisition timeout, instead of queueing it forever', async () => {
    const runners = [bounded.createQueryRunner(), bounded.createQueryRunner()];
    await Promise.all(runners.map((runner) => runner.connect()));
    try {
      const started = Date.now();
      const error = await failure(bounded.query('SELECT 1'));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
    expect(await bounded.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('tells apart a request that is wrong from a database that cannot do the work now', () => {
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('column "x" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '57P01' } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
  });
});

describe('the readiness probe', () => {
  it('answers within its timeout while the pool is taken, with one probe connection at most', async () => {
    const runners = [bounded.createQueryRunner(), bounded.createQueryRunner()];
    await Promise.all(runners.map((runner) => runner.connect()));
    const probe = databaseProbe(bounded, 100);
    try {
      const started = Date.now();
      expect(await Promise.all([probe(), probe(), probe()])).toEqual([false, false, false]);
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
    expect(await probe()).toBe(true);
  });
});

describe('the limits from the environment', () => {
  it('defaults to 15 s statements, 10 s lock waits, 60 s idle transactions and 5 s to get a connection', () => {
    expect(databaseLimitsFromEnv({})).toEqual(DEFAULT_DATABASE_LIMITS);
    expect(DEFAULT_DATABASE_LIMITS).toEqual({
      poolSize: 10,
      statementTimeoutMs: 15_000,
      lockTimeoutMs: 10_000,
      idleInTransactionTimeoutMs: 60_000,
      connectTimeoutMs: 5_000,
    });
  });

  it('takes each from its variable and refuses nonsense', () => {
    expect(databaseLimitsFromEnv({ DB_STATEMENT_TIMEOUT_MS: '30000', DB_POOL_SIZE: '4' })).toMatchObject({
      statementTimeoutMs: 30_000,
      poolSize: 4,
    });
    expect(() => databaseLimitsFromEnv({ DB_LOCK_TIMEOUT_MS: '5s' })).toThrow(/DB_LOCK_TIMEOUT_MS/);
    expect(() => databaseLimitsFromEnv({ DB_POOL_SIZE: '0' })).toThrow(/DB_POOL_SIZE/);
  });
});
