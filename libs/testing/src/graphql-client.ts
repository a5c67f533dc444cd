import { IDENTITY_HEADER, type Identity, issueDevToken, signGatewayIdentity } from '@buurtvolk/identity';

export interface GraphQLResponse<TData = any> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  /** The raw body, for requests that did not get JSON back. */
  text: string;
}

/** POSTs a GraphQL request over real HTTP and returns what a client would see. */
export async function postGraphQL<TData = any>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: { data?: TData; errors?: GraphQLResponse['errors'] } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: callers look at status and text
  }
  return { status: response.status, data: parsed.data, errors: parsed.errors, text };
}

/** Headers of a request to subgraph `service` as the gateway would send it for `identity` (null: anonymous). */
export async function gatewayHeaders(identity: Identity | null, service: string): Promise<Record<string, string>> {
  return { [IDENTITY_HEADER]: await signGatewayIdentity(identity, service) };
}

/** Headers of a caller with a development bearer token for `identity`. */
export async function bearerHeaders(identity: Identity, expiresIn?: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await issueDevToken(identity, { expiresIn })}` };
}
