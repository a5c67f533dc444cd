import type { Identity } from '@buurtvolk/identity';
import type { LoggedContext } from '@buurtvolk/subgraph-kit';

export interface GatewayContext extends LoggedContext {
  identity: Identity | null;
}
