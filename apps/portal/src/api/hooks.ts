import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { usePortal } from '../app/portal-context';
import type { TypedDocumentString } from '../gql/graphql';
import { execute, type Outcome } from './client';

export interface QueryState<Data> extends Outcome<Data> {
  loading: boolean;
  reload(): void;
}

/** Loads a query when the page opens and whenever its variables change; a sign-in that has ended signs out. */
export function useQuery<Data, Variables>(
  document: TypedDocumentString<Data, Variables>,
  variables: Variables,
  options: { skip?: boolean } = {},
): QueryState<Data> {
  const { session, signOut } = usePortal();
  const [state, setState] = useState<Outcome<Data> & { loading: boolean }>({ problems: [], loading: !options.skip });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);

  // A layout effect asks before the browser first paints the page, not after: on a slow phone that paint takes long.
  useLayoutEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    execute(document, JSON.parse(key) as Variables, session?.accessToken, controller.signal).then(
      (outcome) => {
        if (outcome.problems.some((problem) => problem.kind === 'UNAUTHENTICATED')) signOut();
        setState({ ...outcome, loading: false });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [document, key, session?.accessToken, signOut, generation, options.skip]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}

export interface MutationState<Data> extends Outcome<Data> {
  running: boolean;
}

/** A change the person asks for; the outcome stays until the next run so a form can show it at its fields. */
export function useMutation<Data, Variables>(document: TypedDocumentString<Data, Variables>) {
  const { session, signOut } = usePortal();
  const [state, setState] = useState<MutationState<Data>>({ problems: [], running: false });
  const running = useRef(false);

  const run = useCallback(
    async (variables: Variables): Promise<Outcome<Data>> => {
      // A double tap on a slow phone must not send the same change twice.
      if (running.current) return { problems: [] };
      running.current = true;
      setState({ problems: [], running: true });
      try {
        const outcome = await execute(document, variables, session?.accessToken);
        if (outcome.problems.some((problem) => problem.kind === 'UNAUTHENTICATED')) signOut();
        setState({ ...outcome, running: false });
        return outcome;
      } finally {
        running.current = false;
      }
    },
    [document, session?.accessToken, signOut],
  );
  const reset = useCallback(() => setState({ problems: [], running: false }), []);
  return [run, state, reset] as const;
}
