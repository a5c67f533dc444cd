import type { Identity } from '@buurtvolk/identity';
import type { LoggedContext } from '@buurtvolk/subgraph-kit';
import type { RateLimitCaller } from './rate-limit';

export interface GatewayContext extends LoggedContext {
  identity: Identity | null;
  /** Whose bucket the request draws from (rate-limit/); absent when rate limiting is off. */
  rateLimitCaller?: RateLimitCaller;
  /** The operation's estimated cost (limits/), set once the operation is resolved, before the gateway plans it. */
  operationCost?: number;
}
