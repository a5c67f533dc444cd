/**
 * How much database work one request may cause. Without these a heavy query held its connection for minutes, the
 * pool ran dry, and every other request of the service waited or failed behind it.
 */
export interface DatabaseLimits {
  /** Connections per service process. */
  poolSize: number;
  /** The longest a statement may run before PostgreSQL cancels it (57014). */
  statementTimeoutMs: number;
  /** The longest a statement may wait for a lock (55P03); below the statement timeout, so lock waits say so. */
  lockTimeoutMs: number;
  /** A transaction left open without work is ended by the server, so its locks and its connection come back. */
  idleInTransactionTimeoutMs: number;
  /** The longest a request waits for a connection, from the pool or a new one (pg's connectionTimeoutMillis). */
  connectTimeoutMs: number;
}

export const DEFAULT_DATABASE_LIMITS: DatabaseLimits = {
  poolSize: 10,
  statementTimeoutMs: 15_000,
  lockTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 60_000,
  connectTimeoutMs: 5_000,
};

const ENV: Record<keyof DatabaseLimits, string> = {
  poolSize: 'DB_POOL_SIZE',
  statementTimeoutMs: 'DB_STATEMENT_TIMEOUT_MS',
  lockTimeoutMs: 'DB_LOCK_TIMEOUT_MS',
  idleInTransactionTimeoutMs: 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS',
  connectTimeoutMs: 'DB_CONNECT_TIMEOUT_MS',
};

/** The limits, each overridable by its variable (0 turns a timeout off); a value that is not a number is refused. */
export function databaseLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseLimits {
  const limits = { ...DEFAULT_DATABASE_LIMITS };
  for (const key of Object.keys(ENV) as (keyof DatabaseLimits)[]) {
    const given = env[ENV[key]];
    if (given === undefined || given === '') continue;
    const value = Number(given);
    const least = key === 'poolSize' ? 1 : 0;
    if (!Number.isInteger(value) || value < least)
      throw new Error(`${ENV[key]} must be a whole number of at least ${least}, not ${JSON.stringify(given)}`);
    limits[key] = value;
  }
  return limits;
}

/**
 * The limits as node-postgres options. pg sends the three timeouts in the startup packet, so they hold for every
 * statement on the connection without a SET per checkout. keepAlive lets the OS notice a server that vanished.
 */
export function poolOptions(limits: DatabaseLimits) {
  return {
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
    connectionTimeoutMillis: limits.connectTimeoutMs,
    keepAlive: true,
  };
}
