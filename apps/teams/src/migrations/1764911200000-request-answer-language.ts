import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The language the requester wants the foundation's answers in (the form's choice; Dutch for earlier requests). */
export class RequestAnswerLanguage1764911200000 implements MigrationInterface {
  name = 'RequestAnswerLanguage1764911200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE neighbourhood_requests ADD COLUMN language text NOT NULL DEFAULT 'NL' CHECK (language IN ('NL', 'EN'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE neighbourhood_requests DROP COLUMN language');
  }
}
