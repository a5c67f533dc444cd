import type { TypedDocumentString } from '../gql/graphql';
import { type Problem, problemFromGraphQLError, problemFromStatus } from './problems';

/** What a page gets back: whatever data came (a partly answered page shows it) and every problem. */
export interface Outcome<Data> {
  data?: Data;
  problems: Problem[];
}

/** One GraphQL request to the gateway on this origin, with the signed-in person's token. */
export async function execute<Data, Variables>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  accessToken: string | undefined,
  signal?: AbortSignal,
): Promise<Outcome<Data>> {
  type Body = { data?: Data | null; errors?: Parameters<typeof problemFromGraphQLError>[0][] };
  const post = async (persisted: object | null): Promise<{ response?: Response; body?: Body }> => {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
        body: JSON.stringify(persisted ?? { query: document.toString(), variables }),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      return {};
    }
    return { response, body: (await response.json().catch(() => undefined)) as Body | undefined };
  };
  const hash: string | undefined = document.__meta__?.hash;
  // The gateway knows the portal's operations by hash (persisted queries); a gateway that does not is sent the document.
  let answer = await post(hash ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : null);
  if (hash && answer.body?.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') answer = await post(null);
  const { response, body } = answer;
  if (!response) return { problems: [problemFromStatus(undefined)] };
  if (!body || (!body.data && !body.errors?.length)) return { problems: [problemFromStatus(response.status)] };
  return { data: body.data ?? undefined, problems: (body.errors ?? []).map(problemFromGraphQLError) };
}
