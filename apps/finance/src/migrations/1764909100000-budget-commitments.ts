import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Money a team decided to spend: a commitment against one of its budgets, executed by its coordinator into the ledger. */
export class BudgetCommitments1764909100000 implements MigrationInterface {
  name = 'BudgetCommitments1764909100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE budget_commitments (
        id uuid PRIMARY KEY,
        -- One commitment per accepted proposal: a redelivered or replayed event finds it there.
        proposal_id uuid NOT NULL UNIQUE,
        team_id uuid NOT NULL,
        year int NOT NULL,
        category text NOT NULL CHECK (category IN ('ALLOWANCES', 'ACTIVITIES', 'TRAINING', 'COORDINATION')),
        budget_id uuid REFERENCES budgets (id),
        amount_cents int NOT NULL CHECK (amount_cents > 0),
        currency text NOT NULL CHECK (currency = 'EUR'),
        decided_at timestamptz NOT NULL,
        funding_issue text CHECK (funding_issue IN ('NO_BUDGET', 'BUDGET_TOO_SMALL')),
        status text NOT NULL CHECK (status IN ('OPEN', 'EXECUTED', 'CANCELLED')),
        executed_cents int CHECK (executed_cents > 0 AND executed_cents <= amount_cents),
        executed_on date,
        executed_for text,
        ledger_entry_id uuid UNIQUE REFERENCES ledger_entries (id),
        cancel_reason text,
        version int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'EXECUTED') = (ledger_entry_id IS NOT NULL)),
        CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL)
      );
      CREATE INDEX budget_commitments_by_team_year ON budget_commitments (team_id, year);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE budget_commitments');
  }
}
