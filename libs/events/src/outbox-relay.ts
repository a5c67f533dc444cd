import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';
import { defaultLogger } from './logger';
import { eventFromOutboxRow, type OutboxRow } from './outbox-row';

/** One relay per service database at a time, whichever replica holds it. */
const RELAY_LOCK = 'buurtvolk:outbox-relay';

/**
 * Moves committed outbox rows to pg-boss. The outbox and the queue live in different databases, so this is at least
 * once: a crash after publishing and before the batch is marked published publishes it again, and consumers dedupe.
 */
export class OutboxRelay {
  private readonly dataSource: DataSource;
  private readonly bus: EventBus;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(options: { dataSource: DataSource; bus: EventBus; intervalMs?: number; batchSize?: number; logger?: Logger }) {
    this.dataSource = options.dataSource;
    this.bus = options.bus;
    this.intervalMs = options.intervalMs ?? 500;
    this.batchSize = options.batchSize ?? 100;
    this.logger = options.logger ?? defaultLogger();
  }

  /**
   * Publishes one batch, oldest first; returns how many events it published. No transaction stays open while it talks
   * to the events database (an idle transaction would hold row locks and a connection for as long as pg-boss takes):
   * replicas take turns through a session lock instead, and a batch is marked published after it went out.
   */
  async relayOnce(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ mine }] = await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS mine', [RELAY_LOCK]);
      if (!mine) return 0;
      try {
        const rows: OutboxRow[] = await runner.query(
          `SELECT id, type, source, payload, occurred_at FROM event_outbox WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT $1`,
          [this.batchSize],
        );
        for (const row of rows) await publish(this.bus.boss, eventFromOutboxRow(row));
        if (rows.length > 0)
          await runner.query('UPDATE event_outbox SET published_at = now() WHERE id = ANY($1::uuid[]) AND published_at IS NULL', [
            rows.map((row) => row.id),
          ]);
        return rows.length;
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [RELAY_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Polls until stop(); a run never overlaps the previous one, and a failed run is logged and tried again. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
      });
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let published = 0;
    try {
      published = await this.relayOnce();
    } catch (error) {
      this.logger.error({ err: error }, 'outbox relay failed; retrying');
    }
    // A full batch means more is waiting: go on at once instead of waiting for the next interval.
    if (!this.stopped) this.schedule(published === this.batchSize ? 0 : this.intervalMs);
  }
}

/**
 * boss.publish() sends a copy to every subscribed queue but swallows failed sends (Promise.allSettled). Its sends
 * run through the `db` option, so a wrapper there sees failures, and the row stays unpublished.
 */
async function publish(boss: PgBoss, event: DomainEvent): Promise<void> {
  const db = boss.getDb();
  const failures: unknown[] = [];
  const watched: PgBoss.Db = {
    executeSql: async (text, values) => {
      try {
        const result = await db.executeSql(text, values);
        // pg-boss answers undefined instead of failing when its pool is closed.
        if (!result) throw new Error('The event bus is not connected');
        return result;
      } catch (error) {
        failures.push(error);
        throw error;
      }
    },
  };
  await boss.publish(event.type, event, { db: watched });
  if (failures.length > 0) throw failures[0];
}
