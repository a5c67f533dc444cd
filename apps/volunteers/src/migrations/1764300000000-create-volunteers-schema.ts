import type { MigrationInterface, QueryRunner } from 'typeorm';

// The shared tables' SQL is copied here, not imported: a later change in the libraries must not change what this
// migration does on a fresh database.
const CREATE_AUDIT_LOG_SQL = `
  CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_subject text NOT NULL,
    actor_role text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id uuid NOT NULL,
    related_ids uuid[] NOT NULL DEFAULT '{}',
    request_id text NOT NULL
  );
  CREATE INDEX audit_log_by_time ON audit_log (occurred_at DESC, id DESC);
  CREATE INDEX audit_log_by_entity ON audit_log (entity_id);
`;

export class CreateVolunteersSchema1764300000000 implements MigrationInterface {
  name = 'CreateVolunteersSchema1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE volunteers (
        id uuid PRIMARY KEY,
        display_name text NOT NULL,
        given_name text,
        family_name text,
        email text,
        phone text,
        date_of_birth date,
        postal_code text,
        house_number text,
        neighbourhood_id uuid,
        languages text[] NOT NULL DEFAULT '{}',
        talents text[] NOT NULL DEFAULT '{}',
        availability text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('INTAKE', 'ACTIVE', 'PAUSED', 'LEFT')),
        status_since date NOT NULL,
        joined_on date NOT NULL,
        vog_status text NOT NULL DEFAULT 'NOT_REQUIRED' CHECK (vog_status IN ('NOT_REQUIRED', 'REQUESTED', 'VALID')),
        vog_valid_until date,
        registered_by_team_id uuid,
        erased_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (vog_status <> 'VALID' OR vog_valid_until IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX volunteers_unique_email ON volunteers (lower(email)) WHERE email IS NOT NULL`);
    await db.query(`CREATE INDEX volunteers_by_name ON volunteers (display_name, id)`);
    await db.query(`CREATE INDEX volunteers_by_talent ON volunteers USING gin (talents)`);
    await db.query(`CREATE INDEX volunteers_by_neighbourhood ON volunteers (neighbourhood_id)`);

    await db.query(`
      CREATE TABLE volunteer_status_changes (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        from_status text,
        to_status text NOT NULL,
        changed_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX status_changes_by_volunteer ON volunteer_status_changes (volunteer_id, changed_on)`);

    await db.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        purpose text NOT NULL CHECK (purpose IN ('CONTACT', 'PHOTOS', 'SHARE_WITH_PARTNERS', 'WELLBEING_MONITOR')),
        given_on date NOT NULL,
        withdrawn_on date CHECK (withdrawn_on >= given_on)
      )`);
    await db.query(`CREATE UNIQUE INDEX consents_one_active_per_purpose ON consents (volunteer_id, purpose) WHERE withdrawn_on IS NULL`);

    await db.query(`
      CREATE TABLE wellbeing_checks (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL REFERENCES volunteers (id),
        taken_on date NOT NULL,
        language smallint NOT NULL CHECK (language BETWEEN 0 AND 10),
        social_network smallint NOT NULL CHECK (social_network BETWEEN 0 AND 10),
        meaning smallint NOT NULL CHECK (meaning BETWEEN 0 AND 10),
        daily_life smallint NOT NULL CHECK (daily_life BETWEEN 0 AND 10),
        home_situation smallint NOT NULL CHECK (home_situation BETWEEN 0 AND 10),
        mental_health smallint NOT NULL CHECK (mental_health BETWEEN 0 AND 10),
        physical_health smallint NOT NULL CHECK (physical_health BETWEEN 0 AND 10),
        financial_health smallint NOT NULL CHECK (financial_health BETWEEN 0 AND 10),
        remark text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX wellbeing_by_volunteer ON wellbeing_checks (volunteer_id, taken_on)`);

    // What this service knows of the teams subgraph's memberships and partner areas, kept current by its events.
    await db.query(`
      CREATE TABLE directory_memberships (
        membership_id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        volunteer_id uuid NOT NULL,
        role text NOT NULL,
        from_date date NOT NULL,
        until_date date
      )`);
    await db.query(`CREATE INDEX directory_memberships_by_volunteer ON directory_memberships (volunteer_id)`);
    await db.query(`CREATE INDEX directory_memberships_by_team ON directory_memberships (team_id)`);
    await db.query(`
      CREATE TABLE directory_partner_areas (
        partner_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        PRIMARY KEY (partner_id, neighbourhood_id)
      )`);

    await db.query(CREATE_AUDIT_LOG_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'directory_partner_areas',
      'directory_memberships',
      'wellbeing_checks',
      'consents',
      'volunteer_status_changes',
      'volunteers',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
