import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hourly allowances follow approved hours; one that would pass a cap is held, visibly, instead of paid. */
export class HourlyAllowances1764600400000 implements MigrationInterface {
  name = 'HourlyAllowances1764600400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE allowances ADD COLUMN source_hour_entry_id uuid`);
    await db.query(`ALTER TABLE allowances ADD COLUMN status text NOT NULL DEFAULT 'PAID' CHECK (status IN ('PAID', 'HELD', 'REVERSED'))`);
    await db.query(`ALTER TABLE allowances ADD COLUMN held_reason text`);
    await db.query(`ALTER TABLE allowances ALTER COLUMN ledger_entry_id DROP NOT NULL`);
    await db.query(
      `ALTER TABLE allowances ADD CONSTRAINT allowances_paid_are_booked CHECK (status <> 'PAID' OR ledger_entry_id IS NOT NULL)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX allowances_one_per_hour_entry ON allowances (source_hour_entry_id) WHERE source_hour_entry_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX allowances_one_per_hour_entry');
    await db.query('ALTER TABLE allowances DROP CONSTRAINT allowances_paid_are_booked');
    for (const column of ['held_reason', 'status', 'source_hour_entry_id']) await db.query(`ALTER TABLE allowances DROP COLUMN ${column}`);
  }
}
