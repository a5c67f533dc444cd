import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The year-end export reads a year's movements page by page in date order (keyset on occurred_at, id); without this
 * index every page would sort the whole ledger. Built without blocking the bookings that keep arriving meanwhile.
 */
export class IndexTheLedgerByDate1764602000000 implements MigrationInterface {
  name = 'IndexTheLedgerByDate1764602000000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX CONCURRENTLY IF NOT EXISTS ledger_entries_by_date ON ledger_entries (occurred_at, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX CONCURRENTLY IF EXISTS ledger_entries_by_date');
  }
}
