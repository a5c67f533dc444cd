import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the bank says about a payment, step by step: ACCEPTED (the bank took it, ACCP/ACSP/ACTC/ACWC, money still in
 * transit) comes between SCHEDULED and PAID; RETURNED is a paid payment the beneficiary's bank sent back (a return on
 * the account statement). The statement's booking of a payment is kept (booked_on), so payments that no statement
 * shows can be listed; every imported statement or notification is kept once, by the bank's message id.
 */
export class BankStatuses1764601600000 implements MigrationInterface {
  name = 'BankStatuses1764601600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE payout_payments DROP CONSTRAINT payout_payments_status_check`);
    await db.query(
      `ALTER TABLE payout_payments ADD CONSTRAINT payout_payments_status_check CHECK (status IN ('SCHEDULED', 'ACCEPTED', 'PAID', 'FAILED', 'RETURNED'))`,
    );
    // The last ISO status code the bank gave (ACSP, ACSC, RJCT, …) and when the status last changed.
    await db.query(`ALTER TABLE payout_payments ADD COLUMN status_code text`);
    await db.query(`ALTER TABLE payout_payments ADD COLUMN status_changed_at timestamptz`);
    // The booking date of the debit on the foundation's account statement, once a statement shows it.
    await db.query(`ALTER TABLE payout_payments ADD COLUMN booked_on date`);
    // Payments made before statements were read have nothing to be compared with: only later ones are expected on one.
    // (Added as false for the rows there are, then true for new ones: no rewrite of a large table.)
    await db.query(`ALTER TABLE payout_payments ADD COLUMN statement_expected boolean NOT NULL DEFAULT false`);
    await db.query(`ALTER TABLE payout_payments ALTER COLUMN statement_expected SET DEFAULT true`);
    await db.query(`
      CREATE TABLE bank_statement_imports (
        id uuid PRIMARY KEY,
        message_name text NOT NULL CHECK (message_name IN ('camt.053', 'camt.054')),
        message_id text NOT NULL CHECK (length(message_id) <= 35),
        result jsonb NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (message_name, message_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE bank_statement_imports');
    await db.query('ALTER TABLE payout_payments DROP COLUMN statement_expected');
    await db.query('ALTER TABLE payout_payments DROP COLUMN booked_on');
    await db.query('ALTER TABLE payout_payments DROP COLUMN status_changed_at');
    await db.query('ALTER TABLE payout_payments DROP COLUMN status_code');
    await db.query(
      `UPDATE payout_payments SET status = CASE status WHEN 'ACCEPTED' THEN 'SCHEDULED' WHEN 'RETURNED' THEN 'FAILED' ELSE status END`,
    );
    await db.query(`ALTER TABLE payout_payments DROP CONSTRAINT payout_payments_status_check`);
    await db.query(
      `ALTER TABLE payout_payments ADD CONSTRAINT payout_payments_status_check CHECK (status IN ('SCHEDULED', 'PAID', 'FAILED'))`,
    );
  }
}
