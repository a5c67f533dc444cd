import type PgBoss from 'pg-boss';

export interface RetrySettings {
  /** Retries after the first attempt before the job goes to the dead-letter queue. */
  retryLimit: number;
  /** Seconds before the first retry. */
  retryDelay: number;
  /** Doubles the delay (with jitter) per retry. */
  retryBackoff: boolean;
  /** How long a job may stay active before pg-boss fails it and delivers it again (pg-boss's default: 15 minutes). */
  expireInSeconds?: number;
  /** How long a job may wait to be handled before pg-boss gives it up (its default: 14 days). */
  retentionDays?: number;
}

export function deadLetterOf(queue: string): string {
  return `${queue}.dead`;
}

/**
 * Creates `queue` with a dead-letter queue, or brings an existing one to `retry`. Idempotent, so every side that
 * sends to or works a queue may call it.
 */
export async function ensureQueue(boss: PgBoss, queue: string, retry: RetrySettings): Promise<void> {
  const deadLetter = deadLetterOf(queue);
  // The dead-letter queue first: a queue's deadLetter must name an existing queue.
  await createMissingQueue(boss, deadLetter, { name: deadLetter });
  await createMissingQueue(boss, queue, { name: queue, ...retry, deadLetter });
  // createQueue leaves an existing queue as it was, so changed retry settings reach it only through updateQueue.
  await boss.updateQueue(queue, { name: queue, ...retry, deadLetter });
}

/** Creating a queue is DDL that can deadlock (see retryOnDeadlock); on a restart every queue exists, so none runs. */
async function createMissingQueue(boss: PgBoss, queue: string, options: PgBoss.Queue): Promise<void> {
  if (!(await boss.getQueue(queue))) await boss.createQueue(queue, options);
}

/**
 * Runs `work` again when PostgreSQL aborts it as a deadlock's victim (40P01): pg-boss creating queue partitions as
 * services start together, or two transactions that take the same rows in another order. `work` must be a whole
 * transaction or otherwise safe to repeat; each retry waits a random pause that grows, so the contenders drift apart.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.floor(Math.random() * 150 * attempt)));
    }
  }
}

/** pg-boss rejects a present-but-undefined pollingIntervalSeconds, so the key is left out unless given. */
export function pollingOption(pollingIntervalSeconds: number | undefined): PgBoss.WorkOptions {
  return pollingIntervalSeconds === undefined ? {} : { pollingIntervalSeconds };
}
