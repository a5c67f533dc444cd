import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CBS key figures as imported data, and the neighbourhood scans with the decision to start a team. */
export class NeighbourhoodScans1764908000000 implements MigrationInterface {
  name = 'NeighbourhoodScans1764908000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE cbs_key_figures (
        area_code text NOT NULL,
        classification_year int NOT NULL,
        figure text NOT NULL CHECK (figure IN ('INHABITANTS', 'LOW_INCOME_HOUSEHOLDS_SHARE')),
        value numeric NOT NULL CHECK (value >= 0),
        year int NOT NULL,
        source text NOT NULL,
        imported_at timestamptz NOT NULL,
        PRIMARY KEY (area_code, classification_year, figure)
      );
      CREATE INDEX cbs_key_figures_by_import ON cbs_key_figures (source, classification_year);
      CREATE TABLE neighbourhood_scans (
        id uuid PRIMARY KEY,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods (id),
        area_code text NOT NULL,
        classification_year int NOT NULL,
        request_id uuid REFERENCES neighbourhood_requests (id),
        partners jsonb NOT NULL,
        initiatives jsonb NOT NULL,
        notes text,
        decision text CHECK (decision IN ('START', 'DO_NOT_START')),
        decision_reason text,
        team_id uuid REFERENCES teams (id),
        decided_by text,
        decided_at timestamptz,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL,
        CHECK ((decision IS NULL) = (decided_at IS NULL)),
        CHECK ((decision = 'START') = (team_id IS NOT NULL)),
        CHECK (decision IS DISTINCT FROM 'DO_NOT_START' OR decision_reason IS NOT NULL)
      );
      CREATE INDEX neighbourhood_scans_of_neighbourhood ON neighbourhood_scans (neighbourhood_id, created_at DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE neighbourhood_scans; DROP TABLE cbs_key_figures');
  }
}
