import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's approved minutes in a team and month (flat allowances measured against the work) are read by range on
 * this index, not by reading every approval.
 */
export class IndexApprovedHoursByPerson1764601900000 implements MigrationInterface {
  name = 'IndexApprovedHoursByPerson1764601900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE INDEX hour_approval_states_by_person ON hour_approval_states (volunteer_id, team_id, entry_date) WHERE approved',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX hour_approval_states_by_person');
  }
}
