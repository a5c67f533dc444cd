import { StatementCounter } from '@buurtvolk/database';

/** One SQL statement as TypeORM sent it, with its bind parameters ($1, $2, …). */
export interface RecordedStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * A StatementCounter that also keeps the statements sent while `record` runs, parameters included, so a test can
 * ask PostgreSQL how it plans exactly what a request executed (TypeORM's logger receives the parameters; the
 * counter's own hook does not pass them on).
 */
export class StatementRecorder extends StatementCounter {
  private recorded: RecordedStatement[] | null = null;

  override logQuery(query: string, parameters?: unknown[]): void {
    super.logQuery(query);
    this.recorded?.push({ sql: query, parameters: parameters ? [...parameters] : [] });
  }

  /** Runs `work` and returns what it returned with the statements sent meanwhile (one `record` at a time). */
  async record<T>(work: () => Promise<T>): Promise<{ result: T; statements: RecordedStatement[] }> {
    if (this.recorded) throw new Error('StatementRecorder.record does not nest: run one piece of work at a time');
    const statements: RecordedStatement[] = [];
    this.recorded = statements;
    try {
      return { result: await work(), statements };
    } finally {
      this.recorded = null;
    }
  }
}
