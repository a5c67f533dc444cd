import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest decision on each hour entry that finance has heard of. Approvals and revocations travel on separate
 * queues and may arrive in any order; the allowance follows this state, never the event that happens to come last.
 */
export class HourApprovalStates1764600700000 implements MigrationInterface {
  name = 'HourApprovalStates1764600700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE hour_approval_states (
        entry_id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL,
        team_id uuid NOT NULL,
        entry_date date NOT NULL,
        minutes int NOT NULL,
        approved boolean NOT NULL,
        entry_version int NOT NULL,
        event_at timestamptz NOT NULL,
        event_id uuid NOT NULL
      )`);
    // Which version of the entry an hourly allowance pays for: a re-approval after a change pays the new minutes.
    await db.query(`ALTER TABLE allowances ADD COLUMN source_entry_version int`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE allowances DROP COLUMN source_entry_version');
    await db.query('DROP TABLE hour_approval_states');
  }
}
