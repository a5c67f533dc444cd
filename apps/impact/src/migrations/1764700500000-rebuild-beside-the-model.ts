import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The rebuild in progress, if any: its replay fills tables of their own until it is swapped in whole. */
export class RebuildBesideTheModel1764700500000 implements MigrationInterface {
  name = 'RebuildBesideTheModel1764700500000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE read_model_rebuilds (
        request_id uuid PRIMARY KEY,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP SCHEMA IF EXISTS impact_rebuild CASCADE');
    await db.query('DROP TABLE read_model_rebuilds');
  }
}
