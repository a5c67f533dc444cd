import { IDENTITY_HEADER } from '@buurtvolk/identity';
import { Response } from 'undici';

interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** The gateway's subgraph requests put the document first: `{"query":"mutation …`. */
const MUTATION = /^\{"query":"\s*mutation\b/;

/**
 * Merges identical subgraph queries that are in flight at the same moment — same URL, same body, same signed caller
 * — into one request, as a burst of the same page by many callers of one role would send. Each caller gets its own
 * Response with its own copy of the body, because the gateway merges later fetches into the objects it parses.
 * Mutations are never merged; neither are different callers, so the subgraph's access rules still see each one.
 */
export function mergeInFlightQueries(fetch: Fetch): Fetch {
  const pending = new Map<string, Promise<Answer>>();
  return async (url, init) => {
    const body = typeof init.body === 'string' ? init.body : undefined;
    const identity = (init.headers as Record<string, string> | undefined)?.[IDENTITY_HEADER];
    if (body === undefined || MUTATION.test(body)) return fetch(url, init);
    const key = `${url}\n${identity ?? ''}\n${body}`;
    let answer = pending.get(key);
    if (!answer) {
      answer = fetch(url, init)
        .then(async (response) => ({
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers],
          body: await response.text(),
        }))
        .finally(() => pending.delete(key));
      pending.set(key, answer);
    }
    const { status, statusText, headers, body: text } = await answer;
    return new Response(text, { status, statusText, headers });
  };
}
