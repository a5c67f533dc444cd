import type { DataSource } from 'typeorm';

export const DEFAULT_PROBE_TIMEOUT_MS = 2_000;

/**
 * A readiness check: can this process run a statement through its own pool now? It answers within `timeoutMs`
 * whatever the server does. A probe stuck on a frozen server keeps its connection until the server moves again,
 * so callers in the meantime share that probe instead of taking one connection each.
 */
export function databaseProbe(dataSource: DataSource, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS): () => Promise<boolean> {
  let pending: Promise<boolean> | undefined;
  return () => {
    pending ??= dataSource
      .query('SELECT 1')
      .then(
        () => true,
        () => false,
      )
      .finally(() => {
        pending = undefined;
      });
    return within(pending, timeoutMs, false);
  };
}

function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    void work.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
