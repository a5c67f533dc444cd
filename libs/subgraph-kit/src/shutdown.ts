import type { Express, RequestHandler } from 'express';
import type { Server, ServerResponse } from 'node:http';
import type { Logger } from './logger';
import { stopTracing, tracingStarted } from './tracing';

/**
 * How a service process stops: it stops taking requests, lets those in flight finish, stops the rest, and exits
 * within a deadline whatever hangs. An orchestrator (or `npm start`) kills at 10 s; leaving before that, with a log of
 * what did not stop, beats being killed without one.
 */
export interface ShutdownSettings {
  /** From the signal to the exit, at the latest. */
  deadlineMs: number;
  /** How long requests in flight may take to finish; then their connections are cut. */
  drainMs: number;
}

export const DEFAULT_SHUTDOWN: ShutdownSettings = { deadlineMs: 9_000, drainMs: 6_000 };

export function shutdownSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ShutdownSettings {
  const read = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`${name} must be a whole number of milliseconds, not ${JSON.stringify(env[name])}`);
    return value;
  };
  return {
    deadlineMs: read('SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN.deadlineMs),
    drainMs: read('SHUTDOWN_DRAIN_MS', DEFAULT_SHUTDOWN.drainMs),
  };
}

/** An app's side of a shutdown: whether it is stopping, and the responses it still owes. */
export interface Lifecycle {
  stopping: boolean;
  inFlight: Set<ServerResponse>;
}

const LIFECYCLE = 'buurtvolkLifecycle';

export function lifecycleOf(app: Express): Lifecycle {
  app.locals[LIFECYCLE] ??= { stopping: false, inFlight: new Set() } satisfies Lifecycle;
  return app.locals[LIFECYCLE] as Lifecycle;
}

/**
 * Counts the request in flight; once the app is stopping, answers 503 instead (health checks excepted) and closes
 * the connection, so a client's pool does not keep sending to a process that is going away.
 */
export function shutdownGate(lifecycle: Lifecycle): RequestHandler {
  return (req, res, next) => {
    if (lifecycle.stopping && !req.path.startsWith('/health/')) {
      res.shouldKeepAlive = false;
      res
        .status(503)
        .set('retry-after', '1')
        .json({ errors: [{ message: 'This service is restarting; try again in a moment', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    lifecycle.inFlight.add(res);
    res.once('close', () => lifecycle.inFlight.delete(res));
    next();
  };
}

/** Every server `listen` started in this process and not yet closed, so a signal can drain them all. */
const servers = new Map<Server, Lifecycle>();

export function registerServer(server: Server, lifecycle: Lifecycle): void {
  servers.set(server, lifecycle);
  server.once('close', () => servers.delete(server));
}

/**
 * Stops accepting connections and closes the idle ones at once; a connection with a request in flight closes after
 * its response (`connection: close`). After `graceMs` whatever is left is cut. Resolves with the number cut.
 */
export async function drainServer(server: Server, lifecycle: Lifecycle, graceMs: number): Promise<number> {
  lifecycle.stopping = true;
  for (const res of lifecycle.inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  if (await settlesWithin(closed, graceMs)) return 0;
  const cut = lifecycle.inFlight.size;
  server.closeAllConnections();
  await closed;
  return cut;
}

export async function drainHttpServers(graceMs: number): Promise<number> {
  const cuts = await Promise.all([...servers].map(([server, lifecycle]) => drainServer(server, lifecycle, graceMs)));
  return cuts.reduce((sum, cut) => sum + cut, 0);
}

/** Runs one part of the shutdown under its name; with `timeoutMs`, the shutdown goes on without it after that. */
export type ShutdownStep = (name: string, work: () => Promise<unknown>, timeoutMs?: number) => Promise<void>;

/**
 * On SIGTERM or SIGINT (or when the parent process goes away): drains this process's HTTP servers, runs `stop`, and
 * exits — 0 when everything stopped, 1 when something failed or the deadline passed, which is logged with the names
 * of the steps still running.
 */
export function exitOnSignals(
  stop: (step: ShutdownStep) => Promise<void>,
  logger: Logger,
  settings: ShutdownSettings = shutdownSettingsFromEnv(),
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    const unfinished = new Set<string>();
    let clean = true;
    logger.info({ signal, deadlineMs: settings.deadlineMs }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error(
        { unfinished: [...unfinished], afterMs: Date.now() - started },
        'shutdown deadline passed; exiting with work unfinished',
      );
      process.exit(1);
    }, settings.deadlineMs);

    const step: ShutdownStep = async (name, work, timeoutMs) => {
      unfinished.add(name);
      const stepStarted = Date.now();
      try {
        if (await settlesWithin(work(), timeoutMs)) {
          unfinished.delete(name);
          logger.info({ step: name, ms: Date.now() - stepStarted }, 'stopped');
        } else {
          clean = false;
          logger.warn({ step: name, timeoutMs }, 'did not stop in time; going on without it');
        }
      } catch (error) {
        unfinished.delete(name);
        clean = false;
        logger.error({ err: error, step: name }, 'failed to stop');
      }
    };

    const run = async () => {
      await step('http', async () => {
        const cut = await drainHttpServers(settings.drainMs);
        if (cut > 0) logger.warn({ cut, drainMs: settings.drainMs }, 'requests still running after the drain were cut off');
      });
      await stop(step);
      // Last, so the spans of the requests drained above are sent too.
      if (tracingStarted()) await step('traces', stopTracing, 2_000);
    };
    run().then(
      () => {
        clearTimeout(deadline);
        logger.info({ ms: Date.now() - started }, 'shutdown complete');
        process.exit(clean ? 0 : 1);
      },
      (error) => {
        clearTimeout(deadline);
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // Started by `npm start` with an IPC channel: when that parent dies, leave no orphan behind.
  if (process.send) process.once('disconnect', () => onSignal('SIGTERM'));
}

/** Whether `work` settles within `ms` (forever when undefined); a rejection is passed on. */
async function settlesWithin(work: Promise<unknown>, ms: number | undefined): Promise<boolean> {
  if (ms === undefined) {
    await work;
    return true;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
