import { ensureDatabase, serviceDatabaseName, withDatabase } from '@buurtvolk/database';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { defaultLogger } from './logger';

export interface EventBus {
  boss: PgBoss;
  /** Stops fetching jobs and waits up to `timeoutMs` (default 10 s) for handlers in flight, then fails them back to the queue. */
  stop(timeoutMs?: number): Promise<void>;
}

/** The events database: EVENTS_DATABASE_URL, or else `buurtvolk_events` on the DATABASE_URL server. */
export function eventsDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EVENTS_DATABASE_URL) return env.EVENTS_DATABASE_URL;
  if (!env.DATABASE_URL) {
    throw new Error(
      'Neither EVENTS_DATABASE_URL nor DATABASE_URL is set. Start everything with "npm start", or point DATABASE_URL at a PostgreSQL server.',
    );
  }
  return withDatabase(env.DATABASE_URL, serviceDatabaseName('events'));
}

/**
 * Connects pg-boss to the events database, which no service owns: whichever starts first creates it, and pg-boss
 * installs or migrates its schema under its own lock.
 */
export async function startEventBus(options: { connectionString: string; logger?: Logger }): Promise<EventBus> {
  const logger = options.logger ?? defaultLogger();
  const database = decodeURIComponent(new URL(options.connectionString).pathname.slice(1));
  if (!database) throw new Error('The events connection string names no database');
  await ensureDatabase(options.connectionString, database);

  // Maintenance is what takes back expired jobs (see HANDLER_EXPIRY_SECONDS); one service runs it per interval.
  // Six services, each with its own pool besides this one, share one PostgreSQL: see the README for the total.
  const max = Number(process.env.EVENTS_POOL_SIZE ?? 4);
  const boss = new PgBoss({
    connectionString: options.connectionString,
    application_name: 'buurtvolk-events',
    maintenanceIntervalSeconds: 30,
    max,
  });
  // Without a listener an 'error' event (a dropped connection, a failing poll) would crash the process.
  boss.on('error', (error) => logger.error({ err: error }, 'event bus error'));
  await boss.start();

  return {
    boss,
    // Graceful: handlers in flight get time to finish; pg-boss fails what is still running, and the retry meets the
    // inbox. A service stopping on a signal passes a shorter time (it must exit within 10 s in all).
    stop: (timeoutMs = 10_000) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }),
  };
}
