import type { DatabaseDefinition } from '@buurtvolk/database';
import { createTestDatabase, pollUntil, startTestEventBus, type TestDatabase } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { type BatchEventHandler, consumeEvents, type EventHandler } from './consumer';
import type { DomainEvent } from './domain-event';
import type { EventBus } from './event-bus';
import { CREATE_INBOX_SQL, CREATE_OUTBOX_SQL, recordUncataloguedEvent } from './outbox';
import { OutboxRelay } from './outbox-relay';
import {
  catchUpMigration,
  CREATE_REPLAY_SQL,
  latestReplay,
  replayQueue,
  replayRequestQueue,
  type ReplayStatus,
  replayStatus,
  requestMissingReplays,
  requestReplay,
} from './replay';
import { answerReplays } from './replay-answer';
import { consumeReplays } from './replay-consume';

// Every database gets every table: two producers ('things' and 'gadgets') and a fresh consumer database per test.
class CreateReplayTables1700000000000 implements MigrationInterface {
  name = 'CreateReplayTables1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_OUTBOX_SQL);
    await runner.query(CREATE_INBOX_SQL);
    await runner.query(CREATE_REPLAY_SQL);
    // The consumer's read model: one counter per thing, so an event applied twice shows as 2.
    await runner.query('CREATE TABLE counters (name text PRIMARY KEY, value int NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE counters, event_replays, event_inbox, event_outbox');
  }
}

const definition: DatabaseDefinition = { entities: [], migrations: [CreateReplayTables1700000000000, catchUpMigration(1700000000001)] };

interface ThingPayload {
  thingId: string;
}

const databases: TestDatabase[] = [];
const stops: (() => Promise<void>)[] = [];
let producers: Record<'things' | 'gadgets', TestDatabase>;
let bus: EventBus;

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase('replay_spec', definition);
  databases.push(db);
  return db;
}

beforeAll(async () => {
  producers = { things: await database(), gadgets: await database() };
  bus = await startTestEventBus();
  // Pages of two events, so a handful of events already spans several jobs.
  for (const source of ['things', 'gadgets'] as const) {
    stops.push(await answerReplays({ bus, dataSource: producers[source].dataSource, source, batchSize: 2, pollingIntervalSeconds: 0.5 }));
  }
});

afterAll(async () => {
  for (const stop of stops) await stop();
  await bus?.stop();
  await Promise.all(databases.map((db) => db.drop()));
});

/** Records `thingIds.length` events of `type`, one transaction each, and relays them (to whoever subscribed). */
async function produce(source: 'things' | 'gadgets', type: string, thingIds: string[]): Promise<DomainEvent<ThingPayload>[]> {
  const events: DomainEvent<ThingPayload>[] = [];
  for (const thingId of thingIds) {
    events.push(await producers[source].dataSource.transaction((manager) => recordUncataloguedEvent(manager, source, type, { thingId })));
  }
  const relay = new OutboxRelay({ dataSource: producers[source].dataSource, bus });
  while ((await relay.relayOnce()) > 0);
  return events;
}

const ids = (count: number) => Array.from({ length: count }, () => randomUUID());

/**
 * A consumer with its own database, counting each thing's events; `seen` lists the events its handlers ran for, and
 * `runs` the things each call of a batch handler (for the `batched` types) got.
 */
async function startConsumer(consumer: string, types: string[], options: { live?: boolean; batched?: string[] } = {}) {
  const db = await database();
  const seen: DomainEvent<ThingPayload>[] = [];
  const runs: string[][] = [];
  const increment: EventHandler<ThingPayload> = async (payload: ThingPayload, manager: EntityManager, event: DomainEvent<ThingPayload>) => {
    seen.push(event);
    await manager.query('INSERT INTO counters (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1', [
      payload.thingId,
    ]);
  };
  const incrementAll: BatchEventHandler<ThingPayload> = async (events, manager) => {
    runs.push(events.map((event) => event.payload.thingId));
    for (const event of events) await increment(event.payload, manager, event);
  };
  const handlers = Object.fromEntries(types.map((type) => [type, increment]));
  const batchHandlers = Object.fromEntries((options.batched ?? []).map((type) => [type, incrementAll]));
  if (options.live) {
    for (const type of types) {
      await consumeEvents<ThingPayload>({
        bus,
        dataSource: db.dataSource,
        consumer,
        type,
        pollingIntervalSeconds: 0.5,
        handle: (event, manager) => increment(event.payload, manager, event),
      });
    }
  }
  stops.push(await consumeReplays({ bus, dataSource: db.dataSource, consumer, handlers, batchHandlers, pollingIntervalSeconds: 0.5 }));
  const counters = async (): Promise<Record<string, number>> => {
    const rows: { name: string; value: number }[] = await db.dataSource.query('SELECT name, value FROM counters ORDER BY name');
    return Object.fromEntries(rows.map((row) => [row.name, row.value]));
  };
  const replay = (sources: string[], replayTypes = types) =>
    requestReplay({ bus, dataSource: db.dataSource, consumer, sources, types: replayTypes });
  const finished = (requestId: string) =>
    pollUntil(
      () => replayStatus(db.dataSource, requestId),
      (status) => status.length > 0 && status.every((row) => row.finishedAt !== null),
    );
  return { db, seen, runs, counters, replay, finished };
}

const done = (source: string, count: number): ReplayStatus => ({ source, expected: count, received: count, finishedAt: expect.any(Date) });
const onceEach = (events: DomainEvent<ThingPayload>[]) => Object.fromEntries(events.map((event) => [event.payload.thingId, 1]));

describe('replaying events to a consumer', () => {
  it('hands a consumer that subscribed late every earlier event, once each and in order', async () => {
    const events = await produce('things', 'ParcelSent', ids(3));
    // Relayed before anyone subscribed: pg-boss delivered these to no queue.
    const late = await startConsumer('late', ['ParcelSent'], { live: true });

    const requestId = await late.replay(['things']);

    expect(await late.finished(requestId)).toEqual([done('things', 3)]);
    expect(await late.counters()).toEqual(onceEach(events));
    expect(late.seen).toEqual(events);
    expect(await latestReplay(late.db.dataSource)).toBe(requestId);
  });

  it('rebuilds the same read model when replayed again after the consumer cleared it', async () => {
    const [a, b] = ids(2);
    await produce('things', 'ParcelWeighed', [a, b, a, a]);
    const rebuilt = await startConsumer('rebuilt', ['ParcelWeighed']);
    await rebuilt.finished(await rebuilt.replay(['things']));
    const before = await rebuilt.counters();
    expect(before).toEqual({ [a]: 3, [b]: 1 });

    await rebuilt.db.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM counters');
      await manager.query('DELETE FROM event_inbox WHERE consumer = $1', ['rebuilt']);
    });
    const again = await rebuilt.replay(['things']);

    expect(await rebuilt.finished(again)).toEqual([done('things', 4)]);
    expect(await rebuilt.counters()).toEqual(before);
    expect(await latestReplay(rebuilt.db.dataSource)).toBe(again);
  });

  it('skips the events the consumer already handled live', async () => {
    const early = await startConsumer('early', ['ParcelOpened'], { live: true });
    const events = await produce('things', 'ParcelOpened', ids(3));
    await pollUntil(
      () => early.counters(),
      (counters) => Object.keys(counters).length === 3,
    );

    const requestId = await early.replay(['things']);

    expect(await early.finished(requestId)).toEqual([done('things', 3)]);
    expect(await early.counters()).toEqual(onceEach(events));
    expect(early.seen.map((event) => event.id).sort()).toEqual(events.map((event) => event.id).sort());
  });

  it('pages through the history of several sources', async () => {
    const crates = await produce('things', 'CratePacked', ids(5));
    const gadgets = await produce('gadgets', 'GadgetBuilt', ids(3));
    const paged = await startConsumer('paged', ['CratePacked', 'GadgetBuilt']);

    const requestId = await paged.replay(['things', 'gadgets']);

    expect(await paged.finished(requestId)).toEqual([done('gadgets', 3), done('things', 5)]);
    expect(await paged.counters()).toEqual(onceEach([...crates, ...gadgets]));
    expect(paged.seen.filter((event) => event.source === 'things')).toEqual(crates);
    expect(paged.seen.filter((event) => event.source === 'gadgets')).toEqual(gadgets);
    // Pages of two plus a closing job per source: things 3 + 1, gadgets 2 + 1.
    expect(await bus.boss.getQueueSize(replayQueue('paged'), { before: 'cancelled' })).toBe(7);
  });

  it('counts events of types without a handler but does not apply them', async () => {
    const known = await produce('things', 'BoxKnown', ids(2));
    const unknown = await produce('things', 'BoxUnknown', ids(2));
    const picky = await startConsumer('picky', ['BoxKnown']);

    // gadgets never recorded either type: its replay is empty and still finishes.
    const requestId = await picky.replay(['things', 'gadgets'], ['BoxKnown', 'BoxUnknown']);

    expect(await picky.finished(requestId)).toEqual([done('gadgets', 0), done('things', 4)]);
    expect(await picky.counters()).toEqual(onceEach(known));
    const inbox: { event_id: string }[] = await picky.db.dataSource.query(
      'SELECT event_id FROM event_inbox ORDER BY processed_at, event_id',
    );
    expect(inbox.map((row) => row.event_id).sort()).toEqual(known.map((event) => event.id).sort());
    expect(picky.seen.some((event) => unknown.some((skipped) => skipped.id === event.id))).toBe(false);
  });

  it('counts each event once when a source answers the same request twice, as after a retry', async () => {
    const events = await produce('things', 'ParcelLost', ids(3));
    const counted = await startConsumer('counted', ['ParcelLost']);
    const requestId = await counted.replay(['things']);
    // The request again, as pg-boss would retry it after the source crashed mid-way.
    expect(await bus.boss.send(replayRequestQueue('things'), { requestId, consumer: 'counted', types: ['ParcelLost'] })).toEqual(
      expect.any(String),
    );

    expect(await counted.finished(requestId)).toEqual([done('things', 3)]);
    await pollUntil(
      () => bus.boss.getQueueSize(replayRequestQueue('things'), { before: 'completed' }),
      (unanswered) => unanswered === 0,
    );
    // Both answers are sent by now, and the second one added no jobs: pages of two plus the closing job.
    expect(await bus.boss.getQueueSize(replayQueue('counted'), { before: 'cancelled' })).toBe(3);
    expect(await replayStatus(counted.db.dataSource, requestId)).toEqual([done('things', 3)]);
    expect(await counted.counters()).toEqual(onceEach(events));
  });

  it('hands consecutive new events of a type to its batch handler together, keeping the order across types', async () => {
    const [x, y, z, w, v, u] = ids(6);
    await produce('things', 'BulkCounted', [x, y]);
    await produce('things', 'SingleCounted', [z]);
    const later = await produce('things', 'BulkCounted', [w, v, u]);
    const bulk = await startConsumer('bulk', ['BulkCounted', 'SingleCounted'], { batched: ['BulkCounted'] });
    // v was handled live already.
    await bulk.db.dataSource.query('INSERT INTO event_inbox (consumer, event_id) VALUES ($1, $2)', ['bulk', later[1].id]);

    const requestId = await bulk.replay(['things']);

    expect(await bulk.finished(requestId)).toEqual([done('things', 6)]);
    // Pages of two: [x y] [z w] [v u]. z has no batch handler and keeps its place; v is skipped.
    expect(bulk.runs).toEqual([[x, y], [w], [u]]);
    expect(bulk.seen.map((event) => event.payload.thingId)).toEqual([x, y, z, w, u]);
    expect(await bulk.counters()).toEqual({ [x]: 1, [y]: 1, [z]: 1, [w]: 1, [u]: 1 });
  });
});

describe('replaying into tables rebuilt from scratch, without inbox rows', () => {
  it('applies every replayed event without claiming it, while live events are still claimed once each', async () => {
    const db = await database();
    const consumer = 'idempotent';
    // Idempotent, as a rebuild's handlers must be: the state says which things were seen, and how many times it was
    // applied is kept aside only to show that a repeated copy did run.
    const applied: string[] = [];
    const mark: EventHandler<ThingPayload> = async (payload, manager, event) => {
      applied.push(event.id);
      await manager.query('INSERT INTO counters (name, value) VALUES ($1, 1) ON CONFLICT (name) DO NOTHING', [payload.thingId]);
    };
    await consumeEvents<ThingPayload>({
      bus,
      dataSource: db.dataSource,
      consumer,
      type: 'ParcelStamped',
      pollingIntervalSeconds: 0.5,
      handle: (event, manager) => mark(event.payload, manager, event),
    });
    stops.push(
      await consumeReplays({
        bus,
        dataSource: db.dataSource,
        consumer,
        handlers: { ParcelStamped: mark },
        pollingIntervalSeconds: 0.5,
        withoutInbox: async () => true,
      }),
    );
    const live = await produce('things', 'ParcelStamped', ids(2));
    await pollUntil(
      () => db.dataSource.query('SELECT event_id FROM event_inbox'),
      (rows: unknown[]) => rows.length === 2,
    );

    const requestId = await requestReplay({ bus, dataSource: db.dataSource, consumer, sources: ['things'], types: ['ParcelStamped'] });
    await pollUntil(
      () => replayStatus(db.dataSource, requestId),
      (status) => status.length > 0 && status.every((row) => row.finishedAt !== null),
    );

    const inbox: { event_id: string }[] = await db.dataSource.query('SELECT event_id FROM event_inbox ORDER BY event_id');
    expect(inbox.map((row) => row.event_id)).toEqual(live.map((event) => event.id).sort());
    // Each live event ran live and again in the replay, which claimed nothing; the state counts each thing once.
    expect(applied.filter((id) => id === live[0].id)).toHaveLength(2);
    expect(await db.dataSource.query('SELECT name, value FROM counters ORDER BY name')).toEqual(
      live.map((event) => ({ name: event.payload.thingId, value: 1 })).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
});

describe('requesting the replays a consumer never had', () => {
  it('asks each source once, and a source added later on its own', async () => {
    const db = await database();
    const request = (sources: string[]) =>
      requestMissingReplays({ bus, dataSource: db.dataSource, consumer: 'newcomer', sources, types: ['ParcelSent'] });
    expect(await latestReplay(db.dataSource)).toBeNull();

    const first = await request(['things']);
    expect(first).toEqual(expect.any(String));
    expect(await request(['things'])).toBeNull();
    const second = await request(['things', 'gadgets']);

    expect((await replayStatus(db.dataSource, first!)).map((row) => row.source)).toEqual(['things']);
    expect((await replayStatus(db.dataSource, second!)).map((row) => row.source)).toEqual(['gadgets']);
    expect(await latestReplay(db.dataSource)).toBe(second);
  });

  it('asks for the history of a handler added later, and asks again for a request nothing answered', async () => {
    const db = await database();
    const request = (types: string[]) =>
      requestMissingReplays({ bus, dataSource: db.dataSource, consumer: 'grower', sources: ['things'], types });
    const typesOf = async (requestId: string | null) =>
      (await db.dataSource.query('SELECT types FROM event_replays WHERE request_id = $1', [requestId]))[0]?.types;

    const first = await request(['ParcelSent']);
    await db.dataSource.query('UPDATE event_replays SET finished_at = now() WHERE request_id = $1', [first]);
    expect(await request(['ParcelSent'])).toBeNull();
    const added = await request(['ParcelSent', 'ParcelLost']);
    expect(await typesOf(added)).toEqual(['ParcelLost']);

    // Nothing answered the second request for ten minutes: it is asked again, and only it.
    await db.dataSource.query(`UPDATE event_replays SET requested_at = now() - interval '11 minutes' WHERE request_id = $1`, [added]);
    const again = await request(['ParcelSent', 'ParcelLost']);
    expect(again).not.toBe(added);
    expect(await typesOf(again)).toEqual(['ParcelLost']);
    expect(await request(['ParcelSent', 'ParcelLost'])).toBeNull();

    // An answer that is arriving, however slowly, is not asked for a second time.
    await db.dataSource.query(`UPDATE event_replays SET requested_at = now() - interval '3 hours', received = 1 WHERE request_id = $1`, [
      again,
    ]);
    expect(await request(['ParcelSent', 'ParcelLost'])).toBeNull();
  });
});
