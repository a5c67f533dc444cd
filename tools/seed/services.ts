/**
 * The services the seed fills, each with its own database (`buurtvolk_<service>`), created when missing and
 * migrated with the service's own migrations, exactly as the service would on start.
 */
import { createDataSource, type DatabaseDefinition, ensureDatabase, runMigrations, serviceDatabaseName, withDatabase } from '@buurtvolk/database';
import { activitiesDatabase } from '../../apps/activities/src/database';
import { teamsDatabase } from '../../apps/teams/src/database';
import { volunteersDatabase } from '../../apps/volunteers/src/database';

export type ServiceName = 'teams' | 'volunteers' | 'activities';

const DEFINITIONS: Record<ServiceName, DatabaseDefinition> = {
  teams: teamsDatabase,
  volunteers: volunteersDatabase,
  activities: activitiesDatabase,
};

/** Creates the service's database if missing, runs its migrations, and returns its URL. */
export async function prepareDatabase(serverUrl: string, service: ServiceName): Promise<{ url: string; applied: string[] }> {
  const name = serviceDatabaseName(service);
  await ensureDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  const dataSource = createDataSource(url, DEFINITIONS[service], { poolSize: 1 });
  await dataSource.initialize();
  try {
    return { url, applied: await runMigrations(dataSource) };
  } finally {
    await dataSource.destroy();
  }
}
