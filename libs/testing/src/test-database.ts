import {
  createDataSource,
  type DatabaseDefinition,
  runMigrations,
  StatementCounter,
  withDatabase,
  withMaintenanceClient,
} from '@buurtvolk/database';
import type { DataSource } from 'typeorm';
import { dropTestDatabase, testDatabaseName, testRun } from './test-run';

export interface TestDatabase {
  name: string;
  url: string;
  dataSource: DataSource;
  /** Counts every SQL statement sent through `dataSource`. */
  statements: StatementCounter;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file. The first caller of a run migrates a template database (under an
 * advisory lock, as Jest runs files in parallel); every file then gets a cheap copy of it. `statements` replaces the
 * counter the data source logs to (e.g. a StatementRecorder).
 */
export async function createTestDatabase(
  service: string,
  definition: DatabaseDefinition,
  options: { statements?: StatementCounter } = {},
): Promise<TestDatabase> {
  const { serverUrl, run } = testRun();
  const template = `bvt_${run}_${service}_template`;
  const name = testDatabaseName(service);

  await withMaintenanceClient(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(template)}`);
        const migrator = createDataSource(withDatabase(serverUrl, template), definition, { poolSize: 1 });
        await migrator.initialize();
        try {
          await runMigrations(migrator);
        } finally {
          await migrator.destroy();
        }
      }
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });

  const url = withDatabase(serverUrl, name);
  const statements = options.statements ?? new StatementCounter();
  const dataSource = createDataSource(url, definition, { counter: statements, poolSize: 5 });
  await dataSource.initialize();
  return {
    name,
    url,
    dataSource,
    statements,
    drop: async () => {
      await dataSource.destroy();
      await dropTestDatabase(name);
    },
  };
}
