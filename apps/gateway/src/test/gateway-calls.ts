import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, type GraphQLResponse, postGraphQL } from '@buurtvolk/testing';

/**
 * A spec's way to ask the federation's gateway: `call` returns the whole answer (errors included, for refusals),
 * `as` only the data, failing the step on any error. `url` is read per call: the federation starts in beforeAll.
 */
export function gatewayCalls(url: () => string) {
  const call = async (identity: Identity | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    postGraphQL(url(), { query, variables }, identity ? await bearerHeaders(identity) : {});
  const as = async (identity: Identity | null, query: string, variables: Record<string, unknown> = {}) => {
    const result = await call(identity, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  return { call, as };
}
