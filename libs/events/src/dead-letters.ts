import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';
import { deadLetterOf } from './queues';

/** An event a consumer gave up on after every retry, waiting in `<consumer>.<type>.dead` for an operator. */
export interface DeadLetter {
  jobId: string;
  consumer: string;
  eventType: string;
  event: DomainEvent;
  /** The handler's last error, first line only: enough to see what went wrong, no stack or statement. */
  lastError: string | null;
  deadSince: Date;
}

const DEAD_QUEUE = /^([a-z]+)\.([A-Za-z]+)\.dead$/;

/**
 * The dead letters waiting, oldest first, of one consumer (or all) and one event type (or all). pg-boss has no call
 * that lists a queue without taking its jobs, so this reads its job table (pg-boss 10, schema pgboss) directly.
 */
export async function listDeadLetters(
  bus: EventBus,
  filter: { consumer?: string | null; eventType?: string | null } = {},
  limit = 100,
): Promise<DeadLetter[]> {
  const pattern = `${filter.consumer ?? '%'}.${filter.eventType ?? '%'}.dead`;
  const { rows } = await bus.boss
    .getDb()
    .executeSql(
      `SELECT id, name, data, output, created_on FROM pgboss.job WHERE name LIKE $1 AND state = 'created' ORDER BY created_on, id LIMIT $2`,
      [pattern, limit],
    );
  return rows.flatMap((row: { id: string; name: string; data: DomainEvent; output: unknown; created_on: Date }) => {
    const match = DEAD_QUEUE.exec(row.name);
    if (!match) return [];
    return [
      {
        jobId: row.id,
        consumer: match[1],
        eventType: match[2],
        event: row.data,
        lastError: firstLine(row.output),
        deadSince: row.created_on,
      },
    ];
  });
}

/**
 * Puts dead letters back on their consumer's queue (all of a consumer and type, or the given jobs); returns their job ids.
 * A requeued event that was handled after all meets the consumer's inbox and is skipped, so requeuing twice is harmless.
 */
export async function requeueDeadLetters(
  bus: EventBus,
  filter: { consumer: string; eventType: string; jobIds?: string[] | null },
): Promise<string[]> {
  const waiting = (await listDeadLetters(bus, filter, 10_000)).filter((letter) => !filter.jobIds || filter.jobIds.includes(letter.jobId));
  const queue = `${filter.consumer}.${filter.eventType}`;
  for (const letter of waiting) {
    // Sent before it is removed: a failure in between leaves a copy in both, which the inbox makes harmless.
    const jobId = await bus.boss.send(queue, letter.event);
    if (!jobId) throw new Error(`The event bus did not queue a job on ${queue}`);
    await bus.boss.deleteJob(deadLetterOf(queue), letter.jobId);
  }
  return waiting.map((letter) => letter.jobId);
}

function firstLine(output: unknown): string | null {
  const message = (output as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message.split('\n')[0].slice(0, 300) : null;
}
