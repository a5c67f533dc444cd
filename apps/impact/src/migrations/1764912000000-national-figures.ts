import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for reports on a national read model (1,000 neighbourhoods, 5 M hour entries): a report's baseline share
 * reads its neighbourhood's months, which had only the team's key to go by (a scan of every month of every team).
 */
export class NationalFigures1764912000000 implements MigrationInterface {
  name = 'NationalFigures1764912000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX IF NOT EXISTS monthly_hours_by_neighbourhood ON monthly_hours (neighbourhood_id, month)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX IF EXISTS monthly_hours_by_neighbourhood');
  }
}
