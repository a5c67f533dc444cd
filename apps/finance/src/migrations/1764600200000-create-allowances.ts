import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAllowances1764600200000 implements MigrationInterface {
  name = 'CreateAllowances1764600200000';

  async up(db: QueryRunner): Promise<void> {
    // What finance must know of a payee for the fiscal rules (age, social assistance); wiped on erasure once settled.
    await db.query(`
      CREATE TABLE payees (
        volunteer_id uuid PRIMARY KEY,
        date_of_birth date,
        social_assistance_under_27 boolean NOT NULL DEFAULT false,
        erased_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE allowance_arrangements (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES payees (volunteer_id),
        team_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FLAT_MONTHLY', 'HOURLY')),
        amount_cents int NOT NULL CHECK (amount_cents > 0),
        starts_on date NOT NULL,
        ends_on date CHECK (ends_on >= starts_on),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE UNIQUE INDEX one_open_arrangement ON allowance_arrangements (volunteer_id, team_id) WHERE ends_on IS NULL`);
    await db.query(`
      CREATE TABLE declared_elsewhere (
        volunteer_id uuid NOT NULL,
        year int NOT NULL,
        amount_cents int NOT NULL CHECK (amount_cents >= 0),
        PRIMARY KEY (volunteer_id, year)
      )`);
    // One row per allowance paid out of an arrangement for a month of work; the ledger holds the money.
    await db.query(`
      CREATE TABLE allowances (
        id uuid PRIMARY KEY,
        arrangement_id uuid NOT NULL REFERENCES allowance_arrangements (id),
        volunteer_id uuid NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        amount_cents int NOT NULL CHECK (amount_cents > 0),
        ledger_entry_id uuid NOT NULL REFERENCES ledger_entries (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX allowances_by_volunteer ON allowances (volunteer_id, month)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['allowances', 'declared_elsewhere', 'allowance_arrangements', 'payees']) await db.query(`DROP TABLE ${table}`);
  }
}
