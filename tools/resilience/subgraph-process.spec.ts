import { freePort } from '@buurtvolk/database';
import { demoId } from '@buurtvolk/domain';
import {
  createTestDatabase,
  gatewayHeaders,
  pollUntil,
  startTestEventBus,
  testIdentities,
  type TestDatabase,
  type TestEventBus,
} from '@buurtvolk/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { teamsSubgraph } from '../../apps/teams/src/subgraph';
import { TcpProxy } from './tcp-proxy';

/**
 * A real subgraph process (teams, as `npm start` runs it) with its database behind a proxy that can make the
 * database look down or frozen: readiness follows the database, database trouble answers SERVICE_UNAVAILABLE, and
 * SIGTERM under load lets the request in flight finish and exits well within 10 s.
 */
const ROOT = join(__dirname, '..', '..');
const TEAM = demoId('team:katendrecht');
const LOCK_TIMEOUT_MS = 3_000;
const admin = testIdentities.admin();

let database: TestDatabase;
let bus: TestEventBus;
let proxy: TcpProxy;
let port: number;
let teams: Running;

interface Running {
  child: ChildProcess;
  exited: Promise<{ code: number | null; at: number }>;
  output: () => string;
}

beforeAll(async () => {
  database = await createTestDatabase('teams', teamsSubgraph.database);
  bus = await startTestEventBus();
  const server = new URL(database.url);
  proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port) });
  port = await freePort();
  teams = await startTeams();
}, 120_000);

afterAll(async () => {
  if (teams && teams.child.exitCode === null && teams.child.signalCode === null) {
    teams.child.kill('SIGKILL');
    await teams.exited;
  }
  await proxy?.close();
  await bus?.stop();
  await database?.drop();
});

async function startTeams(): Promise<Running> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEAMS_DATABASE_URL: proxy.via(database.url),
    EVENTS_DATABASE_URL: bus.connectionString,
    PORT: String(port),
    DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
    DB_LOCK_TIMEOUT_MS: String(LOCK_TIMEOUT_MS),
  };
  // As under npm start: outside tests Apollo Server would install signal handlers of its own.
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['tools/run-ts.js', 'apps/teams/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.once('exit', (code) => resolve({ code, at: Date.now() })),
  );
  const ready = await pollUntil(
    () => readiness(),
    (status) => status === 200,
    90_000,
  );
  if (ready !== 200) throw new Error(`teams did not get ready:\n${output}`);
  return { child, exited, output: () => output };
}

/** The readiness status, or 0 when nothing answers; the check must answer within 3 s whatever the database does. */
async function readiness(): Promise<number> {
  return fetch(`http://localhost:${port}/health/ready`, { signal: AbortSignal.timeout(3_000) }).then(
    (response) => response.status,
    (error: Error) => {
      if (error.name === 'TimeoutError') throw new Error('the readiness check hung');
      return 0;
    },
  );
}

type Outcome =
  { kind: 'answered'; data: any; errors?: { message: string; extensions?: { code?: string } }[] } | { kind: 'refused'; status?: number };

async function query(query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  try {
    const response = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await gatewayHeaders(admin, 'teams')) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    if (response.status === 503) return { kind: 'refused', status: 503 };
    return { kind: 'answered', data: body.data, errors: body.errors };
  } catch {
    // Connection refused, or closed as the server went away.
    return { kind: 'refused' };
  }
}

const TEAMS = '{ teams(first: 20) { totalCount edges { node { id name status } } } }';
const RENAME = 'mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { name version } }';

/** Holds the team's row lock in a transaction of our own until the returned function is called. */
async function lockTeam(): Promise<() => Promise<void>> {
  const runner = database.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query('SELECT id FROM teams WHERE id = $1 FOR UPDATE', [TEAM]);
  return async () => {
    await runner.rollbackTransaction();
    await runner.release();
  };
}

async function teamVersion(): Promise<number> {
  const [{ version }] = await database.dataSource.query('SELECT version FROM teams WHERE id = $1', [TEAM]);
  return version;
}

describe('a subgraph whose database goes away', () => {
  it('says it is not ready while the database is down or frozen, answers SERVICE_UNAVAILABLE meanwhile, and recovers without a restart', async () => {
    expect(await readiness()).toBe(200);

    await proxy.down();
    expect(
      await pollUntil(
        () => readiness(),
        (status) => status === 503,
        5_000,
      ),
    ).toBe(503);
    const whileDown = await query(TEAMS);
    expect(whileDown).toMatchObject({ kind: 'answered', data: null, errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    if (whileDown.kind === 'answered') expect(whileDown.errors?.[0].message).toMatch(/teams service .* cannot reach its database/);

    await proxy.up();
    expect(
      await pollUntil(
        () => readiness(),
        (status) => status === 200,
        10_000,
      ),
    ).toBe(200);
    expect(await query(TEAMS)).toMatchObject({ kind: 'answered', data: { teams: { totalCount: 9 } } });

    proxy.freeze();
    try {
      expect(
        await pollUntil(
          () => readiness(),
          (status) => status === 503,
          10_000,
        ),
      ).toBe(503);
    } finally {
      proxy.thaw();
    }
    expect(
      await pollUntil(
        () => readiness(),
        (status) => status === 200,
        10_000,
      ),
    ).toBe(200);
    expect(await query(TEAMS)).toMatchObject({ kind: 'answered', data: { teams: { totalCount: 9 } } });
  }, 60_000);

  it('gives up a lock wait after its limit, with an error the caller can act on', async () => {
    const release = await lockTeam();
    try {
      const started = Date.now();
      const result = await query(RENAME, { input: { id: TEAM, version: await teamVersion(), name: 'Buurtvolk Katendrecht (wacht)' } });
      expect(Date.now() - started).toBeLessThan(LOCK_TIMEOUT_MS + 3_000);
      expect(result).toMatchObject({ kind: 'answered', errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    } finally {
      await release();
    }
  }, 30_000);
});

describe('a subgraph told to stop', () => {
  it('finishes the request in flight, refuses new ones, and exits well within 10 s under load', async () => {
    let sentSignalAt = Infinity;
    let stopLoad = false;
    const outcomes: { startedAt: number; outcome: Outcome }[] = [];
    const worker = async () => {
      while (!stopLoad) {
        const startedAt = Date.now();
        const outcome = await query(TEAMS);
        outcomes.push({ startedAt, outcome });
        if (outcome.kind === 'refused' && startedAt > sentSignalAt) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const load = Array.from({ length: 16 }, () => worker());
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const release = await lockTeam();
    const slow = query(RENAME, { input: { id: TEAM, version: await teamVersion(), name: 'Buurtvolk Katendrecht' } });
    await new Promise((resolve) => setTimeout(resolve, 300));

    sentSignalAt = Date.now();
    teams.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const readyWhileStopping = await readiness();
    await release();

    const { code, at } = await teams.exited;
    stopLoad = true;
    await Promise.all(load);
    const exitSeconds = (at - sentSignalAt) / 1000;

    expect(await slow).toMatchObject({ kind: 'answered', data: { updateTeam: { name: 'Buurtvolk Katendrecht' } } });
    expect(readyWhileStopping === 503 || readyWhileStopping === 0).toBe(true);
    expect(code).toBe(0);
    expect(exitSeconds).toBeLessThan(5);
    expect(teams.output()).toContain('shutdown complete');

    // A request started a moment before the signal may reach the server after it (on a loaded machine, by tens of
    // milliseconds) and be refused, rightly; those started well before must all be served.
    const before = outcomes.filter(({ startedAt }) => startedAt < sentSignalAt - 250);
    // The signal takes a moment to arrive; after half a second nothing new may be served.
    const after = outcomes.filter(({ startedAt }) => startedAt > sentSignalAt + 500);
    expect(before.length).toBeGreaterThan(20);
    expect(before.filter(({ outcome }) => outcome.kind !== 'answered' || outcome.errors)).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every(({ outcome }) => outcome.kind === 'refused')).toBe(true);
    // Nothing in between is a half answer: each request was served fully or refused.
    expect(outcomes.every(({ outcome }) => outcome.kind === 'refused' || (outcome.data?.teams && !outcome.errors))).toBe(true);
  }, 60_000);

  it('exits at once when nothing is in flight', async () => {
    teams = await startTeams();
    const sentAt = Date.now();
    teams.child.kill('SIGTERM');
    const { code, at } = await teams.exited;
    expect(code).toBe(0);
    expect(at - sentAt).toBeLessThan(2_000);
  }, 120_000);
});
