import { withMaintenanceClient } from '@buurtvolk/database';
import { randomBytes } from 'node:crypto';
import { TEST_RUN_ENV, TEST_SERVER_ENV } from './test-server';

// Internal to @buurtvolk/testing: where this run's test databases live, and how they are named and dropped.

/** The PostgreSQL server of this test run, and the run's id that prefixes its databases. */
export function testRun(): { serverUrl: string; run: string } {
  const serverUrl = process.env[TEST_SERVER_ENV];
  const run = process.env[TEST_RUN_ENV];
  if (!serverUrl || !run) throw new Error('No test PostgreSQL: run tests through jest (npm test), whose global setup starts one');
  return { serverUrl, run };
}

/** A fresh database name of this run, `bvt_<run>_<kind>_<random>`, so the run's teardown finds it. */
export function testDatabaseName(kind: string): string {
  return `bvt_${testRun().run}_${kind}_${randomBytes(4).toString('hex')}`;
}

/** Drops a database of this run, closing whatever connections are still open to it. */
export async function dropTestDatabase(name: string): Promise<void> {
  await withMaintenanceClient(testRun().serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
