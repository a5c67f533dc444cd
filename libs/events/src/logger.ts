import pino, { type Logger } from 'pino';

/** Used when the caller passes no logger, so pg-boss errors are still seen (LOG_LEVEL=silent in tests). */
export function defaultLogger(): Logger {
  return pino({ name: 'events', level: process.env.LOG_LEVEL ?? 'info', timestamp: pino.stdTimeFunctions.isoTime });
}
