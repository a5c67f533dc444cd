import { CREATE_INBOX_SQL, CREATE_OUTBOX_SQL } from '@buurtvolk/events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

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
