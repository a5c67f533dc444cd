import type { MigrationInterface, QueryRunner } from 'typeorm';

// The shared tables' SQL is copied here, not imported: a later change in the libraries must not change what this
// migration does on a fresh database.
const CREATE_INBOX_SQL = `
CREATE TABLE event_inbox (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
`;

const CREATE_OUTBOX_SQL = `
CREATE TABLE event_outbox (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  source text NOT NULL,
  payload jsonb NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz NULL
);
CREATE INDEX event_outbox_unpublished ON event_outbox (occurred_at, id) WHERE published_at IS NULL;
`;

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

const CREATE_DIRECTORY_MEMBERSHIPS_SQL = `
  CREATE TABLE directory_memberships (
    membership_id uuid PRIMARY KEY,
    team_id uuid NOT NULL,
    neighbourhood_id uuid NOT NULL,
    volunteer_id uuid NOT NULL,
    role text NOT NULL,
    from_date date NOT NULL,
    until_date date
  );
  CREATE INDEX directory_memberships_by_volunteer ON directory_memberships (volunteer_id);
  CREATE INDEX directory_memberships_by_team ON directory_memberships (team_id);

  CREATE TABLE directory_partner_areas (
    partner_id uuid NOT NULL,
    neighbourhood_id uuid NOT NULL,
    PRIMARY KEY (partner_id, neighbourhood_id)
  );
`;

const CREATE_DIRECTORY_TEAMS_SQL = `
  CREATE TABLE directory_teams (
    team_id uuid PRIMARY KEY,
    neighbourhood_id uuid NOT NULL,
    municipality_code text NOT NULL,
    starts_on date NOT NULL
  );
  CREATE INDEX directory_teams_by_neighbourhood ON directory_teams (neighbourhood_id);
`;

const THEMES = `('NEIGHBOURHOOD', 'COMMUNITY', 'INFORMAL_CARE', 'SUSTAINABILITY', 'PERSONAL_DEVELOPMENT', 'HEALTH')`;

export class CreateActivitiesSchema1764400000000 implements MigrationInterface {
  name = 'CreateActivitiesSchema1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activity_series (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        frequency text NOT NULL CHECK (frequency IN ('WEEKLY', 'MONTHLY')),
        first_starts_at timestamptz NOT NULL,
        until_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE activities (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        series_id uuid REFERENCES activity_series (id),
        theme text NOT NULL CHECK (theme IN ${THEMES}),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        description text,
        location text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        status text NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
        partner_id uuid,
        capacity int CHECK (capacity > 0),
        residents_reached int CHECK (residents_reached >= 0),
        result text,
        organiser_ids uuid[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX activities_by_team ON activities (team_id, starts_at, id)`);
    await db.query(`CREATE INDEX activities_by_partner ON activities (partner_id, starts_at, id) WHERE partner_id IS NOT NULL`);
    await db.query(`CREATE INDEX activities_by_series ON activities (series_id) WHERE series_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE sign_ups (
        activity_id uuid NOT NULL REFERENCES activities (id),
        volunteer_id uuid NOT NULL,
        signed_up_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (activity_id, volunteer_id)
      )`);

    // An hour entry carries its team's place (from the directory) so that figures need no join.
    await db.query(`
      CREATE TABLE hour_entries (
        id uuid PRIMARY KEY,
        volunteer_id uuid NOT NULL,
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        municipality_code text NOT NULL,
        entry_date date NOT NULL,
        minutes int NOT NULL CHECK (minutes BETWEEN 15 AND 1440),
        theme text NOT NULL CHECK (theme IN ${THEMES}),
        activity_id uuid,
        description text,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
        rejection_reason text,
        decided_by text,
        decided_at timestamptz,
        entered_by text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX hour_entries_by_volunteer ON hour_entries (volunteer_id, entry_date DESC, id DESC)`);
    await db.query(`CREATE INDEX hour_entries_by_team ON hour_entries (team_id, status, entry_date)`);

    // Rollups kept exact by a trigger in the same transaction as every change of an entry: figures never go stale.
    await db.query(`
      CREATE TABLE hour_totals (
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        municipality_code text NOT NULL,
        theme text NOT NULL,
        month date NOT NULL,
        status text NOT NULL,
        minutes bigint NOT NULL,
        entries int NOT NULL,
        PRIMARY KEY (team_id, month, theme, status)
      )`);
    await db.query(`CREATE INDEX hour_totals_by_neighbourhood ON hour_totals (neighbourhood_id, month)`);
    await db.query(`CREATE INDEX hour_totals_by_month ON hour_totals (month, municipality_code, theme)`);
    await db.query(`
      CREATE TABLE volunteer_months (
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        month date NOT NULL,
        volunteer_id uuid NOT NULL,
        approved_minutes bigint NOT NULL,
        PRIMARY KEY (team_id, month, volunteer_id)
      )`);
    await db.query(`CREATE INDEX volunteer_months_by_neighbourhood ON volunteer_months (neighbourhood_id, month)`);
    await db.query(`
      CREATE FUNCTION apply_hour_entry(entry hour_entries, sign int) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO hour_totals AS t (team_id, neighbourhood_id, municipality_code, theme, month, status, minutes, entries)
        VALUES (entry.team_id, entry.neighbourhood_id, entry.municipality_code, entry.theme, date_trunc('month', entry.entry_date)::date, entry.status, sign * entry.minutes, sign)
        ON CONFLICT (team_id, month, theme, status) DO UPDATE SET minutes = t.minutes + EXCLUDED.minutes, entries = t.entries + EXCLUDED.entries;
        IF entry.status = 'APPROVED' THEN
          INSERT INTO volunteer_months AS v (team_id, neighbourhood_id, month, volunteer_id, approved_minutes)
          VALUES (entry.team_id, entry.neighbourhood_id, date_trunc('month', entry.entry_date)::date, entry.volunteer_id, sign * entry.minutes)
          ON CONFLICT (team_id, month, volunteer_id) DO UPDATE SET approved_minutes = v.approved_minutes + EXCLUDED.approved_minutes;
          DELETE FROM volunteer_months WHERE team_id = entry.team_id AND month = date_trunc('month', entry.entry_date)::date
            AND volunteer_id = entry.volunteer_id AND approved_minutes <= 0;
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION maintain_hour_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM apply_hour_entry(OLD, -1); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM apply_hour_entry(NEW, 1); END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER hour_entries_totals AFTER INSERT OR UPDATE OF status, minutes, entry_date, theme, team_id OR DELETE ON hour_entries
      FOR EACH ROW EXECUTE FUNCTION maintain_hour_totals()`);

    await db.query(CREATE_DIRECTORY_TEAMS_SQL);
    await db.query(CREATE_DIRECTORY_MEMBERSHIPS_SQL);
    await db.query(CREATE_AUDIT_LOG_SQL);
    await db.query(CREATE_OUTBOX_SQL);
    await db.query(CREATE_INBOX_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'event_inbox',
      'event_outbox',
      'audit_log',
      'directory_partner_areas',
      'directory_memberships',
      'directory_teams',
      'volunteer_months',
      'hour_totals',
      'hour_entries',
      'sign_ups',
      'activities',
      'activity_series',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP FUNCTION maintain_hour_totals(), apply_hour_entry(hour_entries, int)');
  }
}
