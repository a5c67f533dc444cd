import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateExpenseClaims1764600300000 implements MigrationInterface {
  name = 'CreateExpenseClaims1764600300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE expense_claims (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL,
        team_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'SCHEDULED', 'PAID', 'REJECTED', 'INCOMPLETE')),
        reason text,
        ledger_entry_id uuid REFERENCES ledger_entries (id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX expense_claims_by_team ON expense_claims (team_id, status)`);
    await db.query(`CREATE INDEX expense_claims_by_volunteer ON expense_claims (volunteer_id)`);
    await db.query(`
      CREATE TABLE expense_claim_items (
        id uuid PRIMARY KEY,
        claim_id uuid NOT NULL REFERENCES expense_claims (id),
        category text NOT NULL CHECK (category IN ('TRAVEL', 'MATERIALS', 'FOOD', 'OTHER')),
        spent_on date NOT NULL,
        amount_cents int NOT NULL CHECK (amount_cents > 0),
        receipt_ref text NOT NULL,
        receipt_sha256 text NOT NULL CHECK (receipt_sha256 ~ '^[0-9a-f]{64}$')
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE expense_claim_items');
    await db.query('DROP TABLE expense_claims');
  }
}
