import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTeamsSchema1764201600000 implements MigrationInterface {
  name = 'CreateTeamsSchema1764201600000';

  async up(db: QueryRunner): Promise<void> {
    // btree_gist lets one exclusion constraint forbid overlapping memberships of the same person.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`
      CREATE TABLE neighbourhoods (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        city text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
        municipality_name text NOT NULL,
        municipality_code text NOT NULL CHECK (municipality_code ~ '^GM[0-9]{4}$'),
        cbs_code text CHECK (cbs_code ~ '^WK[0-9]{4}[0-9A-Z]{2}$'),
        classification_year int NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX neighbourhoods_name_in_municipality ON neighbourhoods (municipality_code, lower(name))`);

    await db.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods (id),
        status text NOT NULL CHECK (status IN ('FORMING', 'ACTIVE', 'PAUSED', 'CLOSED')),
        starts_on date NOT NULL,
        commitment_ends_on date NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (commitment_ends_on BETWEEN starts_on + interval '4 years' AND starts_on + interval '6 years')
      )`);
    await db.query(`CREATE UNIQUE INDEX teams_unique_name ON teams (lower(name))`);
    await db.query(`CREATE INDEX teams_by_neighbourhood ON teams (neighbourhood_id)`);
    await db.query(`CREATE INDEX teams_by_name ON teams (name, id)`);

    await db.query(`
      CREATE TABLE partners (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'HOUSING_CORPORATION', 'CARE_INSTITUTION', 'WELFARE_ORGANISATION', 'SCHOOL', 'BUSINESS', 'FUNDER', 'OTHER')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX partners_unique_name ON partners (lower(name))`);
    await db.query(`
      CREATE TABLE partner_neighbourhoods (
        partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods (id),
        PRIMARY KEY (partner_id, neighbourhood_id)
      )`);
    await db.query(`CREATE INDEX partner_neighbourhoods_by_neighbourhood ON partner_neighbourhoods (neighbourhood_id)`);

    await db.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id),
        volunteer_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('MEMBER', 'COORDINATOR', 'COACH')),
        from_date date NOT NULL,
        until_date date CHECK (until_date >= from_date),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_one_team_at_a_time
          EXCLUDE USING gist (volunteer_id WITH =, daterange(from_date, until_date, '[]') WITH &&)
      )`);
    await db.query(`CREATE INDEX memberships_by_team ON memberships (team_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE memberships`);
    await db.query(`DROP TABLE partner_neighbourhoods`);
    await db.query(`DROP TABLE partners`);
    await db.query(`DROP TABLE teams`);
    await db.query(`DROP TABLE neighbourhoods`);
  }
}
