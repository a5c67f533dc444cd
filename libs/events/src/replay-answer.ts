import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { v5 as uuidv5 } from 'uuid';
import type { EventBus } from './event-bus';
import { defaultLogger } from './logger';
import { eventFromOutboxRow, type OutboxRow } from './outbox-row';
import { ensureQueue, pollingOption, retryOnDeadlock } from './queues';
import { REPLAY_QUEUE_RETRY, type ReplayBatch, type ReplayRequest, replayQueue, replayRequestQueue } from './replay';

/** Events per replay job: millions of history events are a few thousand jobs. */
export const REPLAY_PAGE_SIZE = 2_000;

export interface AnswerReplaysOptions {
  bus: EventBus;
  /** The producer's own database, whose event_outbox is its event history. */
  dataSource: DataSource;
  /** The producing service's name, as in its events' `source`. */
  source: string;
  /** Events per job sent to the consumer; default 2,000 (a consumer with batch handlers applies a page in a few statements). */
  batchSize?: number;
  /** How often an idle worker looks for requests; default 2 s, at least 0.5 s. */
  pollingIntervalSeconds?: number;
  logger?: Logger;
}

/**
 * Answers replay requests for `source` from its own outbox, published or not, oldest first. A failed request is
 * retried by pg-boss; returns how to stop answering.
 */
export async function answerReplays(options: AnswerReplaysOptions): Promise<() => Promise<void>> {
  const { bus, dataSource, source } = options;
  const { boss } = bus;
  const batchSize = options.batchSize ?? REPLAY_PAGE_SIZE;
  const logger = (options.logger ?? defaultLogger()).child({ replaySource: source });
  const queue = replayRequestQueue(source);
  await retryOnDeadlock(() => ensureQueue(boss, queue, REPLAY_QUEUE_RETRY));

  const workerId = await boss.work<ReplayRequest>(queue, pollingOption(options.pollingIntervalSeconds), async (jobs) => {
    for (const job of jobs) {
      const { requestId, consumer } = job.data;
      const total = await answer(boss, dataSource, source, batchSize, job.data).catch((error: unknown) => {
        logger.warn({ err: error, requestId, consumer, jobId: job.id }, 'replay request failed; pg-boss will retry or dead-letter it');
        throw error;
      });
      logger.info({ requestId, consumer, total }, 'replay sent');
    }
  });
  return () => boss.offWork({ id: workerId });
}

/** Sends the history page by page, then the total; returns the number of events sent. */
async function answer(boss: PgBoss, dataSource: DataSource, source: string, batchSize: number, request: ReplayRequest): Promise<number> {
  const queue = replayQueue(request.consumer);
  let total = 0;
  let after: string | null = null;
  for (let page = 0; ; page += 1) {
    const rows = await readPage(dataSource, request.types, after, batchSize);
    if (rows.length === 0) break;
    await sendOnce(boss, queue, jobId(request, source, `page ${page}`), {
      requestId: request.requestId,
      source,
      events: rows.map(eventFromOutboxRow),
    });
    total += rows.length;
    after = rows[rows.length - 1].id;
    if (rows.length < batchSize) break;
  }
  await sendOnce(boss, queue, jobId(request, source, 'total'), { requestId: request.requestId, source, events: [], total });
  return total;
}

/**
 * Keyset pagination on (occurred_at, id), the order the relay publishes in, so an index on those columns serves any
 * page. The cursor is the last row's id and its occurred_at is read back from the table: a JavaScript Date would drop
 * the microseconds and repeat rows.
 */
function readPage(dataSource: DataSource, types: string[], after: string | null, limit: number): Promise<OutboxRow[]> {
  const columns = 'SELECT id, type, source, payload, occurred_at FROM event_outbox';
  return after === null
    ? dataSource.query(`${columns} WHERE type = ANY($1::text[]) ORDER BY occurred_at, id LIMIT $2`, [types, limit])
    : dataSource.query(
        `${columns} WHERE type = ANY($1::text[]) AND (occurred_at, id) > (SELECT occurred_at, id FROM event_outbox WHERE id = $2)
         ORDER BY occurred_at, id LIMIT $3`,
        [types, after, limit],
      );
}

/**
 * A retried request sends its pages again. The consumer would apply them only once anyway (its inbox), but it counts
 * what it receives to know when the replay has finished, so each job has a fixed id and pg-boss keeps the first copy.
 */
function jobId(request: ReplayRequest, source: string, part: string): string {
  return uuidv5(`${source} ${part}`, request.requestId);
}

async function sendOnce(boss: PgBoss, queue: string, id: string, batch: ReplayBatch): Promise<void> {
  if (await boss.send(queue, batch, { id })) return;
  // pg-boss answers null both for an id it already holds (sent by an earlier attempt) and for a missing queue.
  if (await boss.getJobById(queue, id)) return;
  throw new Error(`The event bus did not queue replay job ${id} on ${queue}`);
}
