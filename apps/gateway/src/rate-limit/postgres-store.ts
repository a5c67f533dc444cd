import { Pool } from 'pg';
import { type BucketRule, type Draw, drawOutcome, type RateLimitStore } from './token-bucket';

const TABLE = 'gateway_rate_limit_buckets';

// The gateway has no migrations of its own; one table that only holds short-lived counters is created on first use.
const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS ${TABLE} (
    key text PRIMARY KEY,
    tokens double precision NOT NULL,
    -- Whether the last draw took its tokens: the upsert below can only report what it wrote.
    last_draw_allowed boolean NOT NULL,
    updated_at timestamptz NOT NULL
  )`;

/** The bucket's tokens refilled for the time since its last draw, capped at capacity ($2), at $4 tokens a second. */
const REFILLED = `LEAST($2::float8, bucket.tokens + $4::float8 * GREATEST(0, EXTRACT(EPOCH FROM now() - bucket.updated_at)::float8))`;

/**
 * One atomic statement per draw: the row lock of the upsert serialises concurrent draws on a key, from any
 * replica, so no two of them spend the same tokens. The database's clock is the only clock, so replicas whose
 * clocks differ still agree. A new bucket starts full; the caller caps `tokens` ($3) at capacity, so it can pay.
 */
const DRAW = `
  INSERT INTO ${TABLE} AS bucket (key, tokens, last_draw_allowed, updated_at)
  VALUES ($1, $2::float8 - $3::float8, true, now())
  ON CONFLICT (key) DO UPDATE SET
    tokens = ${REFILLED} - CASE WHEN ${REFILLED} >= $3::float8 THEN $3::float8 ELSE 0 END,
    last_draw_allowed = ${REFILLED} >= $3::float8,
    updated_at = GREATEST(bucket.updated_at, now())
  RETURNING tokens, last_draw_allowed`;

const SWEEP_INTERVAL_MS = 60_000;

export interface PostgresStoreOptions {
  /**
   * A row idle this long is full again and is deleted: the longest refill (capacity / rate) of any rule the
   * gateways draw with. Should replicas disagree for a while, forgetting a bucket early only gives its caller room.
   */
  forgetAfterSeconds: number;
  /** A slow database must not slow every request down: past this, the draw fails (and the request goes through). */
  timeoutMs?: number;
  poolSize?: number;
}

/** Buckets in one PostgreSQL table, shared by every gateway replica that points at the same database. */
export class PostgresRateLimitStore implements RateLimitStore {
  private readonly pool: Pool;
  private tableReady: Promise<void> | undefined;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    databaseUrl: string,
    private readonly options: PostgresStoreOptions,
    onBackgroundError: (error: unknown) => void = () => undefined,
  ) {
    const timeoutMs = options.timeoutMs ?? 1_000;
    this.pool = new Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
      application_name: 'buurtvolk-gateway-rate-limit',
    });
    // An idle connection that breaks (database restart) must not crash the gateway; the next draw reconnects.
    this.pool.on('error', onBackgroundError);
    this.sweeper = setInterval(() => this.sweep().catch(onBackgroundError), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  /** Creates the table unless it exists; called at start, and again by a draw after a failed attempt. */
  prepare(): Promise<void> {
    this.tableReady ??= this.createTable().catch((error) => {
      this.tableReady = undefined;
      throw error;
    });
    return this.tableReady;
  }

  async draw(key: string, tokens: number, rule: BucketRule): Promise<Draw> {
    await this.prepare();
    const { rows } = await this.pool.query<{ tokens: number; last_draw_allowed: boolean }>(DRAW, [
      key,
      rule.capacity,
      tokens,
      rule.refillPerSecond,
    ]);
    return drawOutcome(rows[0].last_draw_allowed, rows[0].tokens, tokens, rule);
  }

  /** Forgets buckets that have filled up again, so the table holds only recent callers. */
  async sweep(): Promise<number> {
    const result = await this.pool.query(`DELETE FROM ${TABLE} WHERE updated_at < now() - make_interval(secs => $1)`, [
      this.options.forgetAfterSeconds,
    ]);
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.pool.end();
  }

  private async createTable(): Promise<void> {
    const client = await this.pool.connect();
    try {
      // Replicas starting together would race on the catalog even with IF NOT EXISTS.
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [TABLE]);
      await client.query(CREATE_TABLE);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      // The connection may be what failed: do not hand it to the next draw.
      client.release(true);
      throw error;
    }
  }
}
