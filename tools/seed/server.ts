/**
 * Which PostgreSQL server the seed writes to, found the way `npm start` finds it: DATABASE_URL if set, otherwise the
 * embedded server with its data in `<BUURTVOLK_DATA_DIR or .data>/postgres` on EMBEDDED_POSTGRES_PORT (54329).
 * If that embedded server is already running (`npm start` is up), the seed connects to it rather than starting a
 * second one: starting it again would stop the running one (startEmbeddedPostgres stops a server left holding
 * the data directory).
 */
import { startEmbeddedPostgres } from '@buurtvolk/database';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

const ROOT = join(__dirname, '..', '..');

export interface SeedServer {
  url: string;
  description: string;
  /** Stops the server if the seed started it; leaves a server someone else runs alone. */
  release(): Promise<void>;
}

// The credentials startEmbeddedPostgres gives its server (libs/database/src/embedded-postgres.ts); localhost only.
const embeddedUrl = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

export async function openServer(env: NodeJS.ProcessEnv = process.env): Promise<SeedServer> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, description: `the server in DATABASE_URL (${redact(env.DATABASE_URL)})`, release: async () => undefined };
  }

  const dataDir = join(env.BUURTVOLK_DATA_DIR ?? join(ROOT, '.data'), 'postgres');
  const port = Number(env.EMBEDDED_POSTGRES_PORT ?? 54329);

  const runningPort = portOfRunningServer(dataDir);
  if (runningPort !== undefined) {
    const url = embeddedUrl(runningPort);
    await assertAnswers(url, `The embedded PostgreSQL with data in ${dataDir} runs (port ${runningPort}) but does not accept the seed's connection`);
    return { url, description: `the embedded PostgreSQL already running on port ${runningPort} (data in ${dataDir})`, release: async () => undefined };
  }
  if (await answers(embeddedUrl(port))) {
    return { url: embeddedUrl(port), description: `the embedded PostgreSQL already running on port ${port}`, release: async () => undefined };
  }

  console.log(`Starting the embedded PostgreSQL on port ${port} (data in ${dataDir})…`);
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  return { url: embedded.url, description: `the embedded PostgreSQL on port ${port} (data in ${dataDir}), started for the seed`, release: () => embedded.stop() };
}

/** The port in postmaster.pid when a live server holds the data directory (lines: pid, dir, start time, port, …). */
function portOfRunningServer(dataDir: string): number | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined;
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Something listens there but is not our server (wrong password, another database): starting ours would fail.
    if (code && code !== 'ECONNREFUSED' && code !== '57P03') {
      throw new Error(`Port ${new URL(url).port} answers but not as the embedded PostgreSQL (${code}: ${(error as Error).message}). Set EMBEDDED_POSTGRES_PORT or DATABASE_URL.`);
    }
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function assertAnswers(url: string, message: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`${message}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
