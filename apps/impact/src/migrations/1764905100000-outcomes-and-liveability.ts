import type { MigrationInterface, QueryRunner } from 'typeorm';

// The prices as found when this migration was written, copied rather than imported: no published Dutch shadow price
// exists for these effects, so they are listed with their quantity and left unvalued until one is published.
const NO_PRICE = 'No published Dutch shadow price; left empty rather than estimated';
const UNPRICED_ITEMS = [
  { item: 'PARTICIPATION_MOVE', unit: 'person' },
  { item: 'LONELINESS_REDUCED', unit: 'person' },
  { item: 'INFORMAL_CARE_RESIDENT', unit: 'resident' },
];

/**
 * The effects the seed names that were not measured yet:
 * - per team and year the volunteers service's OutcomeFiguresChanged snapshot (participation moves and the De Jong
 *   Gierveld loneliness counts), a read-model table kept like wellbeing_figures;
 * - per neighbourhood the Leefbaarometer score of each edition, imported by admins with its source: context for a
 *   report, never an effect of the teams;
 * - empty price rows for the three new effect lines, with the reason they are empty.
 */
export class OutcomesAndLiveability1764905100000 implements MigrationInterface {
  name = 'OutcomesAndLiveability1764905100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE TABLE outcome_snapshots (team_id uuid PRIMARY KEY, version int NOT NULL)');
    await db.query(`
      CREATE TABLE outcome_figures (
        team_id uuid NOT NULL REFERENCES outcome_snapshots (team_id) ON DELETE CASCADE,
        year int NOT NULL,
        moved_people int NOT NULL,
        moved_to_paid_work int NOT NULL,
        moved_to_education int NOT NULL,
        moved_to_training int NOT NULL,
        loneliness_measured int NOT NULL,
        lonely int NOT NULL,
        loneliness_paired int NOT NULL,
        lonely_at_intake int NOT NULL,
        lonely_latest int NOT NULL,
        PRIMARY KEY (team_id, year)
      )`);
    await db.query(`
      CREATE TABLE liveability_scores (
        id uuid PRIMARY KEY,
        neighbourhood_id uuid NOT NULL,
        area_code text NOT NULL CHECK (length(area_code) BETWEEN 1 AND 20),
        edition int NOT NULL CHECK (edition BETWEEN 2000 AND 2100),
        score numeric(8, 3) NOT NULL,
        score_class int CHECK (score_class BETWEEN 1 AND 9),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
        note text,
        version int NOT NULL DEFAULT 1,
        UNIQUE (neighbourhood_id, edition)
      )`);
    for (const { item, unit } of UNPRICED_ITEMS) {
      await db.query(
        `INSERT INTO shadow_prices (id, price_year, item, unit, value_cents, low_cents, high_cents, source, note)
         VALUES (gen_random_uuid(), 2019, $1, $2, NULL, NULL, NULL, $3, NULL) ON CONFLICT (price_year, item) DO NOTHING`,
        [item, unit, NO_PRICE],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM shadow_prices WHERE item IN ('PARTICIPATION_MOVE', 'LONELINESS_REDUCED', 'INFORMAL_CARE_RESIDENT')`);
    await db.query('DROP TABLE liveability_scores, outcome_figures, outcome_snapshots');
  }
}
