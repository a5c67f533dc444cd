import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per person, check and due date that CheckDue was recorded for: the primary key is what makes the daily job
 * idempotent, also with two instances running it at once. It holds no answers, only that a check fell due.
 */
export class CheckReminders1764911100000 implements MigrationInterface {
  name = 'CheckReminders1764911100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE check_reminders (
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        check_kind text NOT NULL CHECK (check_kind IN ('WELLBEING', 'LONELINESS')),
        due_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (volunteer_id, check_kind, due_on)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE check_reminders');
  }
}
