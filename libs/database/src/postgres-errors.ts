/** SQLSTATE codes the services turn into user-facing errors. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_EXCLUSION_VIOLATION = '23P01';
export const PG_CHECK_VIOLATION = '23514';

export function pgErrorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  const candidate = error as { constraint?: unknown; driverError?: { constraint?: unknown } };
  const constraint = candidate?.driverError?.constraint ?? candidate?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}

/**
 * SQLSTATEs of a database that cannot do the work now, though the request itself is fine: a statement or lock wait
 * over its limit, an idle transaction ended by the server, too many connections, a server shutting down or
 * starting up, a connection lost (class 08).
 */
const UNAVAILABLE_CODES = new Set(['57014', '55P03', '25P03', '53300', '53400', '57P01', '57P02', '57P03']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
/** node-postgres and pg-pool say these in words only. */
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
];

/**
 * TypeORM releases a transaction's query runner when its connection dies, and the transaction's next statement then
 * fails with one of these instead of the connection error.
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** Whether `error` says the database is out of reach or over its limits (worth trying again), not that the request is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (RELEASED_RUNNER_ERRORS.has((error as { name?: string })?.name ?? '')) return true;
  const code = pgErrorCode(error);
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || UNAVAILABLE_NODE_CODES.has(code))) return true;
  const candidate = error as { message?: unknown; driverError?: { message?: unknown } };
  const message = String(candidate?.driverError?.message ?? candidate?.message ?? '');
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}
