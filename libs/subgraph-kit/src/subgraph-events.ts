import {
  answerReplays,
  type BatchEventHandler,
  consumeEvents,
  consumeReplays,
  ensureQueue,
  type ConsumeReplaysOptions,
  type DomainEvent,
  type EventBus,
  type EventPayload,
  type EventType,
  OutboxRelay,
  pollingOption,
  REPLAY_RETRY_AFTER_MINUTES,
  requestMissingReplays,
  retryOnDeadlock,
} from '@buurtvolk/events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from './logger';

/**
 * A subgraph's handler of one catalogued event type. The kit passes the event third, for its id and occurredAt; a
 * handler may declare a narrower payload of its own (the fields it reads), which the catalogued payload must satisfy.
 */
export type SubgraphEventHandler<K extends EventType = EventType> = (
  payload: EventPayload<K>,
  manager: EntityManager,
  event: DomainEvent<EventPayload<K>>,
) => Promise<void>;

export type SubgraphEventHandlers = { [K in EventType]?: SubgraphEventHandler<K> };

/** What a subgraph publishes and which other services' events it handles (by event type). */
export interface SubgraphEvents {
  /** The subgraph writes events to its outbox; a relay moves them to the event bus, and it answers replay requests. */
  publishes?: boolean;
  /**
   * Handlers by event type; each runs once per event, in a transaction of the subgraph's database. The event itself
   * comes third (its id and occurredAt), for handlers that need more than the payload.
   */
  handlers?: SubgraphEventHandlers;
  /**
   * The services whose history of the handled types this subgraph replays (its database needs catchUpMigration): on
   * start it asks each of them for what it never asked before — everything on a fresh database, the history of a
   * handler added since — and again for a request that was lost, so events recorded before it subscribed reach it.
   */
  replayFrom?: string[];
  /** The handled types to catch up on; by default all. Events that move money now, not then, stay out. */
  replayTypes?: EventType[];
  /**
   * Optional, for replays only: handlers that apply consecutive events of one handled type at once (set-based), so
   * replaying a long history costs a few statements per page. Live events still go one by one to `handlers`.
   */
  replayBatchHandlers?: { [K in EventType]?: BatchEventHandler<EventPayload<K>> };
  /** Hooks around replayed pages, e.g. for a read model that rebuilds into tables of its own (impact). */
  replayHooks?: Pick<ConsumeReplaysOptions, 'beforeJob' | 'afterRequestFinished' | 'anyOrder' | 'withoutInbox'>;
  /**
   * Work that runs on a clock (pg-boss cron, Europe/Amsterdam), by job name: queue `<service>.<job>`. pg-boss sends
   * one job per tick however many instances run, and a failed run is retried. `run` must be safe to repeat.
   */
  scheduled?: Record<string, ScheduledJob>;
}

export interface ScheduledJob {
  /** Five-field cron, e.g. '17 3 * * *' (03:17 every night). */
  cron: string;
  run(dataSource: DataSource, logger: Logger): Promise<void>;
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
  for (const [type, handler] of Object.entries(handlers) as [EventType, SubgraphEventHandler<any>][]) {
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
    const types = events.replayTypes ?? (Object.keys(handlers) as EventType[]);
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
  for (const [job, { cron, run }] of Object.entries(events.scheduled ?? {})) {
    const queue = `${name}.${job}`;
    await retryOnDeadlock(() => ensureQueue(bus.boss, queue, { retryLimit: 3, retryDelay: 300, retryBackoff: true }));
    await bus.boss.schedule(queue, cron, undefined, { tz: 'Europe/Amsterdam' });
    const workerId = await bus.boss.work(queue, pollingOption(pollingIntervalSeconds), async () => {
      await run(dataSource, logger);
      logger.info({ job: queue }, 'scheduled job done');
    });
    stops.push(() => bus.boss.offWork({ id: workerId }));
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
