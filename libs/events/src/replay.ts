import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
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

/**
 * For every consuming service's migration (also one that created event_replays before): which event types each
 * request asked for, so that a handler added later asks for its own history. Rows from before have no types and
 * count as having asked for all.
 */
export function catchUpMigration(timestamp: number): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `CatchUpOnEvents${timestamp}`;
    async up(runner: QueryRunner): Promise<void> {
      await runner.query(CREATE_REPLAY_SQL.replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS'));
      await runner.query('ALTER TABLE event_replays ADD COLUMN IF NOT EXISTS types text[]');
    }
    async down(runner: QueryRunner): Promise<void> {
      await runner.query('ALTER TABLE event_replays DROP COLUMN IF EXISTS types');
    }
  };
}

/** A request no answer finished after this long is taken as lost (a source that was down, a job that expired) and asked again. */
export const REPLAY_RETRY_AFTER_MINUTES = 10;

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
  /** The request's id, when the consumer must know it before the first answer can arrive (a rebuild); else new. */
  requestId?: string;
}

/**
 * Asks every source for its history of `types`; returns the request id (see replayStatus). Subscribe to the live
 * events first: an event committed after a source has paged past it reaches the consumer through its subscription.
 */
export async function requestReplay(options: RequestReplayOptions): Promise<string> {
  await ensureReplayQueues(options);
  return options.dataSource.transaction((manager) =>
    sendRequests(manager, options, new Map(options.sources.map((source) => [source, options.types]))),
  );
}

/**
 * Like requestReplay, but only for what this consumer has not asked before: the sources it never asked, and the types
 * it handles now but did not then (a handler added later); and again for a request nothing answered within
 * REPLAY_RETRY_AFTER_MINUTES. So a fresh database gets the whole history, a restart asks nothing, and a lost request
 * is asked again. A request whose answer has begun to arrive is left to finish, however long a national history takes:
 * asking again would send it all a second time. Null when nothing was missing.
 */
export async function requestMissingReplays(options: RequestReplayOptions): Promise<string | null> {
  await ensureReplayQueues(options);
  return options.dataSource.transaction(async (manager) => {
    // Replicas starting together wait here for each other, so only the first one asks.
    await manager.query('LOCK TABLE event_replays IN SHARE ROW EXCLUSIVE MODE');
    const asked: { source: string; types: string[] | null }[] = await manager.query(
      `SELECT source, types FROM event_replays
        WHERE source = ANY($1::text[]) AND (finished_at IS NOT NULL OR received > 0 OR requested_at > now() - make_interval(mins => $2))`,
      [options.sources, REPLAY_RETRY_AFTER_MINUTES],
    );
    const missing = new Map<string, string[]>();
    for (const source of options.sources) {
      const rows = asked.filter((row) => row.source === source);
      const covered = rows.some((row) => row.types === null) ? options.types : rows.flatMap((row) => row.types ?? []);
      const types = options.types.filter((type) => !covered.includes(type));
      if (types.length) missing.set(source, types);
    }
    return missing.size > 0 ? sendRequests(manager, options, missing) : null;
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
  const rows: { request_id: string }[] = await dataSource.query(
    'SELECT request_id FROM event_replays ORDER BY requested_at DESC, request_id LIMIT 1',
  );
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
async function sendRequests(manager: EntityManager, options: RequestReplayOptions, typesBySource: Map<string, string[]>): Promise<string> {
  const requestId = options.requestId ?? randomUUID();
  for (const [source, types] of typesBySource) {
    await manager.query('INSERT INTO event_replays (request_id, source, types) VALUES ($1, $2, $3)', [requestId, source, types]);
    const request: ReplayRequest = { requestId, consumer: options.consumer, types };
    await sendOrThrow(options.bus.boss, replayRequestQueue(source), request);
  }
  return requestId;
}

async function sendOrThrow(boss: PgBoss, queue: string, data: object): Promise<void> {
  // pg-boss answers null instead of failing when the queue does not exist or its pool is closed.
  const jobId = await boss.send(queue, data);
  if (!jobId) throw new Error(`The event bus did not queue a job on ${queue}`);
}
