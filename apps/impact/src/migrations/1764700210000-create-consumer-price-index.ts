import type { MigrationInterface, QueryRunner } from 'typeorm';

// Copied rather than imported, like the shadow prices: a later figure is an admin's entry (audited), never a changed
// constant. The yearly inflation rates CBS announced (2019 2.6 %, 2020 1.3 %, 2021 2.7 %, 2022 10.0 %, 2023 3.8 %,
// 2024 3.3 %) are chained from 2018 = 103.44 and rounded to one decimal: written from memory when this migration was
// made, not copied from StatLine, so every row says so and an admin corrects it from table 83131NED.
const SOURCE = 'CBS StatLine 83131NED, Consumentenprijzen; prijsindex 2015=100, CPI alle bestedingen, jaargemiddelde';
const CHECK = 'Rounded to one decimal from the yearly inflation CBS announced; check against 83131NED and correct here.';
const CONSUMER_PRICE_INDEX = [
  { year: 2019, indexValue: 106.1, provisional: false, note: CHECK },
  { year: 2020, indexValue: 107.5, provisional: false, note: CHECK },
  { year: 2021, indexValue: 110.4, provisional: false, note: CHECK },
  { year: 2022, indexValue: 121.4, provisional: false, note: CHECK },
  { year: 2023, indexValue: 126.1, provisional: false, note: CHECK },
  { year: 2024, indexValue: 130.2, provisional: false, note: CHECK },
  {
    year: 2025,
    indexValue: 134.5,
    provisional: false,
    note: `Assumption: 2024 × 1.033 (inflation of about 3.3 % assumed, final yearly figure not at hand). ${CHECK}`,
  },
  {
    year: 2026,
    indexValue: 137.9,
    provisional: true,
    note: 'Assumption and provisional: 2025 × 1.025 (2.5 % assumed); the year is not over. Replace with the yearly average once CBS publishes it.',
  },
];

/** The CBS consumer price index per year, to put prices and costs of different years in one price level. */
export class CreateConsumerPriceIndex1764700210000 implements MigrationInterface {
  name = 'CreateConsumerPriceIndex1764700210000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consumer_price_index (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        index_value numeric(8, 3) NOT NULL CHECK (index_value > 0),
        base text NOT NULL CHECK (length(base) BETWEEN 1 AND 40),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
        provisional boolean NOT NULL DEFAULT false,
        note text,
        version int NOT NULL DEFAULT 1
      )`);
    for (const row of CONSUMER_PRICE_INDEX) {
      await db.query(
        'INSERT INTO consumer_price_index (year, index_value, base, source, provisional, note) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (year) DO NOTHING',
        [row.year, row.indexValue, '2015=100', row.provisional ? `${SOURCE} (voorlopig / provisional)` : SOURCE, row.provisional, row.note],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE consumer_price_index');
  }
}
