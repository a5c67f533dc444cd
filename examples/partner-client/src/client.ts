/**
 * A tiny GraphQL client on `fetch`: it sends one of the generated, typed operations to the gateway with the
 * partner's bearer token and returns the typed `data`, or throws with the errors the gateway gave.
 */
import type { TypedDocumentString } from './gql/graphql';

export interface PartnerClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql in development. */
  url: string;
  /** An access token: from the OIDC provider (client credentials) in production, `npm run token` in development. */
  token: string;
  /** Another fetch (a proxy, a recorder in tests); the global one by default. */
  fetch?: typeof fetch;
}

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  /** `code` is one of UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, LIMIT_EXCEEDED, SERVICE_UNAVAILABLE, … */
  extensions?: { code?: string; requestId?: string; [key: string]: unknown };
}

/** The gateway answered with errors (or not with GraphQL at all); `data` holds whatever part did come back. */
export class PartnerApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorItem[],
    readonly data: unknown,
  ) {
    super(
      errors
        .map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}${error.path ? ` (at ${error.path.join('.')})` : ''}`)
        .join('\n') || `HTTP ${status}`,
    );
    this.name = 'PartnerApiError';
  }

  get codes(): string[] {
    return this.errors.map((error) => error.extensions?.code ?? 'ERROR');
  }
}

export function createPartnerClient(options: PartnerClientOptions) {
  const send = options.fetch ?? fetch;
  return async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const response = await send(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const text = await response.text();
    let body: { data?: TResult | null; errors?: GraphQLErrorItem[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new PartnerApiError(response.status, [{ message: `Not a GraphQL answer: ${text.slice(0, 200)}` }], null);
    }
    if (body.errors?.length || !body.data) throw new PartnerApiError(response.status, body.errors ?? [], body.data ?? null);
    return body.data;
  };
}

export type PartnerRequest = ReturnType<typeof createPartnerClient>;
