import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a claim's costs were for, in the claimant's words, so whoever decides on it knows without the receipt. */
export class DescribeExpenseClaims1764601400000 implements MigrationInterface {
  name = 'DescribeExpenseClaims1764601400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE expense_claims ADD COLUMN description text CHECK (char_length(description) BETWEEN 3 AND 200)`);
    // A team's claims newest first (Team.expenseClaims), and a person's (Volunteer.expenseClaims).
    await db.query(`CREATE INDEX expense_claims_by_team_created ON expense_claims (team_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX expense_claims_by_volunteer_created ON expense_claims (volunteer_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX expense_claims_by_volunteer_created');
    await db.query('DROP INDEX expense_claims_by_team_created');
    await db.query('ALTER TABLE expense_claims DROP COLUMN description');
  }
}
