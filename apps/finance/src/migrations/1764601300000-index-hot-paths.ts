import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = [
  // Everyone with an arrangement in a team (allowancesNearCap), and a person's arrangements (caps, hourly allowances, claims).
  [
    'allowance_arrangements_by_team',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS allowance_arrangements_by_team ON allowance_arrangements (team_id)',
  ],
  [
    'allowance_arrangements_by_volunteer',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS allowance_arrangements_by_volunteer ON allowance_arrangements (volunteer_id, team_id)',
  ],
  // A claim's receipts: its total on approval, and the costs that count towards a person's caps.
  [
    'expense_claim_items_by_claim',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS expense_claim_items_by_claim ON expense_claim_items (claim_id)',
  ],
  // The claims a payment pays, settled once per payment in the bank's status report.
  [
    'expense_claims_by_payment',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS expense_claims_by_payment ON expense_claims (payment_id) WHERE payment_id IS NOT NULL',
  ],
  // A batch's payments: its file, its status report, whether it is done.
  ['payout_payments_by_batch', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS payout_payments_by_batch ON payout_payments (batch_id)'],
  // Erased payees whose name and IBAN wait to be wiped: few, looked for after every status report and erasure.
  ['payees_by_erasure', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS payees_by_erasure ON payees (erased_at)'],
] as const;

/** Indexes the hot paths were missing at national scale (tools/query-plans.spec.ts), built without blocking the bookings. */
export class IndexHotPaths1764601300000 implements MigrationInterface {
  name = 'IndexHotPaths1764601300000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    for (const [, create] of INDEXES) await db.query(create);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }
}
