import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';
import { ensureQueue, type RetrySettings, retryOnDeadlock } from './queues';

/*
 * Replay: pg-boss publishes an event only to the queues subscribed at that moment, so a consumer that subscribes
 * later (or rebuilds a read model from scratch) asks the producers for their history. No service reads another's
 * database: the consumer sends a request to `replay-requests.<source>`, the producer pages through its own outbox
 * (answerReplays) and sends the events to `<consumer>.replay`, and the consumer applies them through its own inbox
 * (consumeReplays), so events it already handled live are skipped.
 */

/**
 * For a consuming service's migration: one row per (request, source). `expected` stays null until the source's last
 * job says how many events it sent; the replay from that source has finished once `received` reaches it.
 */
export const CREATE_REPLAY_SQL = `
CREATE TABLE event_replays (
  request_id uuid NOT NULL,
  source text NOT NULL,
  requested_at timestamptz NOT NULL DEFAULT now(),
  expected int NULL,
  received int NOT NULL DEFAULT 0,
  finished_at timestamptz NULL,
  PRIMARY KEY (request_id, source)
);
`;

/** Where consumers ask `source` for its history. */
export function replayRequestQueue(source: string): string {
  return `replay-requests.${source}`;
}

/** Where producers send `consumer` the history it asked for. */
export function replayQueue(consumer: string): string {
  return `${consumer}.replay`;
}

/** The job a consumer sends to a source's request queue. */
export interface ReplayRequest {
  requestId: string;
  consumer: string;
  types: string[];
}

/** One page of a source's history; the last job of a replay has no events and carries the total. */
export interface ReplayBatch {
  requestId: string;
  source: string;
  events: DomainEvent[];
  total?: number;
}

/** Both queues are created by both sides (whichever comes first), so their settings live here once. */
export const REPLAY_QUEUE_RETRY: RetrySettings = { retryLimit: 5, retryDelay: 5, retryBackoff: true };

export interface RequestReplayOptions {
  bus: EventBus;
  /** The consumer's own database; it needs event_replays (CREATE_REPLAY_SQL) and event_inbox. */
  dataSource: DataSource;
  consumer: string;
  /** The producing services to replay from, e.g. ['volunteers', 'activities']. */
  sources: string[];
  /** The event types to replay, usually every type the consumer handles. */
  types: string[];
}

/**
 * Asks every source for its history of `types`; returns the request id (see replayStatus). Subscribe to the live
 * events first: an event committed after a source has paged past it reaches the consumer through its subscription.
 */
export async function requestReplay(options: RequestReplayOptions): Promise<string> {
  await ensureReplayQueues(options);
  return options.dataSource.transaction((manager) => sendRequests(manager, options, options.sources));
}

/**
 * Like requestReplay, but only from the sources this consumer never requested a replay from, so a fresh database (or
 * a source newly added to the list) gets the history while a restart asks nothing; null when nothing was missing.
 */
export async function requestMissingReplays(options: RequestReplayOptions): Promise<string | null> {
  await ensureReplayQueues(options);
  return options.dataSource.transaction(async (manager) => {
    // Replicas starting together wait here for each other, so only the first one asks.
    await manager.query('LOCK TABLE event_replays IN SHARE ROW EXCLUSIVE MODE');
    const known: { source: string }[] = await manager.query('SELECT DISTINCT source FROM event_replays WHERE source = ANY($1::text[])', [options.sources]);
    const missing = options.sources.filter((source) => !known.some((row) => row.source === source));
    return missing.length > 0 ? sendRequests(manager, options, missing) : null;
  });
}

export interface ReplayStatus {
  source: string;
  /** Null until the source's last job has arrived. */
  expected: number | null;
  received: number;
  /** When every event the source sent was applied (or skipped); null while the replay runs. */
  finishedAt: Date | null;
}

/** Per source, how far a replay has come; it has finished when every source has a finishedAt. */
export async function replayStatus(dataSource: DataSource, requestId: string): Promise<ReplayStatus[]> {
  const rows: { source: string; expected: number | null; received: number; finished_at: Date | null }[] = await dataSource.query(
    'SELECT source, expected, received, finished_at FROM event_replays WHERE request_id = $1 ORDER BY source',
    [requestId],
  );
  return rows.map((row) => ({ source: row.source, expected: row.expected, received: row.received, finishedAt: row.finished_at }));
}

/** The most recently requested replay, or null when this consumer never requested one. */
export async function latestReplay(dataSource: DataSource): Promise<string | null> {
  const rows: { request_id: string }[] = await dataSource.query('SELECT request_id FROM event_replays ORDER BY requested_at DESC, request_id LIMIT 1');
  return rows[0]?.request_id ?? null;
}

async function ensureReplayQueues(options: RequestReplayOptions): Promise<void> {
  if (options.sources.length === 0 || options.types.length === 0) throw new Error('A replay needs at least one source and one event type');
  const { boss } = options.bus;
  await retryOnDeadlock(async () => {
    await ensureQueue(boss, replayQueue(options.consumer), REPLAY_QUEUE_RETRY);
    for (const source of options.sources) await ensureQueue(boss, replayRequestQueue(source), REPLAY_QUEUE_RETRY);
  });
}

/**
 * Records and sends one request per source in the caller's transaction: if a send fails, no row commits and a later
 * start asks again. Should the commit fail after the sends, consumeReplays creates the rows when the answers arrive.
 */
async function sendRequests(manager: EntityManager, options: RequestReplayOptions, sources: string[]): Promise<string> {
  const requestId = randomUUID();
  const request: ReplayRequest = { requestId, consumer: options.consumer, types: options.types };
  for (const source of sources) {
    await manager.query('INSERT INTO event_replays (request_id, source) VALUES ($1, $2)', [requestId, source]);
    await sendOrThrow(options.bus.boss, replayRequestQueue(source), request);
  }
  return requestId;
}

async function sendOrThrow(boss: PgBoss, queue: string, data: object): Promise<void> {
  // pg-boss answers null instead of failing when the queue does not exist or its pool is closed.
  const jobId = await boss.send(queue, data);
  if (!jobId) throw new Error(`The event bus did not queue a job on ${queue}`);
}
