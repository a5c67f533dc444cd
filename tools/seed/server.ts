/**
 * Which PostgreSQL server the seed writes to, found the way `npm start` finds it: DATABASE_URL if set, otherwise the
 * embedded server with its data in `<BUURTVOLK_DATA_DIR or .data>/postgres` on EMBEDDED_POSTGRES_PORT (54329).
 * If that embedded server is already running (`npm start` is up), the seed connects to it rather than starting a
 * second one: starting it again would stop the running one (startEmbeddedPostgres stops a server left holding
 * the data directory).
 */
import { embeddedServerUrl, runningServer, startEmbeddedPostgres } from '@buurtvolk/database';
import { Client } from 'pg';
import { EMBEDDED_DATA_DIR, EMBEDDED_PORT } from '../local-server';

export interface SeedServer {
  url: string;
  description: string;
  /** Stops the server if the seed started it; leaves a server someone else runs alone. */
  release(): Promise<void>;
}

export async function openServer(env: NodeJS.ProcessEnv = process.env): Promise<SeedServer> {
  if (env.DATABASE_URL) {
    return {
      url: env.DATABASE_URL,
      description: `the server in DATABASE_URL (${redact(env.DATABASE_URL)})`,
      release: async () => undefined,
    };
  }

  const dataDir = EMBEDDED_DATA_DIR;
  const port = EMBEDDED_PORT;

  const runningPort = runningServer(dataDir)?.port;
  if (runningPort !== undefined) {
    const url = embeddedServerUrl(runningPort);
    await assertAnswers(
      url,
      `The embedded PostgreSQL with data in ${dataDir} runs (port ${runningPort}) but does not accept the seed's connection`,
    );
    return {
      url,
      description: `the embedded PostgreSQL already running on port ${runningPort} (data in ${dataDir})`,
      release: async () => undefined,
    };
  }
  if (await answers(embeddedServerUrl(port))) {
    return {
      url: embeddedServerUrl(port),
      description: `the embedded PostgreSQL already running on port ${port}`,
      release: async () => undefined,
    };
  }

  console.log(`Starting the embedded PostgreSQL on port ${port} (data in ${dataDir})…`);
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  return {
    url: embedded.url,
    description: `the embedded PostgreSQL on port ${port} (data in ${dataDir}), started for the seed`,
    release: () => embedded.stop(),
  };
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
      throw new Error(
        `Port ${new URL(url).port} answers but not as the embedded PostgreSQL (${code}: ${(error as Error).message}). Set EMBEDDED_POSTGRES_PORT or DATABASE_URL.`,
      );
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
