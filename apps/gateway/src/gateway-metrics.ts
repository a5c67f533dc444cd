import { createHttpApp, LATENCY_BUCKETS, listen, metricsEndpoint, type RunningServer, ServiceMetrics } from '@buurtvolk/subgraph-kit';
import { Counter, Histogram } from 'prom-client';

/** What the gateway measures beyond every service's operations: each subgraph fetch, and the callers it refused. */
export class GatewayMetrics extends ServiceMetrics {
  private readonly subgraphFetches: Histogram<'subgraph' | 'outcome'>;
  private readonly refusals: Counter<'caller'>;

  constructor() {
    super('gateway');
    this.subgraphFetches = new Histogram({
      name: 'buurtvolk_subgraph_fetch_duration_seconds',
      help: 'Time from the gateway sending a query to a subgraph to its answer, by subgraph and outcome (HTTP status class, or timeout/error)',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.refusals = new Counter({
      name: 'buurtvolk_rate_limit_refusals_total',
      help: 'Requests and operations the gateway refused (429) because the caller’s token bucket was empty',
      labelNames: ['caller'],
      registers: [this.registry],
    });
  }

  subgraphAnswered(subgraph: string, outcome: string, seconds: number): void {
    this.subgraphFetches.observe({ subgraph, outcome }, seconds);
  }

  rateLimited(anonymous: boolean): void {
    this.refusals.inc({ caller: anonymous ? 'anonymous' : 'signed_in' });
  }

  /** Serves /metrics on a port of its own, so the public port never shows them. */
  async serve(port: number): Promise<RunningServer> {
    const app = createHttpApp();
    metricsEndpoint(app, this);
    return listen(app, port, '/metrics');
  }
}

/** A fetch that reports how long each subgraph fetch took and how it ended. */
export function measuredFetch<R extends { status: number }>(
  subgraph: string,
  metrics: GatewayMetrics,
  fetch: (input: string, init: RequestInit) => Promise<R>,
): (input: string, init: RequestInit) => Promise<R> {
  return async (input, init) => {
    const started = performance.now();
    try {
      const response = await fetch(input, init);
      metrics.subgraphAnswered(subgraph, `${Math.floor(response.status / 100)}xx`, (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      const outcome = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' ? 'timeout' : 'error';
      metrics.subgraphAnswered(subgraph, outcome, (performance.now() - started) / 1000);
      throw error;
    }
  };
}
