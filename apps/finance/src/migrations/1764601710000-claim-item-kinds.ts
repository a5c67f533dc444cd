import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each claim item is the volunteer's own costs or an advance for the foundation. Existing items get the default of
 * their category as it was when this migration was written (claims/claim-item-kinds.ts holds the rule since).
 */
export class ClaimItemKinds1764601710000 implements MigrationInterface {
  name = 'ClaimItemKinds1764601710000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE expense_claim_items ADD COLUMN kind text`);
    await db.query(
      `UPDATE expense_claim_items SET kind = CASE WHEN category IN ('MATERIALS', 'FOOD') THEN 'ADVANCE_FOR_FOUNDATION' ELSE 'OWN_COSTS' END`,
    );
    await db.query(`ALTER TABLE expense_claim_items ALTER COLUMN kind SET NOT NULL`);
    await db.query(
      `ALTER TABLE expense_claim_items ADD CONSTRAINT expense_claim_items_kind CHECK (kind IN ('OWN_COSTS', 'ADVANCE_FOR_FOUNDATION'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE expense_claim_items DROP COLUMN kind');
  }
}
