import { DataSource, MigrationExecutor, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import { databaseLimitsFromEnv, type DatabaseLimits, poolOptions } from './database-limits';

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

export interface DataSourceOptions {
  poolSize?: number;
  counter?: StatementCounter;
  /** Overrides of the limits from the environment (DB_STATEMENT_TIMEOUT_MS and friends). */
  limits?: Partial<DatabaseLimits>;
}

export function createDataSource(url: string, definition: DatabaseDefinition, options: DataSourceOptions = {}): DataSource {
  const limits = { ...databaseLimitsFromEnv(), ...options.limits };
  return new DataSource({
    type: 'postgres',
    url,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    poolSize: options.poolSize ?? limits.poolSize,
    // Statements are counted (and nothing printed) so a test can assert batching.
    logging: options.counter ? ['query'] : false,
    logger: options.counter,
    extra: { ...poolOptions(limits), application_name: 'buurtvolk' },
  });
}

/**
 * Runs the pending migrations, one transaction each. A migration may rewrite a large table, so the statement and
 * lock timeouts that bound a request's work are lifted on its connection, and restored before it goes back to the
 * pool (RESET returns to the values the connection started with).
 */
/** The key of the advisory lock migrations run under, in each service's own database. */
const MIGRATION_LOCK = 'buurtvolk:migrations';

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0; SET lock_timeout = 0; SET idle_in_transaction_session_timeout = 0');
    // Two replicas starting together would both run the pending migrations: the second waits here, then finds none.
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await runner.query('RESET statement_timeout; RESET lock_timeout; RESET idle_in_transaction_session_timeout').catch(() => undefined);
    await runner.release();
  }
}
