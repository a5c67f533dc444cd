import { consumeEvents, type EventBus, OutboxRelay } from '@buurtvolk/events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from './logger';

/** What a subgraph publishes and which other services' events it handles (by event type). */
export interface SubgraphEvents {
  /** The subgraph writes events to its outbox; a relay moves them to the event bus. */
  publishes?: boolean;
  /** Handlers by event type; each runs once per event, in a transaction of the subgraph's database. */
  handlers?: Record<string, (payload: any, manager: EntityManager) => Promise<void>>;
}

/** Starts the outbox relay and the consumers of a subgraph on an event bus; returns how to stop the relay. */
export async function startSubgraphEvents(
  name: string,
  events: SubgraphEvents,
  options: { dataSource: DataSource; bus: EventBus; logger: Logger; relayIntervalMs?: number; pollingIntervalSeconds?: number },
): Promise<() => Promise<void>> {
  const { dataSource, bus, logger } = options;
  for (const [type, handler] of Object.entries(events.handlers ?? {})) {
    await consumeEvents({
      bus,
      dataSource,
      consumer: name,
      type,
      logger,
      pollingIntervalSeconds: options.pollingIntervalSeconds,
      handle: (event, manager) => handler(event.payload, manager),
    });
  }
  if (!events.publishes) return async () => {};
  const relay = new OutboxRelay({ dataSource, bus, logger, intervalMs: options.relayIntervalMs });
  relay.start();
  return () => relay.stop();
}
