import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Held allowances become visible and releasable: each carries the code of its reason, and part of an hour entry's
 * allowance may be paid while the rest is held (so an entry has at most one held row, and any number of paid parts).
 * A year's limits that an admin has not confirmed can still be paid under once an admin explicitly allows it.
 */
export class HeldAllowances1764601700000 implements MigrationInterface {
  name = 'HeldAllowances1764601700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE allowances ADD COLUMN held_code text CHECK (held_code IN ('OVER_CAP', 'NO_BUDGET', 'BUDGET_SHORT', 'NO_LIMITS', 'LIMITS_UNCONFIRMED'))`,
    );
    await db.query(`
      UPDATE allowances SET held_code = CASE
        WHEN held_reason LIKE 'No allowance limits%' THEN 'NO_LIMITS'
        WHEN held_reason LIKE '%no ALLOWANCES budget%' THEN 'NO_BUDGET'
        WHEN held_reason LIKE '%would pass the%cap%' THEN 'OVER_CAP'
        ELSE 'BUDGET_SHORT' END
      WHERE status = 'HELD'`);
    await db.query(`ALTER TABLE allowances ADD CONSTRAINT allowances_held_have_a_reason CHECK (status <> 'HELD' OR held_code IS NOT NULL)`);
    await db.query('DROP INDEX allowances_one_per_hour_entry');
    await db.query(`CREATE UNIQUE INDEX allowances_one_held_per_hour_entry ON allowances (source_hour_entry_id) WHERE status = 'HELD'`);
    await db.query(
      `CREATE INDEX allowances_live_by_hour_entry ON allowances (source_hour_entry_id) WHERE source_hour_entry_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX allowances_held_by_month ON allowances (month) WHERE status = 'HELD'`);
    await db.query(`ALTER TABLE allowance_rates ADD COLUMN unconfirmed_payments_allowed_at timestamptz`);
    await db.query(`ALTER TABLE allowance_rates ADD COLUMN unconfirmed_payments_allowed_by text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE allowance_rates DROP COLUMN unconfirmed_payments_allowed_by');
    await db.query('ALTER TABLE allowance_rates DROP COLUMN unconfirmed_payments_allowed_at');
    await db.query('DROP INDEX allowances_held_by_month');
    await db.query('DROP INDEX allowances_live_by_hour_entry');
    await db.query('DROP INDEX allowances_one_held_per_hour_entry');
    await db.query(
      `CREATE UNIQUE INDEX allowances_one_per_hour_entry ON allowances (source_hour_entry_id) WHERE source_hour_entry_id IS NOT NULL`,
    );
    await db.query('ALTER TABLE allowances DROP CONSTRAINT allowances_held_have_a_reason');
    await db.query('ALTER TABLE allowances DROP COLUMN held_code');
  }
}
