import { DataSource, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from 'typeorm';

export interface DatabaseDefinition {
  /** Entity classes of the service. */
  entities: MixedList<Function | string | EntitySchema>;
  /** Migration classes, in order. */
  migrations: MixedList<Function | string>;
}

/** Counts and forwards SQL statements; tests use the count to prove batching (no N+1). */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  constructor(private readonly onQuery?: (sql: string) => void) {}
  logQuery(query: string): void {
    this.count += 1;
    this.onQuery?.(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export function createDataSource(url: string, definition: DatabaseDefinition, options: { poolSize?: number; counter?: StatementCounter } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? 10,
    // Statements are counted (and nothing printed) so a test can assert batching.
    logging: options.counter ? ['query'] : false,
    logger: options.counter,
    extra: { connectionTimeoutMillis: 5_000, application_name: 'buurtvolk' },
  });
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
