import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; LOG_LEVEL=silent in tests. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
