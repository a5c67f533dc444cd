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

const CREATE_INBOX_SQL = `
  CREATE TABLE event_inbox (
    consumer text NOT NULL,
    event_id uuid NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
  );
`;

/**
 * The messages service keeps as little as it can: the address it sends to (a copy from volunteers, newest version
 * wins), each person's choices, and the messages themselves as an outbox — the event's figures, never a rendered text
 * or an address, so nothing about a person stays in a message once it has been sent or the person is erased.
 */
export class CreateMessagesSchema1796279291455 implements MigrationInterface {
  name = 'CreateMessagesSchema1796279291455';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE message_contacts (
        volunteer_id uuid PRIMARY KEY,
        email text NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await db.query(`
      CREATE TABLE message_preferences (
        volunteer_id uuid PRIMARY KEY,
        language text NOT NULL CHECK (language IN ('NL', 'EN')),
        disabled_kinds text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    await db.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        volunteer_id uuid NOT NULL,
        kind text NOT NULL,
        template text NOT NULL,
        facts jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'DEAD')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz NULL,
        -- One message per event and person: an event delivered twice never sends twice.
        CONSTRAINT messages_once_per_event UNIQUE (event_id, volunteer_id)
      )
    `);
    await db.query(`CREATE INDEX messages_due ON messages (next_attempt_at) WHERE status = 'PENDING'`);
    await db.query(`CREATE INDEX messages_dead ON messages (finished_at DESC, id DESC) WHERE status = 'DEAD'`);
    await db.query(`CREATE INDEX messages_by_volunteer ON messages (volunteer_id)`);
    await db.query(CREATE_AUDIT_LOG_SQL);
    await db.query(CREATE_INBOX_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['event_inbox', 'audit_log', 'messages', 'message_preferences', 'message_contacts'])
      await db.query(`DROP TABLE ${table}`);
  }
}
