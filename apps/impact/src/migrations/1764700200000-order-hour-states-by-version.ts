import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An entry's approvals and revocations are ordered by the entry's version, not by when their transactions began:
 * a revocation that waited for the approval's lock can have started first.
 */
export class OrderHourStatesByVersion1764700200000 implements MigrationInterface {
  name = 'OrderHourStatesByVersion1764700200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE hour_entry_states ADD COLUMN entry_version int NOT NULL DEFAULT 0');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE hour_entry_states DROP COLUMN entry_version');
  }
}
