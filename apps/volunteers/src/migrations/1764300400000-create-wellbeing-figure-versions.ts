import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of each team's latest WellbeingFiguresChanged snapshot. Consumers keep the highest version they saw, so
 * a snapshot delivered late never overwrites a newer one; bumping the row also locks it, which serialises two
 * recomputations of one team.
 */
export class CreateWellbeingFigureVersions1764300400000 implements MigrationInterface {
  name = 'CreateWellbeingFigureVersions1764300400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE wellbeing_figure_versions (team_id uuid PRIMARY KEY, version int NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE wellbeing_figure_versions');
  }
}
