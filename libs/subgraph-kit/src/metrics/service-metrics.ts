import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Seconds; the targets of DESIGN.md (50 and 200 ms p95) fall between buckets, so alerts on them read true. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10];

/** Operation names are the caller's words: only tidy ones become labels, and only so many, so no one can flood them. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,80}$/;
const MAX_OPERATION_NAMES = 500;

/** One service's Prometheus registry with what every service measures: its GraphQL operations and its process. */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly requests: Counter<'service' | 'operation' | 'outcome'>;
  private readonly duration: Histogram<'service' | 'operation'>;

  constructor(readonly service: string) {
    collectDefaultMetrics({ register: this.registry, prefix: 'buurtvolk_', labels: { service } });
    this.requests = new Counter({
      name: 'buurtvolk_graphql_requests_total',
      help: 'GraphQL operations answered, by operation name and outcome (ok, or the first error code)',
      labelNames: ['service', 'operation', 'outcome'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'buurtvolk_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer',
      labelNames: ['service', 'operation'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
  }

  operationAnswered(operationName: string | null | undefined, outcome: string, seconds: number): void {
    const operation = this.operationLabel(operationName);
    this.requests.inc({ service: this.service, operation, outcome });
    this.duration.observe({ service: this.service, operation }, seconds);
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!this.operationNames.has(name)) {
      if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
      this.operationNames.add(name);
    }
    return name;
  }
}
