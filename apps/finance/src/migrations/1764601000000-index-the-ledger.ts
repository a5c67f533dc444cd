import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = [
  // One reversal per entry, also for two requests at once with different idempotency keys.
  [
    'ledger_entries_one_reversal',
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ledger_entries_one_reversal ON ledger_entries (reverses_entry_id) WHERE reverses_entry_id IS NOT NULL',
  ],
  // A team's budget lines and what a budget has left, without reading the whole ledger.
  [
    'ledger_entries_by_budget',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS ledger_entries_by_budget ON ledger_entries (budget_id) WHERE budget_id IS NOT NULL',
  ],
  // Whether a month of an arrangement is paid.
  ['allowances_by_arrangement', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS allowances_by_arrangement ON allowances (arrangement_id, month)'],
] as const;

/** Indexes on the ledger and allowances, built without blocking the bookings that keep arriving meanwhile. */
export class IndexTheLedger1764601000000 implements MigrationInterface {
  name = 'IndexTheLedger1764601000000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    for (const [, create] of INDEXES) await db.query(create);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }
}
