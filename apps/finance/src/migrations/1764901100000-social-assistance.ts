import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finance's copy of the social-assistance fact (owned by volunteers, sent by SocialAssistanceChanged): the periods and
 * the dates of the municipality's consents, at the newest version seen. An allowance may now be held because it waits
 * for that consent (SOCIAL_ASSISTANCE).
 */
export class SocialAssistance1764901100000 implements MigrationInterface {
  name = 'SocialAssistance1764901100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE payee_social_assistance (
        volunteer_id uuid PRIMARY KEY,
        periods jsonb NOT NULL,
        consents date[] NOT NULL,
        version int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('ALTER TABLE allowances DROP CONSTRAINT IF EXISTS allowances_held_code_check');
    await db.query(
      `ALTER TABLE allowances ADD CONSTRAINT allowances_held_code_check
         CHECK (held_code IN ('OVER_CAP', 'NO_BUDGET', 'BUDGET_SHORT', 'NO_LIMITS', 'LIMITS_UNCONFIRMED', 'SOCIAL_ASSISTANCE'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE allowances DROP CONSTRAINT allowances_held_code_check');
    await db.query(
      `ALTER TABLE allowances ADD CONSTRAINT allowances_held_code_check
         CHECK (held_code IN ('OVER_CAP', 'NO_BUDGET', 'BUDGET_SHORT', 'NO_LIMITS', 'LIMITS_UNCONFIRMED'))`,
    );
    await db.query('DROP TABLE payee_social_assistance');
  }
}
