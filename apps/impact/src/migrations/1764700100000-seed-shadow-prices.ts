import type { MigrationInterface, QueryRunner } from 'typeorm';

// The prices as published when this migration was written, copied rather than imported: a later price is a
// migration (or an admin's entry) of its own, never a changed constant.
const PUBLISHED_PRICES = [
  {
    priceYear: 2019,
    item: 'INFORMAL_HELP_HOUR',
    unit: 'hour',
    valueCents: 1310,
    lowCents: 1310,
    highCents: 2620,
    source:
      'Opportunity cost of an hour of informal help, price level 2019 (Ecorys for MantelzorgNL, "De maatschappelijke waarde van mantelzorg")',
    note: 'Low and value: opportunity cost. High: replacement by professional help, 70–100% dearer (€22.27–€26.20); the high end is used.',
  },
  {
    priceYear: 2019,
    item: 'TRAINING_CERTIFICATE',
    unit: 'certificate',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: 'No published Dutch shadow price; left empty rather than estimated',
    note: null,
  },
  {
    priceYear: 2019,
    item: 'RESIDENT_REACHED',
    unit: 'resident',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: 'No published Dutch shadow price; left empty rather than estimated',
    note: null,
  },
  {
    priceYear: 2019,
    item: 'WELLBEING_POINT',
    unit: 'participant-point',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: 'No published Dutch shadow price; left empty rather than estimated',
    note: null,
  },
  {
    priceYear: 2019,
    item: 'COHESION_POINT',
    unit: 'scale point',
    valueCents: null,
    lowCents: null,
    highCents: null,
    source: 'No published Dutch shadow price; left empty rather than estimated',
    note: null,
  },
];

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
