import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * A failed statement's error carries its bound values (an IBAN, an e-mail address) and PostgreSQL's detail quotes
 * the offending key: neither belongs in a log that operators read.
 */
const PERSONAL_VALUES = ['parameters', 'detail', 'driverError.parameters', 'driverError.detail'];
const REDACTED_PATHS = ['err', 'error'].flatMap((field) => PERSONAL_VALUES.map((path) => `${field}.${path}`));

/** JSON logs on stdout; LOG_LEVEL=silent in tests. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
