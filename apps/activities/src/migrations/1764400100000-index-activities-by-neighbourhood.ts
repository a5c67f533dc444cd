import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Neighbourhood figures sum the residents reached by activities in the neighbourhood. */
export class IndexActivitiesByNeighbourhood1764400100000 implements MigrationInterface {
  name = 'IndexActivitiesByNeighbourhood1764400100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX activities_by_neighbourhood ON activities (neighbourhood_id, starts_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX activities_by_neighbourhood');
  }
}
