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

export class CreateEventTables1764300100000 implements MigrationInterface {
  name = 'CreateEventTables1764300100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(CREATE_OUTBOX_SQL);
    await db.query(CREATE_INBOX_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE event_inbox');
    await db.query('DROP TABLE event_outbox');
  }
}
