import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PUBLISHED_PRICES } from '../prices/published-prices';

/** Published prices are reference data every environment needs; admins add later price years. */
export class SeedShadowPrices1764700100000 implements MigrationInterface {
  name = 'SeedShadowPrices1764700100000';

  async up(db: QueryRunner): Promise<void> {
    for (const price of PUBLISHED_PRICES) {
      await db.query(
        `INSERT INTO shadow_prices (id, price_year, item, unit, value_cents, low_cents, high_cents, source, note)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (price_year, item) DO NOTHING`,
        [price.priceYear, price.item, price.unit, price.valueCents, price.lowCents, price.highCents, price.source, price.note],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM shadow_prices WHERE price_year = 2019');
  }
}
