import type { MigrationInterface, QueryRunner } from 'typeorm';

// The limits as published when this migration was written, copied rather than imported: later corrections are
// migrations (or an admin's) of their own, never a changed constant.
const KNOWN_RATES = [
  {
    year: 2024,
    hourly21PlusCents: 550,
    hourlyUnder21Cents: 325,
    monthlyCapCents: 21000,
    yearlyCapCents: 210000,
    confirmed: true,
    source: 'Belastingdienst, vrijwilligersregeling 2024',
  },
  {
    year: 2025,
    hourly21PlusCents: 560,
    hourlyUnder21Cents: 330,
    monthlyCapCents: 21000,
    yearlyCapCents: 210000,
    confirmed: true,
    source: 'Belastingdienst, vrijwilligersregeling 2025',
  },
  {
    year: 2026,
    hourly21PlusCents: 575,
    hourlyUnder21Cents: 340,
    monthlyCapCents: 22000,
    yearlyCapCents: 220000,
    confirmed: false,
    source: 'Announced for 2026; confirm with the Belastingdienst',
  },
];

/** The fiscal limits are reference data every environment needs, not demo data; admins correct them later. */
export class SeedAllowanceRates1764600100000 implements MigrationInterface {
  name = 'SeedAllowanceRates1764600100000';

  async up(db: QueryRunner): Promise<void> {
    for (const rates of KNOWN_RATES) {
      await db.query(
        `INSERT INTO allowance_rates (year, hourly_21_plus_cents, hourly_under_21_cents, monthly_cap_cents, yearly_cap_cents, confirmed, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (year) DO NOTHING`,
        [
          rates.year,
          rates.hourly21PlusCents,
          rates.hourlyUnder21Cents,
          rates.monthlyCapCents,
          rates.yearlyCapCents,
          rates.confirmed,
          rates.source,
        ],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM allowance_rates WHERE year = ANY($1)', [KNOWN_RATES.map((rates) => rates.year)]);
  }
}
