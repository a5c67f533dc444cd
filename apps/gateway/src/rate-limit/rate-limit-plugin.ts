import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { RateLimitCaller } from './rate-limit-caller';
import { refusalBody } from './rate-limit-refusal';
import type { RateLimiter } from './rate-limiter';

export interface RateLimitedContext extends BaseContext {
  /** Set by `rateLimitRequests`; absent when rate limiting is off. */
  rateLimitCaller?: RateLimitCaller;
  /** The operation's estimated cost, set by the limits plugin in didResolveOperation. */
  operationCost?: number;
}

/**
 * Expensive operations draw extra tokens once their cost is known. `responseForOperation` runs after every plugin's
 * didResolveOperation (so the cost is there) and before anything is sent to a subgraph; a refusal answers 429.
 * Each operation of a batch has its own context and cost, so each draws for itself.
 */
export function rateLimitPlugin<TContext extends RateLimitedContext>(limiter: RateLimiter): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue }) {
          const extra = limiter.extraTokensForCost(contextValue.operationCost);
          if (!contextValue.rateLimitCaller || extra === 0) return null;
          const draw = await limiter.draw(contextValue.rateLimitCaller, extra);
          if (draw.allowed) return null;
          const { errors } = refusalBody(draw);
          return {
            http: { status: 429, headers: new HeaderMap([['retry-after', String(draw.retryAfterSeconds)]]) },
            body: { kind: 'single', singleResult: { errors } },
          };
        },
      };
    },
  };
}
