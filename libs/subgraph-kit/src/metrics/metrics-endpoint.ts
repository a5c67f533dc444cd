import { countDeadLetters, deadLetterOf, type EventBus } from '@buurtvolk/events';
import type { Express } from 'express';
import { Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ServiceMetrics } from './service-metrics';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface SubgraphMetricsSources {
  dataSource: DataSource;
  bus?: EventBus;
  /** The service records events in an outbox (its backlog and age are measured). */
  publishes?: boolean;
}

/**
 * What operators watch of a subgraph besides its operations: database pool use, the outbox backlog and the age of
 * its oldest unpublished event, the events waiting in each of its queues, and its dead letters. Measured when
 * Prometheus scrapes; a source that cannot answer then leaves its figures out rather than failing the scrape.
 */
export function subgraphMetrics(service: string, sources: SubgraphMetricsSources): ServiceMetrics {
  const metrics = new ServiceMetrics(service);
  const registers = [metrics.registry];
  const { dataSource, bus } = sources;
  new Gauge({
    name: 'buurtvolk_db_pool_connections',
    help: 'Connections of the service’s database pool: all, idle, and requests waiting for one',
    labelNames: ['service', 'state'],
    registers,
    collect() {
      const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
      if (!pool) return;
      this.set({ service, state: 'total' }, pool.totalCount);
      this.set({ service, state: 'idle' }, pool.idleCount);
      this.set({ service, state: 'waiting' }, pool.waitingCount);
    },
  });
  if (sources.publishes) {
    const outbox = async () => {
      const [row] = await dataSource.query(
        `SELECT count(*)::int AS backlog, COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)::float AS age
           FROM event_outbox WHERE published_at IS NULL`,
      );
      return row as { backlog: number; age: number };
    };
    new Gauge({
      name: 'buurtvolk_outbox_unpublished_events',
      help: 'Events recorded in the outbox that the relay has not published yet',
      labelNames: ['service'],
      registers,
      async collect() {
        this.reset();
        await outbox().then(({ backlog }) => this.set({ service }, backlog), ignore);
      },
    });
    new Gauge({
      name: 'buurtvolk_outbox_oldest_unpublished_age_seconds',
      help: 'How long the oldest unpublished event has waited in the outbox (0 when none waits)',
      labelNames: ['service'],
      registers,
      async collect() {
        this.reset();
        await outbox().then(({ age }) => this.set({ service }, age), ignore);
      },
    });
  }
  if (bus) {
    new Gauge({
      name: 'buurtvolk_event_queue_waiting',
      help: 'Events waiting in each of the service’s queues to be handled (consumer lag)',
      labelNames: ['service', 'queue'],
      registers,
      async collect() {
        this.reset();
        try {
          const queues: { name: string }[] = await bus.boss.getQueues();
          const own = queues.map(({ name }) => name).filter((name) => name.startsWith(`${service}.`) && !name.endsWith(deadLetterOf('')));
          for (const name of own) this.set({ service, queue: name }, (await bus.boss.getQueueSize(name)) ?? 0);
        } catch (error) {
          ignore(error);
        }
      },
    });
    new Gauge({
      name: 'buurtvolk_dead_lettered_events',
      help: 'Events this service gave up on after every retry, waiting to be requeued',
      labelNames: ['service', 'event_type'],
      registers,
      async collect() {
        this.reset();
        for (const { eventType, count } of await countDeadLetters(bus, service)) this.set({ service, event_type: eventType }, count);
      },
    });
  }
  return metrics;
}

/** Serves a registry as Prometheus text at /metrics on `app` (a subgraph's own port, or the gateway's metrics port). */
export function metricsEndpoint(app: Express, metrics: ServiceMetrics): void {
  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function ignore(_error: unknown): void {
  // The figure is left out of this scrape; Prometheus marks it absent, and the readiness probe says why.
}
