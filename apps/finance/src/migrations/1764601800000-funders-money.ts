import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funders' money coming in: the instalments agreed per funding agreement, the invoice the foundation sends for each
 * (one per instalment, its number unique), the payments received against an invoice (each from one credit on a bank
 * statement, kept once by the bank's reference), and the credits the statement showed that matched no open invoice,
 * for an admin to look at. Invoicing and receiving are ledger movements of their own kinds.
 */
export class FundersMoney1764601800000 implements MigrationInterface {
  name = 'FundersMoney1764601800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE funding_instalments (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES funding_agreements (id),
        due_on date NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX funding_instalments_by_agreement ON funding_instalments (agreement_id, due_on)`);
    await db.query(`
      CREATE TABLE funding_invoices (
        id uuid PRIMARY KEY,
        instalment_id uuid NOT NULL UNIQUE REFERENCES funding_instalments (id),
        agreement_id uuid NOT NULL REFERENCES funding_agreements (id),
        number text NOT NULL UNIQUE CHECK (number ~ '^[A-Z0-9][A-Z0-9./-]{2,34}$'),
        issued_on date NOT NULL,
        due_on date NOT NULL CHECK (due_on >= issued_on),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        ledger_entry_id uuid NOT NULL REFERENCES ledger_entries (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX funding_invoices_by_agreement ON funding_invoices (agreement_id)`);
    await db.query(`
      CREATE TABLE funding_payments (
        id uuid PRIMARY KEY,
        invoice_id uuid NOT NULL REFERENCES funding_invoices (id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        received_on date NOT NULL,
        bank_reference text NOT NULL UNIQUE,
        message_name text NOT NULL,
        message_id text NOT NULL,
        ledger_entry_id uuid NOT NULL REFERENCES ledger_entries (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX funding_payments_by_invoice ON funding_payments (invoice_id)`);
    await db.query(`
      CREATE TABLE unmatched_bank_credits (
        id uuid PRIMARY KEY,
        bank_reference text NOT NULL UNIQUE,
        message_name text NOT NULL,
        message_id text NOT NULL,
        amount_cents bigint NOT NULL,
        booked_on date NOT NULL,
        debtor_name text,
        remittance text,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check');
    await db.query(
      `ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check CHECK (kind IN ('ALLOCATION', 'ALLOWANCE', 'EXPENSE', 'PAYOUT', 'REVERSAL', 'WRITE_OFF', 'INVOICE', 'FUNDS_RECEIVED'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check');
    await db.query(
      `ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check CHECK (kind IN ('ALLOCATION', 'ALLOWANCE', 'EXPENSE', 'PAYOUT', 'REVERSAL', 'WRITE_OFF'))`,
    );
    await db.query('DROP TABLE unmatched_bank_credits');
    await db.query('DROP TABLE funding_payments');
    await db.query('DROP TABLE funding_invoices');
    await db.query('DROP TABLE funding_instalments');
  }
}
