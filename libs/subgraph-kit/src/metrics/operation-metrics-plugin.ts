import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ServiceMetrics } from './service-metrics';

/** Counts and times every GraphQL operation; the outcome is `ok` or the code of its first error. */
export function operationMetricsPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const outcome = errors?.length ? String(errors[0].extensions?.code ?? 'ERROR') : 'ok';
          metrics.operationAnswered(operationName, outcome, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
