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

const CREATE_REPLAY_SQL = `
CREATE TABLE event_replays (
  request_id uuid NOT NULL,
  source text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  expected int NULL,
  received int NOT NULL DEFAULT 0,
  finished_at timestamptz NULL,
  PRIMARY KEY (request_id, source)
);
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

const CREATE_DIRECTORY_PARTNER_AREAS_SQL = `
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

export class CreateImpactSchema1764700000000 implements MigrationInterface {
  name = 'CreateImpactSchema1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(CREATE_INBOX_SQL);
    await db.query(CREATE_REPLAY_SQL);
    await db.query(CREATE_AUDIT_LOG_SQL);

    // The read model: built only from other services' events, so it can be dropped and replayed. It keeps ids of
    // teams, entries and activities and counts and sums, never a person's id, name or answers.
    await db.query(CREATE_DIRECTORY_TEAMS_SQL);
    await db.query(CREATE_DIRECTORY_PARTNER_AREAS_SQL);
    // Started and ended arrive as separate events, possibly out of order, so every column but the id may be unknown.
    await db.query(`
      CREATE TABLE team_memberships (
        membership_id uuid PRIMARY KEY,
        team_id uuid,
        role text,
        from_date date,
        until_date date
      )`);
    await db.query('CREATE INDEX team_memberships_by_team ON team_memberships (team_id)');
    // The latest state of each hour entry, so a repeated or late event changes the sums only once (last writer wins).
    await db.query(`
      CREATE TABLE hour_entry_states (
        entry_id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        theme text NOT NULL,
        entry_date date NOT NULL,
        minutes int NOT NULL,
        approved boolean NOT NULL,
        event_at timestamptz NOT NULL,
        event_id uuid NOT NULL
      )`);
    await db.query('CREATE INDEX hour_entry_states_by_team_date ON hour_entry_states (team_id, entry_date) WHERE approved');
    await db.query(`
      CREATE TABLE monthly_hours (
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        theme text NOT NULL,
        month date NOT NULL,
        minutes bigint NOT NULL,
        entries int NOT NULL,
        PRIMARY KEY (team_id, month, theme)
      )`);
    await db.query(`
      CREATE TABLE completed_activities (
        activity_id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        neighbourhood_id uuid NOT NULL,
        theme text NOT NULL,
        completed_on date NOT NULL,
        residents_reached int NOT NULL
      )`);
    await db.query('CREATE INDEX completed_activities_by_team ON completed_activities (team_id, completed_on)');
    await db.query(`
      CREATE TABLE issued_certificates (
        certificate_id uuid PRIMARY KEY,
        course_id uuid NOT NULL,
        team_id uuid NOT NULL,
        issued_on date NOT NULL
      )`);
    await db.query('CREATE INDEX issued_certificates_by_team ON issued_certificates (team_id, issued_on)');
    // Per team and year, as the volunteers service computes them from consenting members' checks.
    await db.query(`
      CREATE TABLE wellbeing_snapshots (
        team_id uuid PRIMARY KEY,
        version int NOT NULL
      )`);
    await db.query(`
      CREATE TABLE wellbeing_figures (
        team_id uuid NOT NULL REFERENCES wellbeing_snapshots (team_id) ON DELETE CASCADE,
        year int NOT NULL,
        participants int NOT NULL,
        change_sums jsonb NOT NULL,
        PRIMARY KEY (team_id, year)
      )`);
    await db.query(`
      CREATE TABLE funding_agreements (
        agreement_id uuid PRIMARY KEY,
        partner_id uuid NOT NULL,
        title text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        team_ids uuid[] NOT NULL,
        neighbourhood_ids uuid[] NOT NULL,
        amount_cents bigint NOT NULL,
        social_return_cents_per_euro int NOT NULL,
        version int NOT NULL
      )`);
    await db.query(`
      CREATE TABLE booked_costs (
        entry_id uuid PRIMARY KEY,
        agreement_id uuid,
        team_id uuid NOT NULL,
        category text NOT NULL,
        year int NOT NULL,
        amount_cents bigint NOT NULL,
        booked_on date NOT NULL
      )`);
    await db.query('CREATE INDEX booked_costs_by_team ON booked_costs (team_id, year)');

    // The impact service's own data.
    await db.query(`
      CREATE TABLE neighbourhood_surveys (
        id uuid PRIMARY KEY,
        neighbourhood_id uuid NOT NULL,
        wave text NOT NULL CHECK (wave IN ('BASELINE', 'FOLLOW_UP')),
        fielded_on date NOT NULL,
        wave_year int NOT NULL,
        sample_size int NOT NULL CHECK (sample_size > 0),
        statements jsonb NOT NULL,
        characteristics jsonb NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    // A baseline once, then one wave a year: the trend compares like with like.
    await db.query(
      `CREATE UNIQUE INDEX neighbourhood_surveys_one_baseline ON neighbourhood_surveys (neighbourhood_id) WHERE wave = 'BASELINE'`,
    );
    await db.query('CREATE UNIQUE INDEX neighbourhood_surveys_one_a_year ON neighbourhood_surveys (neighbourhood_id, wave_year)');
    await db.query(`
      CREATE TABLE shadow_prices (
        id uuid PRIMARY KEY,
        price_year int NOT NULL CHECK (price_year BETWEEN 2000 AND 2100),
        item text NOT NULL,
        unit text NOT NULL,
        value_cents int CHECK (value_cents >= 0),
        low_cents int,
        high_cents int,
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
        note text,
        version int NOT NULL DEFAULT 1,
        UNIQUE (price_year, item),
        CHECK ((value_cents IS NULL AND low_cents IS NULL AND high_cents IS NULL)
            OR (value_cents IS NOT NULL AND low_cents <= value_cents AND value_cents <= high_cents))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE shadow_prices, neighbourhood_surveys, booked_costs, funding_agreements, wellbeing_figures, wellbeing_snapshots,
      issued_certificates, completed_activities, monthly_hours, hour_entry_states, team_memberships, directory_partner_areas, directory_teams,
      audit_log, event_replays, event_inbox`);
  }
}
