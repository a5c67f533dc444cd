import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outreach moments and the intake of interested residents, with the constraints the funnel relies on. */
export class Recruitment1764908100000 implements MigrationInterface {
  name = 'Recruitment1764908100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outreach_moments (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id),
        kind text NOT NULL CHECK (kind IN ('DOOR_TO_DOOR', 'MARKET_STAND', 'VIA_PARTNER', 'OTHER')),
        held_on date NOT NULL,
        place text NOT NULL,
        spoken_to int NOT NULL CHECK (spoken_to >= 0),
        interested int NOT NULL CHECK (interested >= 0 AND interested <= spoken_to),
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL
      );
      CREATE INDEX outreach_moments_of_team ON outreach_moments (team_id, held_on);
      CREATE TABLE recruitment_candidates (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES teams (id),
        outreach_moment_id uuid REFERENCES outreach_moments (id),
        first_name text,
        phone text,
        email text,
        first_conversation_on date,
        introduction_on date,
        outcome text CHECK (outcome IN ('JOINED', 'NOT_JOINED')),
        outcome_on date,
        not_joined_reason text
          CHECK (not_joined_reason IN ('NO_TIME', 'NOT_INTERESTED', 'HEALTH', 'MOVED', 'NO_CONTACT', 'OTHER_INITIATIVE', 'OTHER')),
        not_joined_note text,
        volunteer_id uuid,
        closed_at timestamptz,
        contact_deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL,
        CHECK ((outcome IS NULL) = (closed_at IS NULL) AND (outcome IS NULL) = (outcome_on IS NULL)),
        CHECK ((outcome = 'JOINED') = (volunteer_id IS NOT NULL)),
        CHECK (outcome IS DISTINCT FROM 'NOT_JOINED' OR not_joined_reason IS NOT NULL),
        -- Whoever joined is the volunteers service's to know: no name or contact is kept beside the link.
        CHECK (outcome IS DISTINCT FROM 'JOINED' OR (first_name IS NULL AND phone IS NULL AND email IS NULL)),
        UNIQUE (team_id, volunteer_id)
      );
      CREATE INDEX recruitment_candidates_of_team ON recruitment_candidates (team_id, created_at DESC);
      CREATE INDEX recruitment_candidates_to_forget ON recruitment_candidates (closed_at)
        WHERE outcome = 'NOT_JOINED' AND contact_deleted_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE recruitment_candidates; DROP TABLE outreach_moments');
  }
}
