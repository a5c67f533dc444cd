/** What every service loader shares: one client per database, one transaction, timed steps. */
import { Client } from 'pg';

export type Log = (message: string) => void;

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'buurtvolk-seed' });
  await client.connect();
  try {
    // Generous memory for the rollups' GROUP BY and for ANALYZE, in this session only.
    await client.query(`SET work_mem = '256MB'`);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * All of a service's load in one transaction: the wipe, the COPYs and (for activities) the rollups commit
 * together or not at all, a service running against the database sees the old or the new data set, never half,
 * and COPY … FREEZE is allowed because the tables were truncated in the same transaction.
 */
export async function inTransaction<T>(client: Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Empties the tables this seed fills, so `npm run seed` can run again. CASCADE: a table a later migration adds whose
 * rows hang on the replaced ones (a team's path, say) is emptied too rather than stopping the seed.
 */
export async function truncate(client: Client, tables: readonly string[]): Promise<void> {
  await client.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
}

/**
 * Drops a table's indexes (its primary key included) while `fill` loads it, then builds them again: one sorted
 * build per index is several times cheaper than keeping three random-keyed B-trees up to date row by row, which
 * at five million rows no longer fit in shared buffers. The definitions come from the catalogue, so the indexes
 * are rebuilt exactly as the migration made them; inside the load's transaction a failure restores them too.
 */
export async function withIndexesRebuilt<T>(client: Client, table: string, fill: () => Promise<T>, log: Log): Promise<T> {
  const { rows: constraints } = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'x') ORDER BY conname`,
    [table],
  );
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition FROM pg_index
      WHERE indrelid = $1::regclass AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE conrelid = $1::regclass) ORDER BY 1`,
    [table],
  );
  for (const { name } of constraints) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${client.escapeIdentifier(name)}`);
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  const result = await fill();
  await step(
    log,
    `${table} indexes (rebuilt)`,
    async () => {
      for (const { name, definition } of constraints)
        await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${client.escapeIdentifier(name)} ${definition}`);
      for (const { definition } of indexes) await client.query(definition);
      return constraints.length + indexes.length;
    },
    (count) => `${count} indexes`,
  );
  return result;
}

/** Runs a step, printing its name and elapsed seconds. */
export async function step<T>(log: Log, label: string, work: () => Promise<T>, describe?: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await work();
  const detail = describe ? ` (${describe(result)})` : '';
  log(`  ${label}${detail}: ${seconds(started)}`);
  return result;
}

export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

export function rows(count: number): string {
  return `${count.toLocaleString('en-US')} rows`;
}

export async function countRows(client: Client, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  return counts;
}
