import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests for a team from the public form, and the postcode table that places them in a neighbourhood. */
export class NeighbourhoodRequests1764906000000 implements MigrationInterface {
  name = 'NeighbourhoodRequests1764906000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE postcode_areas (
        postcode char(4) PRIMARY KEY,
        neighbourhood_id uuid NOT NULL REFERENCES neighbourhoods (id)
      );
      CREATE TABLE neighbourhood_requests (
        id uuid PRIMARY KEY,
        postcode text NOT NULL,
        neighbourhood_id uuid REFERENCES neighbourhoods (id),
        requester_kind text NOT NULL
          CHECK (requester_kind IN ('RESIDENT', 'MUNICIPALITY', 'HOUSING_CORPORATION', 'CARE_OR_WELFARE', 'OTHER')),
        organisation text,
        reason text NOT NULL,
        contact_name text,
        contact_email text,
        contact_phone text,
        status text NOT NULL CHECK (status IN ('NEW', 'IN_CONVERSATION', 'SCAN_PLANNED', 'DECLINED', 'BECAME_TEAM')),
        decline_reason text,
        team_id uuid REFERENCES teams (id),
        follow_up_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        contact_deleted_at timestamptz,
        version int NOT NULL,
        CHECK ((status IN ('DECLINED', 'BECAME_TEAM')) = (closed_at IS NOT NULL)),
        CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
        CHECK (status <> 'BECAME_TEAM' OR team_id IS NOT NULL)
      );
      CREATE INDEX neighbourhood_requests_newest ON neighbourhood_requests (created_at DESC, id DESC);
      CREATE INDEX neighbourhood_requests_to_forget ON neighbourhood_requests (closed_at) WHERE contact_deleted_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE neighbourhood_requests; DROP TABLE postcode_areas');
  }
}
