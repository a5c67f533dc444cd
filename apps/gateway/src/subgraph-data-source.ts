import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { IDENTITY_HEADER } from '@buurtvolk/identity';
import { REQUEST_ID_HEADER } from '@buurtvolk/subgraph-kit';
import { GraphQLError } from 'graphql';
import { Agent, fetch as undiciFetch } from 'undici';
import type { GatewayContext } from './gateway-context';
import { type GatewayMetrics, measuredFetch } from './gateway-metrics';
import type { IdentitySignatures } from './identity-signatures';
import { mergeInFlightQueries } from './in-flight-fetches';

export interface SubgraphConnectionOptions {
  /** How long one subgraph fetch may take; the gateway itself sets no timeout. */
  timeoutMs: number;
  /** Sockets per subgraph; without a cap a burst opens one per request. */
  maxSockets: number;
  /** Identical queries in flight to a subgraph at once share one request (in-flight-fetches.ts); on by default. */
  mergeInFlight?: boolean;
  /** Where each fetch's duration and outcome is counted (the gateway's /metrics). */
  metrics?: GatewayMetrics;
}

/** Forwards the verified caller in a short-lived header signed by the gateway, and the request id. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    options: SubgraphConnectionOptions,
    private readonly signatures: IdentitySignatures,
  ) {
    // Idle sockets close after 10 s, before the subgraphs' 65 s keep-alive, so a reused socket is never half-closed.
    // The agent times each fetch (the answer's headers, then every pause in its body), so no request needs a timer of its own.
    const dispatcher = new Agent({
      connections: options.maxSockets,
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 10_000,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    const sent = (input: string, init: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher });
    // Measured where the request really goes out, so a merged query counts once, as the subgraph sees it.
    const fetch = options.metrics ? measuredFetch(serviceName, options.metrics, sent) : sent;
    super({ url, fetcher: (options.mergeInFlight === false ? fetch : mergeInFlightQueries(fetch)) as never });
  }

  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    request.http?.headers.set(IDENTITY_HEADER, await this.signatures.forSubgraph(context?.identity ?? null, this.serviceName));
    if (context?.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  /**
   * A subgraph answers a request it refuses (e.g. a variable that is not a valid date) with a 4xx and a GraphQL
   * error; pass that error on instead of a bare "400: Bad Request".
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const text = await response.text();
    try {
      const first = JSON.parse(text)?.errors?.[0];
      if (typeof first?.message === 'string') return new GraphQLError(first.message, { extensions: first.extensions ?? {} });
    } catch {
      // not a GraphQL answer: fall through
    }
    return new GraphQLError(`The ${this.serviceName} service answered ${response.status}`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }

  /** A subgraph that is down or too slow yields an error for its part of the answer; the rest still comes. */
  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    // undici's fetch reports the agent's timeouts as a "fetch failed" TypeError caused by them.
    const cause = (error as { cause?: { code?: string } }).cause;
    const timedOut = cause?.code === 'UND_ERR_HEADERS_TIMEOUT' || cause?.code === 'UND_ERR_BODY_TIMEOUT';
    throw new GraphQLError(
      timedOut
        ? `The ${this.serviceName} service did not answer in time; the other parts of the answer are complete`
        : `The ${this.serviceName} service is unavailable right now; the other parts of the answer are complete`,
      { extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName }, originalError: error },
    );
  }
}
