import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The payments a statement has not shown yet (paymentsNotOnStatement), built without blocking the payout run. */
export class IndexUnbookedPayments1764601600001 implements MigrationInterface {
  name = 'IndexUnbookedPayments1764601600001';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS payout_payments_unbooked ON payout_payments (batch_id) WHERE booked_on IS NULL AND statement_expected AND status IN ('SCHEDULED', 'ACCEPTED', 'PAID')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX CONCURRENTLY IF EXISTS payout_payments_unbooked');
  }
}
