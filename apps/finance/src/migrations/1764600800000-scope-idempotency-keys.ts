import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An idempotency key belongs to one caller and one operation; results stored before keep an empty caller. */
export class ScopeIdempotencyKeys1764600800000 implements MigrationInterface {
  name = 'ScopeIdempotencyKeys1764600800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE idempotent_results ADD COLUMN caller text NOT NULL DEFAULT ''`);
    await db.query('ALTER TABLE idempotent_results DROP CONSTRAINT idempotent_results_pkey');
    await db.query('ALTER TABLE idempotent_results ADD PRIMARY KEY (caller, operation, key)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE idempotent_results DROP CONSTRAINT idempotent_results_pkey');
    await db.query('ALTER TABLE idempotent_results ADD PRIMARY KEY (key)');
    await db.query('ALTER TABLE idempotent_results DROP COLUMN caller');
  }
}
