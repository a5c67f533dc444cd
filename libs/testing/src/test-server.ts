import { freePort, startEmbeddedPostgres, withMaintenanceClient } from '@buurtvolk/database';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Environment through which Jest's global setup tells the test workers where PostgreSQL is. */
export const TEST_SERVER_ENV = 'BUURTVOLK_TEST_DATABASE_SERVER';
export const TEST_RUN_ENV = 'BUURTVOLK_TEST_RUN';

let stopEmbedded: (() => Promise<void>) | undefined;

/**
 * One PostgreSQL per test run: the server in DATABASE_URL, or else an embedded one on a free port with its data
 * in a fresh temporary directory. Test databases of this run are named `bvt_<run>_…` and dropped at the end.
 */
export async function startTestServer(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  process.env[TEST_RUN_ENV] = randomBytes(4).toString('hex');
  if (process.env.DATABASE_URL) {
    process.env[TEST_SERVER_ENV] = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'buurtvolk-test-'));
  // PostgreSQL runs as its own user when we are root; it must be able to enter this directory.
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: await freePort(), persistent: false });
  process.env[TEST_SERVER_ENV] = server.url;
  stopEmbedded = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

export async function stopTestServer(): Promise<void> {
  const serverUrl = process.env[TEST_SERVER_ENV];
  const run = process.env[TEST_RUN_ENV];
  if (serverUrl && run && !stopEmbedded) {
    // On a shared server, leave nothing of this run behind.
    await withMaintenanceClient(serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
        `bvt\\_${run}\\_%`,
      ]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    });
  }
  await stopEmbedded?.();
}
