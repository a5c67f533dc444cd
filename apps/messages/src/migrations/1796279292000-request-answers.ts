import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers to neighbourhood requests go to requesters, who are not platform users: a message is for a person
 * (volunteer_id) or for a request (request_id), never both. `request_recipients` keeps the requester's address and
 * language (newest request version wins) until teams deletes the contact data; then the row stays as a tombstone
 * without the address (`forgotten`), so a late delivery cannot bring it back, and the request's messages are deleted.
 * One message per request version: a status change is answered once, however often or late its event arrives.
 *
 * Its timestamp follows this service's first migration (1796279291455), not the one planned for it (1764911000000):
 * TypeORM runs pending migrations in timestamp order, and on a fresh database this one needs the messages table.
 */
export class RequestAnswers1796279292000 implements MigrationInterface {
  name = 'RequestAnswers1796279292000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE request_recipients (
        request_id uuid PRIMARY KEY,
        email text NULL,
        language text NOT NULL CHECK (language IN ('NL', 'EN')),
        version integer NOT NULL,
        forgotten boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (NOT forgotten OR email IS NULL)
      )
    `);
    await db.query(`ALTER TABLE messages ALTER COLUMN volunteer_id DROP NOT NULL`);
    await db.query(`ALTER TABLE messages ADD COLUMN request_id uuid NULL, ADD COLUMN request_version integer NULL`);
    await db.query(
      `ALTER TABLE messages ADD CONSTRAINT messages_one_recipient CHECK ((volunteer_id IS NULL) <> (request_id IS NULL)),
         ADD CONSTRAINT messages_request_version CHECK ((request_id IS NULL) = (request_version IS NULL))`,
    );
    await db.query(
      `CREATE UNIQUE INDEX messages_once_per_request_version ON messages (request_id, request_version) WHERE request_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM messages WHERE request_id IS NOT NULL`);
    await db.query(`DROP INDEX messages_once_per_request_version`);
    await db.query(`ALTER TABLE messages DROP CONSTRAINT messages_request_version, DROP CONSTRAINT messages_one_recipient`);
    await db.query(`ALTER TABLE messages DROP COLUMN request_version, DROP COLUMN request_id`);
    await db.query(`ALTER TABLE messages ALTER COLUMN volunteer_id SET NOT NULL`);
    await db.query(`DROP TABLE request_recipients`);
  }
}
