import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';
import { claimEvent } from './inbox';
import { defaultLogger } from './logger';
import { deadLetterOf, ensureQueue, pollingOption, retryOnDeadlock } from './queues';

export interface ConsumeEventsOptions<T> {
  bus: EventBus;
  /** The consumer's own database; it needs the event_inbox table (CREATE_INBOX_SQL). */
  dataSource: DataSource;
  /** The consuming service's name, e.g. 'impact'. */
  consumer: string;
  type: string;
  handle: (event: DomainEvent<T>, manager: EntityManager) => Promise<void>;
  /** Retries after the first attempt before the job goes to the dead-letter queue; default 12 (about 11 hours). */
  retryLimit?: number;
  /** Seconds before the first retry; default 5, doubling (with jitter) per retry when retryBackoff is on. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** How often an idle worker looks for jobs; default 2 s, at least 0.5 s. */
  pollingIntervalSeconds?: number;
  logger?: Logger;
}

/**
 * How a service reacts to one event type, in a transaction of its own database (`manager`). The event itself comes
 * third, for its id and occurredAt (e.g. last-writer-wins in a read model); most handlers need only the payload.
 */
export type EventHandler<TPayload = any> = (payload: TPayload, manager: EntityManager, event: DomainEvent<TPayload>) => Promise<void>;

/** Applies several events of one type at once, in the given order (see consumeReplays' batchHandlers). */
export type BatchEventHandler<TPayload = any> = (events: DomainEvent<TPayload>[], manager: EntityManager) => Promise<void>;

/**
 * A job whose outcome never reached pg-boss stays active until it expires: pg-boss 10 does not await its
 * complete/fail calls (lost while the database is away), and a job fetched as the service stops is not failed back.
 * A handler is one transaction bounded by the statement timeouts, so a minute is plenty, and such a job is delivered
 * again after about a minute (plus the maintenance interval) instead of pg-boss's default 15; the inbox skips it if
 * it was handled after all.
 */
export const HANDLER_EXPIRY_SECONDS = 60;

/** The queue a consumer's copies of one event type land in. */
export function consumerQueueName(consumer: string, type: string): string {
  return `${consumer}.${type}`;
}

export function deadLetterQueueName(consumer: string, type: string): string {
  return deadLetterOf(consumerQueueName(consumer, type));
}

/**
 * Subscribes `consumer` to `type` and handles each event in a transaction of the consumer's database that first
 * claims the event in event_inbox. Delivery is at least once, so a claimed event is skipped; a failing handler rolls
 * back its claim too, and pg-boss retries it until retryLimit, then moves it to the dead-letter queue.
 */
export async function consumeEvents<T>(options: ConsumeEventsOptions<T>): Promise<void> {
  const { bus, dataSource, consumer, type, handle } = options;
  const logger = (options.logger ?? defaultLogger()).child({ consumer, eventType: type });
  const { boss } = bus;
  const queue = consumerQueueName(consumer, type);
  const retry = {
    // About 11 hours of retries with back-off (5 s doubling), so database maintenance or a consumer's outage
    // does not send events to the dead-letter queue; operators requeue those that still end up there.
    retryLimit: options.retryLimit ?? 12,
    retryDelay: options.retryDelay ?? 5,
    retryBackoff: options.retryBackoff ?? true,
    expireInSeconds: HANDLER_EXPIRY_SECONDS,
    // An event waits this long for a consumer that is down (pg-boss's default is 14 days), and a dead letter about as
    // long again: longer than a holiday.
    retentionDays: 30,
  };

  await retryOnDeadlock(async () => {
    await ensureQueue(boss, queue, retry);
    await boss.subscribe(type, queue);
  });

  // pg-boss v10 hands the handler an array of jobs (one by default) and fails or completes them together.
  // Known once work() returns; the handler reads it only after its first job.
  let workerId = '';
  workerId = await boss.work<DomainEvent<T>>(queue, pollingOption(options.pollingIntervalSeconds), async (jobs) => {
    for (const job of jobs) {
      const event = job.data;
      const handled = await dataSource
        .transaction(async (manager) => {
          if (!(await claimEvent(manager, consumer, event.id))) return false;
          await handle(event, manager);
          return true;
        })
        .catch((error: unknown) => {
          // pg-boss keeps the error with the job but says nothing; the log is where someone sees it first.
          logger.warn({ err: error, eventId: event.id, jobId: job.id }, 'event handler failed; pg-boss will retry or dead-letter it');
          throw error;
        });
      logger.debug({ eventId: event.id, jobId: job.id }, handled ? 'event handled' : 'event already handled; skipped');
    }
    // pg-boss waits a polling interval after each fetch, also one that found work: a backlog (a bulk approval of
    // hours) would drain one event per interval. Fetch again at once; an empty fetch then waits as usual.
    if (workerId) boss.notifyWorker(workerId);
  });
}
