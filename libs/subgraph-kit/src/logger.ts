import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * A failed statement's error carries its bound values (an IBAN, an e-mail address) and PostgreSQL's detail quotes
 * the offending key: neither belongs in a log that operators read.
 */
const PERSONAL_VALUES = ['parameters', 'detail', 'driverError.parameters', 'driverError.detail'];
const REDACTED_PATHS = ['err', 'error'].flatMap((field) => PERSONAL_VALUES.map((path) => `${field}.${path}`));

/**
 * A line written inside a traced request names its trace and span (see tracing.ts), so an operator goes from a log
 * line to the trace and back. Without tracing there is no active span and nothing is added.
 */
function traceFields(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? { trace_id: context.traceId, span_id: context.spanId } : {};
}

/** JSON logs on stdout; LOG_LEVEL=silent in tests. */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin: traceFields,
    },
    destination,
  );
}
