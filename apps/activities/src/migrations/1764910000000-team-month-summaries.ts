import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly team summaries (highlight, photos, publication) and the copy of PHOTOS consent the volunteers service
 * announces (VolunteerConsentChanged), kept by version so the latest state wins whatever order events arrive in.
 */
export class TeamMonthSummaries1764910000000 implements MigrationInterface {
  name = 'TeamMonthSummaries1764910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE team_month_summaries (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
        highlight_nl text NOT NULL CHECK (length(highlight_nl) BETWEEN 1 AND 600),
        highlight_en text CHECK (length(highlight_en) BETWEEN 1 AND 600),
        written_by text NOT NULL,
        published_at timestamptz,
        published_by text,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (team_id, month)
      )`);
    await db.query(`
      CREATE TABLE summary_photos (
        id uuid PRIMARY KEY,
        summary_id uuid NOT NULL REFERENCES team_month_summaries (id) ON DELETE CASCADE,
        caption text NOT NULL CHECK (length(caption) BETWEEN 1 AND 200),
        object_key text,
        content_type text CHECK (content_type IN ('image/jpeg', 'image/png')),
        size_bytes int,
        sha256 text,
        requested_by text NOT NULL,
        uploaded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX summary_photos_by_summary ON summary_photos (summary_id, created_at, id)');
    await db.query(`
      CREATE TABLE summary_photo_people (
        photo_id uuid NOT NULL REFERENCES summary_photos (id) ON DELETE CASCADE,
        volunteer_id uuid NOT NULL,
        PRIMARY KEY (photo_id, volunteer_id)
      )`);
    await db.query('CREATE INDEX summary_photo_people_by_volunteer ON summary_photo_people (volunteer_id)');
    await db.query(`
      CREATE TABLE volunteer_consents (
        volunteer_id uuid NOT NULL,
        purpose text NOT NULL,
        given boolean NOT NULL,
        version bigint NOT NULL,
        PRIMARY KEY (volunteer_id, purpose)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE volunteer_consents');
    await db.query('DROP TABLE summary_photo_people');
    await db.query('DROP TABLE summary_photos');
    await db.query('DROP TABLE team_month_summaries');
  }
}
