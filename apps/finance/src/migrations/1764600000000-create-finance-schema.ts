import type { MigrationInterface, QueryRunner } from 'typeorm';

// The shared tables' SQL is copied here, not imported: a later change in the libraries must not change what this
// migration does on a fresh database.
const CREATE_INBOX_SQL = `
CREATE TABLE event_inbox (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
`;

const CREATE_OUTBOX_SQL = `
CREATE TABLE event_outbox (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  source text NOT NULL,
  payload jsonb NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz NULL
);
CREATE INDEX event_outbox_unpublished ON event_outbox (occurred_at, id) WHERE published_at IS NULL;
`;

const CREATE_AUDIT_LOG_SQL = `
  CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_subject text NOT NULL,
    actor_role text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    related_ids uuid[] NOT NULL DEFAULT '{}',
    request_id text NOT NULL
  );
  CREATE INDEX audit_log_by_time ON audit_log (occurred_at DESC, id DESC);
  CREATE INDEX audit_log_by_entity ON audit_log (entity_id);
`;

const CREATE_DIRECTORY_MEMBERSHIPS_SQL = `
  CREATE TABLE directory_memberships (
    membership_id uuid PRIMARY KEY,
    team_id uuid NOT NULL,
    neighbourhood_id uuid NOT NULL,
    volunteer_id uuid NOT NULL,
    role text NOT NULL,
    from_date date NOT NULL,
    until_date date
  );
  CREATE INDEX directory_memberships_by_volunteer ON directory_memberships (volunteer_id);
  CREATE INDEX directory_memberships_by_team ON directory_memberships (team_id);

  CREATE TABLE directory_partner_areas (
    partner_id uuid NOT NULL,
    neighbourhood_id uuid NOT NULL,
    PRIMARY KEY (partner_id, neighbourhood_id)
  );
`;

const CREATE_DIRECTORY_TEAMS_SQL = `
  CREATE TABLE directory_teams (
    team_id uuid PRIMARY KEY,
    neighbourhood_id uuid NOT NULL,
    municipality_code text NOT NULL,
    starts_on date NOT NULL
  );
  CREATE INDEX directory_teams_by_neighbourhood ON directory_teams (neighbourhood_id);
`;

export class CreateFinanceSchema1764600000000 implements MigrationInterface {
  name = 'CreateFinanceSchema1764600000000';

  async up(db: QueryRunner): Promise<void> {
    // The fiscal limits of the volunteer allowance, per calendar year; data an admin can correct.
    await db.query(`
      CREATE TABLE allowance_rates (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        hourly_21_plus_cents int NOT NULL CHECK (hourly_21_plus_cents > 0),
        hourly_under_21_cents int NOT NULL CHECK (hourly_under_21_cents > 0),
        monthly_cap_cents int NOT NULL CHECK (monthly_cap_cents > 0),
        yearly_cap_cents int NOT NULL CHECK (yearly_cap_cents >= monthly_cap_cents),
        confirmed boolean NOT NULL,
        source text NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`
      CREATE TABLE funding_agreements (
        id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 150),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        team_ids uuid[] NOT NULL DEFAULT '{}',
        neighbourhood_ids uuid[] NOT NULL DEFAULT '{}',
        social_return_cents_per_euro int NOT NULL CHECK (social_return_cents_per_euro > 0),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX funding_agreements_by_partner ON funding_agreements (partner_id)`);
    await db.query(`
      CREATE TABLE budgets (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        year int NOT NULL,
        category text NOT NULL CHECK (category IN ('ALLOWANCES', 'ACTIVITIES', 'TRAINING', 'COORDINATION')),
        UNIQUE (team_id, year, category)
      )`);
    // Double-entry and append-only: every movement takes an amount from one account to another, so the sum of all
    // balances is zero by construction; corrections are reversing entries. Updates and deletes are refused.
    await db.query(`
      CREATE TABLE ledger_entries (
        id uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('ALLOCATION', 'ALLOWANCE', 'EXPENSE', 'PAYOUT', 'REVERSAL')),
        from_account text NOT NULL,
        to_account text NOT NULL CHECK (to_account <> from_account),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        agreement_id uuid,
        budget_id uuid,
        volunteer_id uuid,
        reverses_entry_id uuid REFERENCES ledger_entries (id),
        description text NOT NULL,
        idempotency_key text UNIQUE
      )`);
    await db.query(`CREATE INDEX ledger_by_from ON ledger_entries (from_account)`);
    await db.query(`CREATE INDEX ledger_by_to ON ledger_entries (to_account)`);
    await db.query(`
      CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'The ledger is append-only: book a reversing entry instead' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await db.query(
      `CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change()`,
    );
    // The result of a money mutation per idempotency key: a retry gets the first answer back.
    await db.query(`
      CREATE TABLE idempotent_results (
        key text PRIMARY KEY,
        operation text NOT NULL,
        result jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(CREATE_DIRECTORY_TEAMS_SQL);
    await db.query(CREATE_DIRECTORY_MEMBERSHIPS_SQL);
    await db.query(CREATE_AUDIT_LOG_SQL);
    await db.query(CREATE_OUTBOX_SQL);
    await db.query(CREATE_INBOX_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'event_inbox',
      'event_outbox',
      'audit_log',
      'directory_partner_areas',
      'directory_memberships',
      'directory_teams',
      'idempotent_results',
      'ledger_entries',
      'budgets',
      'funding_agreements',
      'allowance_rates',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP FUNCTION refuse_ledger_change()');
  }
}
