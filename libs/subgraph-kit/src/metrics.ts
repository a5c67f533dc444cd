import { countDeadLetters, type EventBus } from '@buurtvolk/events';
import type { Express } from 'express';
import { Gauge, Registry } from 'prom-client';

/**
 * Prometheus metrics on a subgraph's own port (a subgraph is never the public endpoint). For now: the dead letters
 * waiting for this service, so an alert fires before an operator has to look (deadLetteredEvents lists them).
 */
export function metricsEndpoint(app: Express, service: string, bus: EventBus | undefined): void {
  const registry = new Registry();
  if (bus) {
    new Gauge({
      name: 'buurtvolk_dead_lettered_events',
      help: 'Events this service gave up on after every retry, waiting to be requeued',
      labelNames: ['service', 'event_type'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const { eventType, count } of await countDeadLetters(bus, service)) this.set({ service, event_type: eventType }, count);
      },
    });
  }
  app.get('/metrics', async (_req, res) => {
    res.set('content-type', registry.contentType).send(await registry.metrics());
  });
}
