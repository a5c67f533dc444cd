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
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { problems: [problemFromStatus(undefined)] };
  }
  const body = (await response.json().catch(() => undefined)) as
    { data?: Data | null; errors?: Parameters<typeof problemFromGraphQLError>[0][] } | undefined;
  if (!body || (!body.data && !body.errors?.length)) return { problems: [problemFromStatus(response.status)] };
  return { data: body.data ?? undefined, problems: (body.errors ?? []).map(problemFromGraphQLError) };
}
