import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Periods in which a person receives social assistance (bijstand), recorded by them or an admin, and the
 * municipality's written consent for an allowance (which under-27s on bijstand need). At most one open period per
 * person; `social_assistance_versions` numbers each change so finance keeps the newest state it was sent.
 */
export class SocialAssistance1764901000000 implements MigrationInterface {
  name = 'SocialAssistance1764901000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE social_assistance_periods (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        since date NOT NULL,
        until date,
        recorded_by_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (until IS NULL OR until >= since)
      )`);
    await db.query('CREATE INDEX social_assistance_periods_volunteer ON social_assistance_periods (volunteer_id, since)');
    await db.query(
      'CREATE UNIQUE INDEX social_assistance_periods_one_open ON social_assistance_periods (volunteer_id) WHERE until IS NULL',
    );
    await db.query(`
      CREATE TABLE municipal_allowance_consents (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        given_on date NOT NULL,
        municipality text NOT NULL CHECK (length(municipality) BETWEEN 1 AND 200),
        reference text CHECK (length(reference) <= 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX municipal_allowance_consents_volunteer ON municipal_allowance_consents (volunteer_id, given_on)');
    await db.query('CREATE TABLE social_assistance_versions (volunteer_id uuid PRIMARY KEY, version int NOT NULL)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE social_assistance_versions');
    await db.query('DROP TABLE municipal_allowance_consents');
    await db.query('DROP TABLE social_assistance_periods');
  }
}
