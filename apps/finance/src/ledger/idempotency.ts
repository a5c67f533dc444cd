import type { Identity } from '@buurtvolk/identity';
import { badUserInput } from '@buurtvolk/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

export interface IdempotentCall {
  /** Keys are the caller's own: another caller's key neither returns that caller's result nor blocks theirs. */
  caller: Identity | null;
  operation: string;
  key: string;
}

/**
 * Runs a money mutation once per caller, operation and idempotency key: the first run stores its result in the same
 * transaction, and a retry (also a concurrent one, which waits on the key's lock) gets that result back without
 * booking again.
 */
export async function once<T>(
  dataSource: DataSource,
  { caller, operation, key }: IdempotentCall,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (!/^[A-Za-z0-9_.:-]{8,100}$/.test(key)) {
    throw badUserInput('idempotencyKey must be 8 to 100 letters, digits or _ . : -', [
      { field: 'idempotencyKey', message: 'is not a valid key' },
    ]);
  }
  const subject = caller?.subject ?? 'anonymous';
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 3))', [`${subject}\n${operation}\n${key}`]);
    const [stored] = await manager.query('SELECT result FROM idempotent_results WHERE caller = $1 AND operation = $2 AND key = $3', [
      subject,
      operation,
      key,
    ]);
    if (stored) return stored.result as T;
    const result = await work(manager);
    await manager.query('INSERT INTO idempotent_results (caller, operation, key, result) VALUES ($1, $2, $3, $4)', [
      subject,
      operation,
      key,
      JSON.stringify(result),
    ]);
    return result;
  });
}
