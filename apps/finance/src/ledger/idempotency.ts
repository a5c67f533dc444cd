import { badUserInput } from '@buurtvolk/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a money mutation once per idempotency key: the first run stores its result in the same transaction, and a
 * retry (also a concurrent one, which waits on the key's lock) gets that result back without booking again.
 */
export async function once<T>(dataSource: DataSource, key: string, operation: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!/^[A-Za-z0-9_.:-]{8,100}$/.test(key)) {
    throw badUserInput('idempotencyKey must be 8 to 100 letters, digits or _ . : -', [{ field: 'idempotencyKey', message: 'is not a valid key' }]);
  }
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 3))', [key]);
    const [stored] = await manager.query('SELECT operation, result FROM idempotent_results WHERE key = $1', [key]);
    if (stored) {
      if (stored.operation !== operation) throw badUserInput(`This idempotencyKey was used for ${stored.operation}`, [{ field: 'idempotencyKey', message: 'belongs to another operation' }]);
      return stored.result as T;
    }
    const result = await work(manager);
    await manager.query('INSERT INTO idempotent_results (key, operation, result) VALUES ($1, $2, $3)', [key, operation, JSON.stringify(result)]);
    return result;
  });
}
