import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePayouts1764600500000 implements MigrationInterface {
  name = 'CreatePayouts1764600500000';

  async up(db: QueryRunner): Promise<void> {
    // Stored only for payees, as given; wiped with the name when a volunteer is erased and nothing is pending.
    await db.query(`ALTER TABLE payees ADD COLUMN holder_name text`);
    await db.query(`ALTER TABLE payees ADD COLUMN iban text`);
    await db.query(`
      CREATE TABLE payout_batches (
        id uuid PRIMARY KEY,
        message_id text NOT NULL UNIQUE CHECK (length(message_id) <= 35),
        requested_execution_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('CREATED', 'PROCESSED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE payout_payments (
        id uuid PRIMARY KEY,
        batch_id uuid NOT NULL REFERENCES payout_batches (id),
        volunteer_id uuid NOT NULL,
        end_to_end_id text NOT NULL UNIQUE CHECK (length(end_to_end_id) <= 35),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        creditor_name text NOT NULL,
        creditor_iban text NOT NULL,
        status text NOT NULL CHECK (status IN ('SCHEDULED', 'PAID', 'FAILED')),
        failure_reason text,
        ledger_entry_id uuid NOT NULL REFERENCES ledger_entries (id)
      )`);
    await db.query(`CREATE INDEX payout_payments_by_volunteer ON payout_payments (volunteer_id)`);
    await db.query(`ALTER TABLE expense_claims ADD COLUMN payment_id uuid REFERENCES payout_payments (id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE expense_claims DROP COLUMN payment_id');
    await db.query('DROP TABLE payout_payments');
    await db.query('DROP TABLE payout_batches');
    await db.query('ALTER TABLE payees DROP COLUMN iban');
    await db.query('ALTER TABLE payees DROP COLUMN holder_name');
  }
}
