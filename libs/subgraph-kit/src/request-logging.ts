import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isDatabaseUnavailable } from '@buurtvolk/database';
import { isPublic } from './errors';
import type { Logger } from './logger';

export interface LoggedContext extends BaseContext {
  requestId: string;
  logger: Logger;
}

/**
 * Logs each operation with its request id, logs unexpected errors in full (the caller only sees a masked
 * message), and adds the request id to every error the caller gets so a report can be traced in the logs.
 */
export function requestLoggingPlugin<TContext extends LoggedContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? '');
            if (isPublic({ message: error.message, extensions: { code } }) || error.originalError?.name?.includes('ArgumentValidation'))
              continue;
            const details = { requestId: contextValue.requestId, operationName, err: error.originalError ?? error, path: error.path };
            // A database that is busy or away fails every request the same way: the caller hears SERVICE_UNAVAILABLE,
            // and operators one warning per request rather than an error that reads like a bug.
            if (isDatabaseUnavailable(error.originalError)) contextValue.logger.warn(details, 'database unavailable');
            else contextValue.logger.error(details, 'unexpected error');
          }
        },
        async willSendResponse({ response, operationName }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId: contextValue.requestId },
            }));
          }
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          contextValue.logger.info({ requestId: contextValue.requestId, operationName, durationMs: Math.round(durationMs) }, 'operation');
        },
      };
    },
  };
}
