import { answerReplays, type BatchEventHandler, consumeEvents, consumeReplays, type DomainEvent, type EventBus, OutboxRelay, requestMissingReplays } from '@buurtvolk/events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from './logger';

/**
 * A subgraph's handler of one event type. The kit always passes the event; it is optional here only so that code
 * calling a handler directly (tests) may leave it out, and declared as a method so a handler that requires it still
 * fits (method parameters are compared bivariantly).
 */
export type SubgraphEventHandler = { handle(payload: any, manager: EntityManager, event?: DomainEvent<any>): Promise<void> }['handle'];

/** What a subgraph publishes and which other services' events it handles (by event type). */
export interface SubgraphEvents {
  /** The subgraph writes events to its outbox; a relay moves them to the event bus, and it answers replay requests. */
  publishes?: boolean;
  /**
   * Handlers by event type; each runs once per event, in a transaction of the subgraph's database. The event itself
   * comes third (its id and occurredAt), for handlers that need more than the payload.
   */
  handlers?: Record<string, SubgraphEventHandler>;
  /**
   * The services whose history of the handled types this subgraph replays (its database needs CREATE_REPLAY_SQL):
   * on first start it asks each of them once, so events recorded before it subscribed still reach it.
   */
  replayFrom?: string[];
  /**
   * Optional, for replays only: handlers that apply consecutive events of one handled type at once (set-based), so
   * replaying a long history costs a few statements per page. Live events still go one by one to `handlers`.
   */
  replayBatchHandlers?: Record<string, BatchEventHandler>;
}

interface StartOptions {
  dataSource: DataSource;
  bus: EventBus;
  logger: Logger;
  relayIntervalMs?: number;
  pollingIntervalSeconds?: number;
}

/** Starts the outbox relay, replay answering and the consumers of a subgraph on an event bus; returns how to stop them. */
export async function startSubgraphEvents(name: string, events: SubgraphEvents, options: StartOptions): Promise<() => Promise<void>> {
  const { dataSource, bus, logger, pollingIntervalSeconds } = options;
  const handlers = events.handlers ?? {};
  const stops: (() => Promise<void>)[] = [];
  for (const [type, handler] of Object.entries(handlers)) {
    await consumeEvents({ bus, dataSource, consumer: name, type, logger, pollingIntervalSeconds, handle: (event, manager) => handler(event.payload, manager, event) });
  }
  // After the subscriptions above: whatever the producers page past during the replay then arrives live.
  if (events.replayFrom?.length) {
    stops.push(await consumeReplays({ bus, dataSource, consumer: name, handlers, batchHandlers: events.replayBatchHandlers, logger, pollingIntervalSeconds }));
    const types = Object.keys(handlers);
    const requestId = types.length > 0 ? await requestMissingReplays({ bus, dataSource, consumer: name, sources: events.replayFrom, types }) : null;
    if (requestId) logger.info({ requestId }, 'replay of earlier events requested from the sources not asked before');
  }
  if (events.publishes) {
    stops.push(await answerReplays({ bus, dataSource, source: name, logger, pollingIntervalSeconds }));
    const relay = new OutboxRelay({ dataSource, bus, logger, intervalMs: options.relayIntervalMs });
    relay.start();
    stops.push(() => relay.stop());
  }
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
