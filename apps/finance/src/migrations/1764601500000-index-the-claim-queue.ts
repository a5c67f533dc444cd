import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national office's queue of claims waiting for a decision (expenseClaimQueue): one status across every team,
 * oldest first. Built without blocking the claims that keep arriving meanwhile.
 */
export class IndexTheClaimQueue1764601500000 implements MigrationInterface {
  name = 'IndexTheClaimQueue1764601500000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX CONCURRENTLY IF NOT EXISTS expense_claims_by_status_created ON expense_claims (status, created_at, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX CONCURRENTLY IF EXISTS expense_claims_by_status_created');
  }
}
