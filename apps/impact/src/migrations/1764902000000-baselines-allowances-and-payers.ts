import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the method of the MKBA needs beside the figures it had:
 * - per neighbourhood a baseline (nulalternatief): the volunteering hours that would have been given without the
 *   teams, as an explicit assumption with its source (hours a year, or a share of the gross hours); the impact
 *   service's own data, recorded by admins;
 * - the allowances granted to volunteers per team and year (finance's AllowanceBooked): a transfer from the funder to
 *   the volunteers, shown per actor;
 * - what kind of organisation each partner is (teams' PartnerAreasChanged), so a funder's costs land on its actor.
 */
export class BaselinesAllowancesAndPayers1764902000000 implements MigrationInterface {
  name = 'BaselinesAllowancesAndPayers1764902000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE neighbourhood_baselines (
        id uuid PRIMARY KEY,
        neighbourhood_id uuid NOT NULL UNIQUE,
        hours_per_year numeric(9, 1) CHECK (hours_per_year >= 0),
        share_percent numeric(5, 2) CHECK (share_percent BETWEEN 0 AND 100),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
        source_year int NOT NULL CHECK (source_year BETWEEN 2000 AND 2100),
        note text,
        version int NOT NULL DEFAULT 1,
        CHECK ((hours_per_year IS NULL) <> (share_percent IS NULL))
      )`);
    await db.query(`
      CREATE TABLE booked_allowances (
        entry_id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        year int NOT NULL,
        amount_cents bigint NOT NULL,
        booked_on date NOT NULL
      )`);
    await db.query('CREATE INDEX booked_allowances_by_team ON booked_allowances (team_id, year)');
    await db.query(`
      CREATE TABLE partner_kinds (
        partner_id uuid PRIMARY KEY,
        kind text NOT NULL,
        version bigint NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE partner_kinds, booked_allowances, neighbourhood_baselines');
  }
}
