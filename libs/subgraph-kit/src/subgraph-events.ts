import {
  answerReplays,
  type BatchEventHandler,
  consumeEvents,
  consumeReplays,
  type ConsumeReplaysOptions,
  type DomainEvent,
  type EventBus,
  OutboxRelay,
  REPLAY_RETRY_AFTER_MINUTES,
  requestMissingReplays,
} from '@buurtvolk/events';
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
   * The services whose history of the handled types this subgraph replays (its database needs catchUpMigration): on
   * start it asks each of them for what it never asked before — everything on a fresh database, the history of a
   * handler added since — and again for a request that was lost, so events recorded before it subscribed reach it.
   */
  replayFrom?: string[];
  /** The handled types to catch up on; by default all. Events that move money now, not then, stay out. */
  replayTypes?: string[];
  /**
   * Optional, for replays only: handlers that apply consecutive events of one handled type at once (set-based), so
   * replaying a long history costs a few statements per page. Live events still go one by one to `handlers`.
   */
  replayBatchHandlers?: Record<string, BatchEventHandler>;
  /** Hooks around replayed pages, e.g. for a read model that rebuilds into tables of its own (impact). */
  replayHooks?: Pick<ConsumeReplaysOptions, 'beforeJob' | 'afterRequestFinished'>;
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
    await consumeEvents({
      bus,
      dataSource,
      consumer: name,
      type,
      logger,
      pollingIntervalSeconds,
      handle: (event, manager) => handler(event.payload, manager, event),
    });
  }
  // After the subscriptions above: whatever the producers page past during the replay then arrives live.
  if (events.replayFrom?.length) {
    stops.push(
      await consumeReplays({
        bus,
        dataSource,
        consumer: name,
        handlers,
        batchHandlers: events.replayBatchHandlers,
        logger,
        pollingIntervalSeconds,
        ...events.replayHooks,
      }),
    );
    const types = events.replayTypes ?? Object.keys(handlers);
    const catchUp = async () => {
      const requestId = await requestMissingReplays({ bus, dataSource, consumer: name, sources: events.replayFrom!, types });
      if (requestId) logger.info({ requestId }, 'replay of earlier events requested: what was never asked, or was lost');
    };
    await catchUp();
    // A request lost while this service runs (its source down for longer than the queue keeps jobs) is asked again.
    const timer = setInterval(
      () => catchUp().catch((error) => logger.warn({ err: error }, 'could not ask for missing replays; trying again later')),
      REPLAY_RETRY_AFTER_MINUTES * 60_000,
    );
    timer.unref();
    stops.push(async () => clearInterval(timer));
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
