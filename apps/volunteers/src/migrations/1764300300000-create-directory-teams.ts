import type { MigrationInterface, QueryRunner } from 'typeorm';

// The shared tables' SQL is copied here, not imported: a later change in the libraries must not change what this
// migration does on a fresh database.
const CREATE_DIRECTORY_TEAMS_SQL = `
  CREATE TABLE directory_teams (
    team_id uuid PRIMARY KEY,
    neighbourhood_id uuid NOT NULL,
    municipality_code text NOT NULL,
    starts_on date NOT NULL
  );
  CREATE INDEX directory_teams_by_neighbourhood ON directory_teams (neighbourhood_id);
`;

export class CreateDirectoryTeams1764300300000 implements MigrationInterface {
  name = 'CreateDirectoryTeams1764300300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(CREATE_DIRECTORY_TEAMS_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE directory_teams');
  }
}
