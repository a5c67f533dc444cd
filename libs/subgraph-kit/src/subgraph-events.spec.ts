import type { DatabaseDefinition } from '@buurtvolk/database';
import {
  catchUpMigration,
  CREATE_INBOX_SQL,
  CREATE_OUTBOX_SQL,
  CREATE_REPLAY_SQL,
  type DomainEvent,
  type EventBus,
  latestReplay,
  recordUncataloguedEvent,
  replayStatus,
} from '@buurtvolk/events';
import { createTestDatabase, pollUntil, startTestEventBus, type TestDatabase } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { createLogger } from './logger';
import { startSubgraphEvents, type SubgraphEvents } from './subgraph-events';

class CreateTables1700000000000 implements MigrationInterface {
  name = 'CreateTables1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_OUTBOX_SQL);
    await runner.query(CREATE_INBOX_SQL);
    await runner.query(CREATE_REPLAY_SQL);
    await runner.query('CREATE TABLE made (thing_id uuid PRIMARY KEY, occurred_at timestamptz NOT NULL, times int NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE made, event_replays, event_inbox, event_outbox');
  }
}

const definition: DatabaseDefinition = { entities: [], migrations: [CreateTables1700000000000, catchUpMigration(1700000000001)] };
const logger = createLogger('subgraph-events-spec');
const quick = { logger, relayIntervalMs: 100, pollingIntervalSeconds: 0.5 };

let producer: TestDatabase;
let consumer: TestDatabase;
let bus: EventBus;

beforeAll(async () => {
  [producer, consumer] = await Promise.all([1, 2].map(() => createTestDatabase('subgraph_events_spec', definition)));
  bus = await startTestEventBus();
});

afterAll(async () => {
  await bus?.stop();
  await Promise.all([producer, consumer].map((db) => db?.drop()));
});

function makeThing(): Promise<DomainEvent<{ thingId: string }>> {
  return producer.dataSource.transaction((manager) => recordUncataloguedEvent(manager, 'makers', 'ThingMade', { thingId: randomUUID() }));
}

/** The consumer's read model keeps when each thing was made: a handler that needs the event, not only its payload. */
const counting: SubgraphEvents = {
  // A made-up event, outside the platform's catalogue: this tests the kit's plumbing, not a service.
  handlers: {
    ThingMade: async (payload: { thingId: string }, manager: EntityManager, event: DomainEvent) => {
      await manager.query(
        'INSERT INTO made (thing_id, occurred_at, times) VALUES ($1, $2, 1) ON CONFLICT (thing_id) DO UPDATE SET times = made.times + 1',
        [payload.thingId, event.occurredAt],
      );
    },
  } as SubgraphEvents['handlers'],
  replayFrom: ['makers'],
};

async function made(): Promise<Record<string, { times: number; occurredAt: string }>> {
  const rows: { thing_id: string; occurred_at: Date; times: number }[] = await consumer.dataSource.query(
    'SELECT thing_id, occurred_at, times FROM made',
  );
  return Object.fromEntries(rows.map((row) => [row.thing_id, { times: row.times, occurredAt: row.occurred_at.toISOString() }]));
}

const madeOnce = (events: DomainEvent<{ thingId: string }>[]) =>
  Object.fromEntries(events.map((event) => [event.payload.thingId, { times: 1, occurredAt: event.occurredAt }]));

describe('a subgraph that replays from another', () => {
  it('gets the history recorded before its first start, once, and asks for it only on that first start', async () => {
    const stopProducer = await startSubgraphEvents('makers', { publishes: true }, { dataSource: producer.dataSource, bus, ...quick });
    const before = [await makeThing(), await makeThing()];
    // Published while nobody subscribed to ThingMade: pub/sub alone would never bring these to the consumer.
    await pollUntil(
      () => producer.dataSource.query('SELECT 1 FROM event_outbox WHERE published_at IS NULL'),
      (rows) => rows.length === 0,
    );

    let stopConsumer = await startSubgraphEvents('counter', counting, { dataSource: consumer.dataSource, bus, ...quick });
    const requestId = await latestReplay(consumer.dataSource);
    expect(requestId).toEqual(expect.any(String));
    expect(
      await pollUntil(
        () => made(),
        (rows) => Object.keys(rows).length === 2,
      ),
    ).toEqual(madeOnce(before));
    const finished = await pollUntil(
      () => replayStatus(consumer.dataSource, requestId!),
      ([row]) => row?.finishedAt != null,
    );
    expect(finished).toEqual([{ source: 'makers', expected: 2, received: 2, finishedAt: expect.any(Date) }]);

    // Live events keep flowing, and a restart asks for no second replay.
    await stopConsumer();
    stopConsumer = await startSubgraphEvents('counter', counting, { dataSource: consumer.dataSource, bus, ...quick });
    const after = await makeThing();
    expect(
      await pollUntil(
        () => made(),
        (rows) => Object.keys(rows).length === 3,
      ),
    ).toEqual(madeOnce([...before, after]));
    expect(await consumer.dataSource.query('SELECT request_id FROM event_replays')).toEqual([{ request_id: requestId }]);

    await stopConsumer();
    await stopProducer();
  });
});
