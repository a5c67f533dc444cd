import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES = [
  // A course's runs (the catalogue) and a run's enrolments (places left, the waiting list, who enrolled).
  ['course_runs_by_course', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS course_runs_by_course ON course_runs (course_id)'],
  ['enrolments_by_run', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS enrolments_by_run ON enrolments (run_id)'],
  // Sessions an enrolment attended, and the members of a neighbourhood's teams: a neighbourhood's training figures.
  ['attendance_by_enrolment', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS attendance_by_enrolment ON attendance (enrolment_id)'],
  [
    'directory_memberships_by_neighbourhood',
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS directory_memberships_by_neighbourhood ON directory_memberships (neighbourhood_id)',
  ],
] as const;

/** Indexes the hot paths were missing at national scale (tools/query-plans.spec.ts), built without blocking enrolments. */
export class IndexHotPaths1764500400000 implements MigrationInterface {
  name = 'IndexHotPaths1764500400000';
  // CREATE INDEX CONCURRENTLY cannot run inside a transaction.
  transaction = false as const;

  async up(db: QueryRunner): Promise<void> {
    for (const [, create] of INDEXES) await db.query(create);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await db.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }
}
