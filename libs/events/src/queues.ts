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
 * pg-boss creates each queue's partition in its own DDL; services starting together can deadlock each other there
 * (PostgreSQL aborts one with 40P01). The steps are idempotent, so the loser simply tries again, after a random
 * pause that grows with each attempt so the contenders drift apart.
 */
export async function retryOnDeadlock(setup: () => Promise<void>, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await setup();
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
