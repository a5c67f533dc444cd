import { CREATE_DIRECTORY_TEAMS_SQL } from '@buurtvolk/team-directory';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDirectoryTeams1764300300000 implements MigrationInterface {
  name = 'CreateDirectoryTeams1764300300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(CREATE_DIRECTORY_TEAMS_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE directory_teams');
  }
}
