import { summarise } from './stats';

/** One kind of request the load sends: where, what, and with which headers (made fresh per request if need be). */
export interface LoadTarget {
  url: string;
  body: string;
  headers: () => Promise<Record<string, string>>;
}

export interface LoadResult {
  requests: number;
  failures: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * `connections` callers, each sending one request after the other for `seconds`, taking the targets in turn (each
 * caller starts at a different one, so the mix is even). Failures (HTTP errors, GraphQL errors) are counted apart
 * and left out of the latencies.
 */
export async function runLoad(targets: LoadTarget[], connections: number, seconds: number): Promise<LoadResult> {
  const timings: number[] = [];
  let failures = 0;
  const started = performance.now();
  const until = started + seconds * 1_000;
  const caller = async (offset: number) => {
    for (let i = offset; performance.now() < until; i += 1) {
      const target = targets[i % targets.length];
      const headers = { 'content-type': 'application/json', ...(await target.headers()) };
      const sent = performance.now();
      try {
        const response = await fetch(target.url, { method: 'POST', headers, body: target.body, signal: AbortSignal.timeout(10_000) });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) failures += 1;
        else timings.push(performance.now() - sent);
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, index) => caller(index)));
  const elapsedSeconds = (performance.now() - started) / 1_000;
  const sorted = [...timings].sort((a, b) => a - b);
  const p99 = sorted.length ? sorted[Math.ceil(0.99 * sorted.length) - 1] : NaN;
  const { median, p95 } = sorted.length ? summarise(sorted) : { median: NaN, p95: NaN };
  return { requests: timings.length, failures, requestsPerSecond: timings.length / elapsedSeconds, p50: median, p95, p99 };
}
