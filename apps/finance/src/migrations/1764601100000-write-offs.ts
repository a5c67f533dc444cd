import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ledger takes write-offs of what a volunteer owes back. */
export class WriteOffs1764601100000 implements MigrationInterface {
  name = 'WriteOffs1764601100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check');
    await db.query(
      `ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check CHECK (kind IN ('ALLOCATION', 'ALLOWANCE', 'EXPENSE', 'PAYOUT', 'REVERSAL', 'WRITE_OFF'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check');
    await db.query(
      `ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check CHECK (kind IN ('ALLOCATION', 'ALLOWANCE', 'EXPENSE', 'PAYOUT', 'REVERSAL'))`,
    );
  }
}
