import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';
import { defaultLogger } from './logger';

export interface ConsumeEventsOptions<T> {
  bus: EventBus;
  /** The consumer's own database; it needs the event_inbox table (CREATE_INBOX_SQL). */
  dataSource: DataSource;
  /** The consuming service's name, e.g. 'impact'. */
  consumer: string;
  type: string;
  handle: (event: DomainEvent<T>, manager: EntityManager) => Promise<void>;
  /** Retries after the first attempt before the job goes to the dead-letter queue; default 5. */
  retryLimit?: number;
  /** Seconds before the first retry; default 5, doubling (with jitter) per retry when retryBackoff is on. */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** How often an idle worker looks for jobs; default 2 s, at least 0.5 s. */
  pollingIntervalSeconds?: number;
  logger?: Logger;
}

/** The queue a consumer's copies of one event type land in. */
export function consumerQueueName(consumer: string, type: string): string {
  return `${consumer}.${type}`;
}

export function deadLetterQueueName(consumer: string, type: string): string {
  return `${consumerQueueName(consumer, type)}.dead`;
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
  const deadLetter = deadLetterQueueName(consumer, type);
  const retry = { retryLimit: options.retryLimit ?? 5, retryDelay: options.retryDelay ?? 5, retryBackoff: options.retryBackoff ?? true };

  await retryOnDeadlock(async () => {
    // The dead-letter queue first: a queue's deadLetter must name an existing queue.
    await boss.createQueue(deadLetter);
    await boss.createQueue(queue, { name: queue, ...retry, deadLetter });
    // createQueue leaves an existing queue as it was, so changed retry settings reach it only through updateQueue.
    await boss.updateQueue(queue, { name: queue, ...retry, deadLetter });
    await boss.subscribe(type, queue);
  });

  // pg-boss rejects a present-but-undefined pollingIntervalSeconds, so the key is left out unless given.
  const polling = options.pollingIntervalSeconds === undefined ? {} : { pollingIntervalSeconds: options.pollingIntervalSeconds };
  // pg-boss v10 hands the handler an array of jobs (one by default) and fails or completes them together.
  await boss.work<DomainEvent<T>>(queue, polling, async (jobs) => {
    for (const job of jobs) {
      const event = job.data;
      const handled = await dataSource.transaction(async (manager) => {
        const claimed: unknown[] = await manager.query(
          'INSERT INTO event_inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
          [consumer, event.id],
        );
        if (claimed.length === 0) return false;
        await handle(event, manager);
        return true;
      }).catch((error: unknown) => {
        // pg-boss keeps the error with the job but says nothing; the log is where someone sees it first.
        logger.warn({ err: error, eventId: event.id, jobId: job.id }, 'event handler failed; pg-boss will retry or dead-letter it');
        throw error;
      });
      logger.debug({ eventId: event.id, jobId: job.id }, handled ? 'event handled' : 'event already handled; skipped');
    }
  });
}

/**
 * pg-boss creates each queue's partition in its own DDL; services starting together can deadlock each other there
 * (PostgreSQL aborts one with 40P01). The steps are idempotent, so the loser simply tries again.
 */
async function retryOnDeadlock(setup: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await setup();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.floor(Math.random() * 100)));
    }
  }
}
