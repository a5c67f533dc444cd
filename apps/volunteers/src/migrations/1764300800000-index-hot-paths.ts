import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = [
  // A person's consents (their record, the contact and wellbeing rules); the unique index covers active ones only.
  ['consents_by_volunteer', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS consents_by_volunteer ON consents (volunteer_id)'],
  // People in a partner's or a neighbourhood's teams: partner counts and neighbourhood wellbeing.
  [
    'directory_memberships_by_neighbourhood',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS directory_memberships_by_neighbourhood ON directory_memberships (neighbourhood_id)',
  ],
  // People a coordinator's team registered and nobody placed yet, in the coordinator's list.
  [
    'volunteers_by_registering_team',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS volunteers_by_registering_team ON volunteers (registered_by_team_id)',
  ],
] as const;

/** Indexes the hot paths were missing at national scale (tools/query-plans.spec.ts), built without blocking writes. */
export class IndexHotPaths1764300800000 implements MigrationInterface {
  name = 'IndexHotPaths1764300800000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    for (const [, create] of INDEXES) await db.query(create);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }
}
