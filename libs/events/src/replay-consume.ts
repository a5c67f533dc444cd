import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { BatchEventHandler, EventHandler } from './consumer';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';
import { claimEvents } from './inbox';
import { defaultLogger } from './logger';
import { ensureQueue, pollingOption, retryOnDeadlock } from './queues';
import { REPLAY_QUEUE_RETRY, type ReplayBatch, replayQueue } from './replay';

export interface ConsumeReplaysOptions {
  bus: EventBus;
  /** The consumer's own database; it needs event_inbox and event_replays. */
  dataSource: DataSource;
  consumer: string;
  /** The same handlers the consumer runs on live events; events of other types are counted and skipped. */
  handlers: Record<string, EventHandler>;
  /**
   * Optional, for types that also have a handler: applies consecutive events of the type at once (set-based), so a
   * long history costs a few statements per page instead of a few per event. Order across types is kept.
   */
  batchHandlers?: Record<string, BatchEventHandler>;
  /**
   * The handlers end in the same state whatever order events arrive in (as impact's do): a page's events of each type
   * with a batch handler then go to it all at once, not only in consecutive runs, so a history where other types are
   * scattered between them (an activity done between hour approvals) still costs a few statements per page.
   */
  anyOrder?: boolean;
  /** How often an idle worker looks for jobs; default 2 s, at least 0.5 s. */
  pollingIntervalSeconds?: number;
  logger?: Logger;
  /** Runs first in each job's transaction, e.g. to apply a rebuild's events to tables of its own. */
  beforeJob?: (manager: EntityManager, batch: ReplayBatch) => Promise<void>;
  /**
   * True for a job whose events need no inbox rows: its handlers are idempotent (an event applied twice changes nothing)
   * and order-independent, and it writes to tables being rebuilt from scratch, so a repeated copy (a live event also
   * replayed, a page delivered twice) ends in the same state. A national history then costs no inbox row per event.
   * Live events are always claimed; without this option every replayed event is too.
   */
  withoutInbox?: (manager: EntityManager, batch: ReplayBatch) => Promise<boolean>;
  /** Runs in the transaction of the job that finished a request from its last source, e.g. to swap a rebuild in. */
  afterRequestFinished?: (manager: EntityManager, requestId: string) => Promise<void>;
}

/**
 * Applies the replayed history that producers send to `<consumer>.replay`. Each job is one transaction: its events
 * go through the inbox like live ones (an event already handled is skipped), and its count is added to the replay's
 * progress, so a failed job rolls back both and pg-boss retries it. Returns how to stop working the queue.
 */
export async function consumeReplays(options: ConsumeReplaysOptions): Promise<() => Promise<void>> {
  const { bus, dataSource, consumer } = options;
  const { boss } = bus;
  const logger = (options.logger ?? defaultLogger()).child({ consumer, replay: true });
  const queue = replayQueue(consumer);
  await retryOnDeadlock(() => ensureQueue(boss, queue, REPLAY_QUEUE_RETRY));

  // Known once work() returns; the handler reads it only after its first job.
  let workerId = '';
  workerId = await boss.work<ReplayBatch>(queue, pollingOption(options.pollingIntervalSeconds), async (jobs) => {
    for (const job of jobs) {
      const { requestId, source } = job.data;
      const finished = await dataSource
        .transaction(async (manager) => {
          await options.beforeJob?.(manager, job.data);
          const claim = !(await options.withoutInbox?.(manager, job.data));
          const applied = await applyEvents(manager, consumer, options, job.data, claim);
          logger.debug({ requestId, source, jobId: job.id, events: job.data.events.length, applied }, 'replayed events applied');
          const finishedSource = await recordProgress(manager, job.data);
          if (finishedSource && options.afterRequestFinished && (await requestFinished(manager, requestId)))
            await options.afterRequestFinished(manager, requestId);
          return finishedSource;
        })
        .catch((error: unknown) => {
          logger.warn({ err: error, requestId, source, jobId: job.id }, 'replayed events failed; pg-boss will retry or dead-letter them');
          throw error;
        });
      if (finished) logger.info({ requestId, source }, 'replay finished');
    }
    // A replay is many jobs in a row: fetch the next one now rather than after the polling interval.
    if (workerId) boss.notifyWorker(workerId);
  });
  return () => boss.offWork({ id: workerId });
}

/**
 * Runs the handlers of the events this consumer has not handled yet (all of them when `claim` is off), in order;
 * returns how many it applied.
 */
async function applyEvents(
  manager: EntityManager,
  consumer: string,
  options: ConsumeReplaysOptions,
  batch: ReplayBatch,
  claim: boolean,
): Promise<number> {
  const { handlers, batchHandlers = {} } = options;
  const handled = batch.events.filter((event) => Object.hasOwn(handlers, event.type));
  // One claim for the whole page instead of one per event: a long history is mostly these round trips.
  const claimed = claim
    ? await claimEvents(
        manager,
        consumer,
        handled.map((event) => event.id),
      )
    : null;
  const fresh = claimed ? handled.filter((event) => claimed.has(event.id)) : handled;
  if (options.anyOrder) {
    const byType = new Map<string, DomainEvent[]>();
    for (const event of fresh) {
      if (!Object.hasOwn(batchHandlers, event.type)) await handlers[event.type](event.payload, manager, event);
      else byType.set(event.type, [...(byType.get(event.type) ?? []), event]);
    }
    for (const [type, events] of byType) await batchHandlers[type](events, manager);
    return fresh.length;
  }
  for (let start = 0; start < fresh.length;) {
    const { type } = fresh[start];
    let end = start + 1;
    if (Object.hasOwn(batchHandlers, type)) {
      while (end < fresh.length && fresh[end].type === type) end += 1;
      await batchHandlers[type](fresh.slice(start, end), manager);
    } else {
      await handlers[type](fresh[start].payload, manager, fresh[start]);
    }
    start = end;
  }
  return fresh.length;
}

/**
 * Adds the job to its replay's progress; returns true when this job finished the replay from its source. The pages
 * and the closing total may arrive in any order (a retried job comes later), so either can be the one that finishes.
 * An upsert, not an update: it also tracks answers whose request row did not commit (see requestReplay).
 */
async function recordProgress(manager: EntityManager, batch: ReplayBatch): Promise<boolean> {
  // Jobs of one request, from different sources, count one after the other, so the last one sees the others finished.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [batch.requestId]);
  const [row]: { received: number; expected: number | null; finished_at: Date | null }[] = await manager.query(
    `INSERT INTO event_replays AS r (request_id, source, received, expected) VALUES ($1, $2, $3, $4)
     ON CONFLICT (request_id, source) DO UPDATE SET received = r.received + EXCLUDED.received, expected = COALESCE(EXCLUDED.expected, r.expected)
     RETURNING received, expected, finished_at`,
    [batch.requestId, batch.source, batch.events.length, batch.total ?? null],
  );
  if (row.finished_at !== null || row.expected === null || row.received < row.expected) return false;
  await manager.query('UPDATE event_replays SET finished_at = now() WHERE request_id = $1 AND source = $2', [
    batch.requestId,
    batch.source,
  ]);
  return true;
}

async function requestFinished(manager: EntityManager, requestId: string): Promise<boolean> {
  const [{ finished }] = await manager.query(
    'SELECT bool_and(finished_at IS NOT NULL) AS finished FROM event_replays WHERE request_id = $1',
    [requestId],
  );
  return finished === true;
}
