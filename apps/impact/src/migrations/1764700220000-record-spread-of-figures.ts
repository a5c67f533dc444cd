import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a 95 % confidence interval needs besides a mean and a count: the spread. A survey wave keeps the standard
 * deviation of its respondents' cohesion scores (0–10) when the fieldwork reports it; a team's wellbeing figures keep
 * per domain the sum of squared changes beside the sum, when the producer sends it. Both stay empty for older data:
 * no interval is shown rather than one made up.
 */
export class RecordSpreadOfFigures1764700220000 implements MigrationInterface {
  name = 'RecordSpreadOfFigures1764700220000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE neighbourhood_surveys ADD COLUMN score_standard_deviation numeric(6, 3) CHECK (score_standard_deviation BETWEEN 0 AND 10)',
    );
    await db.query('ALTER TABLE wellbeing_figures ADD COLUMN change_square_sums jsonb');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE wellbeing_figures DROP COLUMN change_square_sums');
    await db.query('ALTER TABLE neighbourhood_surveys DROP COLUMN score_standard_deviation');
  }
}
