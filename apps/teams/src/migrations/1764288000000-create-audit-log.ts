import { CREATE_AUDIT_LOG_SQL } from '@buurtvolk/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditLog1764288000000 implements MigrationInterface {
  name = 'CreateAuditLog1764288000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(CREATE_AUDIT_LOG_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_log');
  }
}
