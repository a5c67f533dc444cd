/**
 * The services the seed fills, each with its own database (`buurtvolk_<service>`), created when missing and
 * migrated with the service's own migrations, exactly as the service would on start.
 */
import {
  createDataSource,
  type DatabaseDefinition,
  ensureDatabase,
  runMigrations,
  serviceDatabaseName,
  withDatabase,
} from '@buurtvolk/database';
import { SUBGRAPHS } from '../subgraphs';

export type ServiceName = 'teams' | 'volunteers' | 'activities';
/** Impact is not loaded but emptied, so that it rebuilds its read model from the seeded history (reset-impact.ts). */
export type PreparedService = ServiceName | 'impact';

function databaseOf(service: PreparedService): DatabaseDefinition {
  return SUBGRAPHS.find((subgraph) => subgraph.definition.name === service)!.definition.database;
}

/** Creates the service's database if missing, runs its migrations, and returns its URL. */
export async function prepareDatabase(serverUrl: string, service: PreparedService): Promise<{ url: string; applied: string[] }> {
  const name = serviceDatabaseName(service);
  await ensureDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  const dataSource = createDataSource(url, databaseOf(service), { poolSize: 1 });
  await dataSource.initialize();
  try {
    return { url, applied: await runMigrations(dataSource) };
  } finally {
    await dataSource.destroy();
  }
}
