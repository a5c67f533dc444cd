import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, type GraphQLResponse, postGraphQL, testIdentities } from '@buurtvolk/testing';
import type { TestFederation } from '../federation';

export type Variables = Record<string, unknown>;

/** The running federation as the matrix's callers and fixtures reach it: through the gateway, with a token. */
export class World {
  private readonly headers = new Map<string, Promise<Record<string, string>>>();
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(readonly federation: TestFederation) {}

  async call(identity: Identity | null, query: string, variables: Variables = {}): Promise<GraphQLResponse> {
    return postGraphQL(this.federation.gateway.url, { query, variables }, identity ? await this.headersOf(identity) : {});
  }

  /** Data of a call that must succeed: a fixture that fails says so, rather than leave a cell to fail obscurely. */
  async as<TData = any>(identity: Identity, query: string, variables: Variables = {}): Promise<TData> {
    const response = await this.call(identity, query, variables);
    if (response.errors?.length || !response.data)
      throw new Error(`Fixture failed: ${query.trim().slice(0, 80)}: ${JSON.stringify(response.errors ?? response.text)}`);
    return response.data;
  }

  admin<TData = any>(query: string, variables: Variables = {}): Promise<TData> {
    return this.as<TData>(testIdentities.admin(), query, variables);
  }

  /** A fixture made once for the whole matrix (e.g. a course per trainer), however many rows ask for it. */
  once<T>(key: string, make: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as Promise<T>;
  }

  /** Tokens are signed once per identity: a few hundred calls need only a few dozen signatures. */
  private headersOf(identity: Identity): Promise<Record<string, string>> {
    const key = JSON.stringify(identity);
    if (!this.headers.has(key)) this.headers.set(key, bearerHeaders(identity));
    return this.headers.get(key)!;
  }
}
