import type { MigrationInterface, QueryRunner } from 'typeorm';

const PHASES = `('EXPLORATION', 'START', 'BUILDING_UP', 'SELF_RELIANT', 'HAND_OVER', 'CLOSED')`;

/** A team's 4 to 6 year path: its phase history, the phases' checklists, yearly reviews and follow-ups after hand-over. */
export class TeamPath1764907000000 implements MigrationInterface {
  name = 'TeamPath1764907000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team_phase_changes (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id),
        seq int NOT NULL CHECK (seq > 0),
        phase text NOT NULL CHECK (phase IN ${PHASES}),
        entered_on date NOT NULL,
        correction boolean NOT NULL,
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (team_id, seq),
        CHECK (NOT correction OR note IS NOT NULL)
      );
      CREATE TABLE team_checklist_ticks (
        team_id uuid NOT NULL REFERENCES teams (id),
        item text NOT NULL,
        phase text NOT NULL CHECK (phase IN ${PHASES}),
        ticked_by text NOT NULL,
        ticked_at timestamptz NOT NULL,
        PRIMARY KEY (team_id, item)
      );
      CREATE TABLE team_yearly_reviews (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id),
        year int NOT NULL,
        goals jsonb NOT NULL DEFAULT '[]',
        went_well text,
        went_less_well text,
        version int NOT NULL,
        UNIQUE (team_id, year)
      );
      CREATE TABLE team_follow_up_measurements (
        team_id uuid NOT NULL REFERENCES teams (id),
        months_after_hand_over int NOT NULL CHECK (months_after_hand_over IN (12, 24)),
        measured_on date NOT NULL,
        still_active_members int NOT NULL CHECK (still_active_members >= 0),
        hours_last_three_months numeric(10, 2) NOT NULL CHECK (hours_last_three_months >= 0),
        cohesion_note text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (team_id, months_after_hand_over)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE team_follow_up_measurements, team_yearly_reviews, team_checklist_ticks, team_phase_changes');
  }
}
