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

export class CreateTrainingSchema1764500000000 implements MigrationInterface {
  name = 'CreateTrainingSchema1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        description text,
        kind text NOT NULL CHECK (kind IN ('SKILL_TRAINING', 'INFORMATION_SESSION', 'COACHING')),
        theme text,
        session_count int NOT NULL CHECK (session_count BETWEEN 1 AND 50),
        study_hours int NOT NULL CHECK (study_hours >= 0),
        gives_certificate boolean NOT NULL,
        certificate_valid_months int CHECK (certificate_valid_months > 0),
        required_for_roles text[] NOT NULL DEFAULT '{}',
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE UNIQUE INDEX courses_unique_title ON courses (lower(title))`);
    // A run of a course: its sessions, its trainer and its places; open to all teams or to one (coaching).
    await db.query(`
      CREATE TABLE course_runs (
        id uuid PRIMARY KEY,
        course_id uuid NOT NULL REFERENCES courses (id),
        team_id uuid,
        capacity int NOT NULL CHECK (capacity > 0),
        trainer_name text,
        trainer_organisation text,
        trainer_volunteer_id uuid,
        status text NOT NULL CHECK (status IN ('OPEN', 'CANCELLED')),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX course_runs_by_team ON course_runs (team_id) WHERE team_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        run_id uuid NOT NULL REFERENCES course_runs (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        location text,
        online_link text
      )`);
    await db.query(`CREATE INDEX sessions_by_run ON sessions (run_id, starts_at)`);
    await db.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY,
        run_id uuid NOT NULL REFERENCES course_runs (id),
        volunteer_id uuid,
        status text NOT NULL CHECK (status IN ('ENROLLED', 'WAITING', 'CANCELLED', 'COMPLETED')),
        waiting_position bigint,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(
      `CREATE UNIQUE INDEX enrolments_one_active ON enrolments (run_id, volunteer_id) WHERE status IN ('ENROLLED', 'WAITING')`,
    );
    await db.query(`CREATE INDEX enrolments_by_volunteer ON enrolments (volunteer_id)`);
    await db.query(`
      CREATE TABLE attendance (
        session_id uuid NOT NULL REFERENCES sessions (id),
        enrolment_id uuid NOT NULL REFERENCES enrolments (id),
        present boolean NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, enrolment_id)
      )`);
    // A certificate keeps its team and neighbourhood so that counts survive the person's erasure.
    await db.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY,
        volunteer_id uuid,
        course_id uuid NOT NULL REFERENCES courses (id),
        run_id uuid REFERENCES course_runs (id),
        team_id uuid,
        neighbourhood_id uuid,
        issued_on date NOT NULL,
        valid_until date
      )`);
    await db.query(`CREATE INDEX certificates_by_volunteer ON certificates (volunteer_id, course_id)`);
    await db.query(`CREATE UNIQUE INDEX certificates_one_per_run ON certificates (run_id, volunteer_id) WHERE run_id IS NOT NULL`);
    await db.query(`CREATE INDEX certificates_by_neighbourhood ON certificates (neighbourhood_id)`);
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
      'certificates',
      'attendance',
      'enrolments',
      'sessions',
      'course_runs',
      'courses',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
