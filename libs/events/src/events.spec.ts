import type { DatabaseDefinition } from '@buurtvolk/database';
import { createTestDatabase, pollUntil, startTestEventBus, type TestDatabase, type TestEventBus } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { consumeEvents, consumerQueueName, deadLetterQueueName } from './consumer';
import type { DomainEvent } from './domain-event';
import { eventsDatabaseUrl, startEventBus } from './event-bus';
import { CREATE_INBOX_SQL, CREATE_OUTBOX_SQL, recordUncataloguedEvent } from './outbox';
import { OutboxRelay } from './outbox-relay';

class CreateEventTables1700000000000 implements MigrationInterface {
  name = 'CreateEventTables1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(CREATE_OUTBOX_SQL);
    await runner.query(CREATE_INBOX_SQL);
    await runner.query('CREATE TABLE things (id uuid PRIMARY KEY, name text NOT NULL)');
    // What a consumer's handler changes: one counter per thing, so a second application would show as 2.
    await runner.query('CREATE TABLE counters (name text PRIMARY KEY, value int NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE counters, things, event_inbox, event_outbox');
  }
}

const definition: DatabaseDefinition = { entities: [], migrations: [CreateEventTables1700000000000] };

interface ThingPayload {
  thingId: string;
}

let producer: TestDatabase;
let alpha: TestDatabase;
let beta: TestDatabase;
let bus: TestEventBus;

beforeAll(async () => {
  [producer, alpha, beta] = await Promise.all([1, 2, 3].map(() => createTestDatabase('events_spec', definition)));
  bus = await startTestEventBus();
});

afterAll(async () => {
  await bus?.stop();
  await Promise.all([producer, alpha, beta].map((db) => db?.drop()));
});

/** The producer's change and its event, in one transaction. */
function createThing(type: string, name = 'bench'): Promise<DomainEvent<ThingPayload>> {
  return producer.dataSource.transaction(async (manager) => {
    const thingId = randomUUID();
    await manager.query('INSERT INTO things (id, name) VALUES ($1, $2)', [thingId, name]);
    return recordUncataloguedEvent(manager, 'things', type, { thingId });
  });
}

async function incrementCounter(event: DomainEvent<ThingPayload>, manager: EntityManager): Promise<void> {
  await manager.query('INSERT INTO counters (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1', [
    event.payload.thingId,
  ]);
}

async function counter(db: TestDatabase, thingId: string): Promise<number> {
  const rows: { value: number }[] = await db.dataSource.query('SELECT value FROM counters WHERE name = $1', [thingId]);
  return rows[0]?.value ?? 0;
}

function consume(db: TestDatabase, consumer: string, type: string, extra: { retryLimit?: number; handle?: typeof incrementCounter } = {}) {
  return consumeEvents<ThingPayload>({
    bus,
    dataSource: db.dataSource,
    consumer,
    type,
    handle: extra.handle ?? incrementCounter,
    retryLimit: extra.retryLimit,
    // No waiting between attempts, and quick polling, keep the tests fast.
    retryDelay: 0,
    retryBackoff: false,
    pollingIntervalSeconds: 0.5,
  });
}

/** Jobs a consumer's queue has received so far (waiting, running or done), and those not yet done. */
async function jobs(queue: string): Promise<{ received: number; pending: number }> {
  const received = await bus.boss.getQueueSize(queue, { before: 'cancelled' });
  const pending = await bus.boss.getQueueSize(queue, { before: 'completed' });
  return { received, pending };
}

async function unpublished(): Promise<string[]> {
  const rows: { id: string }[] = await producer.dataSource.query('SELECT id FROM event_outbox WHERE published_at IS NULL');
  return rows.map((row) => row.id);
}

describe('domain events through the outbox', () => {
  it('publishes an event only when its transaction commits', async () => {
    await consume(alpha, 'alpha', 'ThingCreated');

    let rolledBack: DomainEvent<ThingPayload> | undefined;
    await expect(
      producer.dataSource.transaction(async (manager) => {
        await manager.query('INSERT INTO things (id, name) VALUES ($1, $2)', [randomUUID(), 'lost']);
        rolledBack = await recordUncataloguedEvent(manager, 'things', 'ThingCreated', { thingId: randomUUID() });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    const committed = await createThing('ThingCreated');

    expect(await new OutboxRelay({ dataSource: producer.dataSource, bus }).relayOnce()).toBe(1);

    expect(
      await pollUntil(
        () => counter(alpha, committed.payload.thingId),
        (value) => value === 1,
      ),
    ).toBe(1);
    expect(await counter(alpha, rolledBack!.payload.thingId)).toBe(0);
    expect(
      await pollUntil(
        () => jobs(consumerQueueName('alpha', 'ThingCreated')),
        (state) => state.pending === 0,
      ),
    ).toEqual({ received: 1, pending: 0 });
    const outbox: { id: string }[] = await producer.dataSource.query('SELECT id FROM event_outbox WHERE type = $1', ['ThingCreated']);
    expect(outbox.map((row) => row.id)).toEqual([committed.id]);
  });

  it('delivers an event committed before a crash once a relay runs again', async () => {
    await consume(alpha, 'alpha', 'ThingRenamed');
    const event = await createThing('ThingRenamed');

    // The service goes down right after its commit: the relay it had never published, or its publish failed.
    const deadBus = await startEventBus({ connectionString: bus.connectionString });
    await deadBus.stop();
    await expect(new OutboxRelay({ dataSource: producer.dataSource, bus: deadBus }).relayOnce()).rejects.toThrow();
    expect(await unpublished()).toEqual([event.id]);

    const relay = new OutboxRelay({ dataSource: producer.dataSource, bus, intervalMs: 50 });
    relay.start();
    try {
      expect(
        await pollUntil(
          () => counter(alpha, event.payload.thingId),
          (value) => value === 1,
        ),
      ).toBe(1);
    } finally {
      await relay.stop();
    }
    expect(await unpublished()).toEqual([]);
  });

  it('keeps an event in the outbox when a copy of it cannot be queued, and still hands each consumer one', async () => {
    await consume(alpha, 'alpha', 'ThingLent');
    await consume(beta, 'beta', 'ThingLent');
    const event = await createThing('ThingLent');
    // A real failure in the events database for beta's queue only; boss.publish() itself would swallow it.
    const [{ partition }] = (
      await bus.boss
        .getDb()
        .executeSql('SELECT partition_name AS partition FROM pgboss.queue WHERE name = $1', [consumerQueueName('beta', 'ThingLent')])
    ).rows;
    await bus.boss.getDb().executeSql(
      `CREATE FUNCTION pgboss.refuse_job() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'queue unavailable'; END $$;
       CREATE TRIGGER refuse BEFORE INSERT ON pgboss.${partition} FOR EACH ROW EXECUTE FUNCTION pgboss.refuse_job()`,
      [],
    );
    const relay = new OutboxRelay({ dataSource: producer.dataSource, bus });
    try {
      await expect(relay.relayOnce()).rejects.toThrow('queue unavailable');
      expect(await unpublished()).toEqual([event.id]);
    } finally {
      await bus.boss.getDb().executeSql(`DROP TRIGGER refuse ON pgboss.${partition}; DROP FUNCTION pgboss.refuse_job()`, []);
    }

    // alpha got its copy the first time and gets another now; it applies the event once.
    expect(await relay.relayOnce()).toBe(1);
    const both = () => Promise.all([counter(alpha, event.payload.thingId), counter(beta, event.payload.thingId)]);
    expect(await pollUntil(both, ([a, b]) => a === 1 && b === 1)).toEqual([1, 1]);
    expect(
      await pollUntil(
        () => jobs(consumerQueueName('alpha', 'ThingLent')),
        (state) => state.pending === 0,
      ),
    ).toEqual({ received: 2, pending: 0 });
    expect(await counter(alpha, event.payload.thingId)).toBe(1);
  });

  it('drains a backlog without waiting a polling interval per event', async () => {
    // A 2-second polling interval: one event per interval would take 20 s or more for these 10.
    await consumeEvents<ThingPayload>({
      bus,
      dataSource: alpha.dataSource,
      consumer: 'alpha',
      type: 'ThingQueued',
      handle: incrementCounter,
      pollingIntervalSeconds: 2,
    });
    const events: DomainEvent<ThingPayload>[] = [];
    for (let i = 0; i < 10; i += 1) events.push(await createThing('ThingQueued'));
    expect(await new OutboxRelay({ dataSource: producer.dataSource, bus }).relayOnce()).toBe(10);
    const all = () => Promise.all(events.map((event) => counter(alpha, event.payload.thingId)));
    expect(await pollUntil(all, (counts) => counts.every((count) => count === 1), 10_000)).toEqual(Array(10).fill(1));
  });

  it('applies an event delivered twice only once', async () => {
    let calls = 0;
    await consume(alpha, 'alpha', 'ThingMoved', {
      handle: async (event, manager) => {
        calls += 1;
        await incrementCounter(event, manager);
      },
    });
    const event = await createThing('ThingMoved');
    const relay = new OutboxRelay({ dataSource: producer.dataSource, bus });
    const queue = consumerQueueName('alpha', 'ThingMoved');

    expect(await relay.relayOnce()).toBe(1);
    await pollUntil(
      () => counter(alpha, event.payload.thingId),
      (value) => value === 1,
    );
    // As if the relay crashed after publishing but before marking the row: the next run publishes it again.
    await producer.dataSource.query('UPDATE event_outbox SET published_at = NULL WHERE id = $1', [event.id]);
    expect(await relay.relayOnce()).toBe(1);

    expect(
      await pollUntil(
        () => jobs(queue),
        (state) => state.received === 2 && state.pending === 0,
      ),
    ).toEqual({ received: 2, pending: 0 });
    expect(await counter(alpha, event.payload.thingId)).toBe(1);
    expect(calls).toBe(1);
    const inbox = await alpha.dataSource.query('SELECT consumer, event_id FROM event_inbox WHERE event_id = $1', [event.id]);
    expect(inbox).toEqual([{ consumer: 'alpha', event_id: event.id }]);
  });

  it('retries a failing handler and then puts the event in the dead-letter queue', async () => {
    let attempts = 0;
    await consume(alpha, 'alpha', 'ThingBroken', {
      retryLimit: 1,
      handle: async (event, manager) => {
        attempts += 1;
        await incrementCounter(event, manager);
        throw new Error('the handler fails');
      },
    });
    const event = await createThing('ThingBroken');
    expect(await new OutboxRelay({ dataSource: producer.dataSource, bus }).relayOnce()).toBe(1);

    const deadLetter = deadLetterQueueName('alpha', 'ThingBroken');
    expect(
      await pollUntil(
        () => bus.boss.getQueueSize(deadLetter),
        (size) => size === 1,
      ),
    ).toBe(1);
    expect(attempts).toBe(2);
    const [dead] = await bus.boss.fetch<DomainEvent<ThingPayload>>(deadLetter);
    expect(dead.data).toEqual(event);
    // Each attempt rolled back, its inbox claim included, so the event can still be replayed from the dead letters.
    expect(await counter(alpha, event.payload.thingId)).toBe(0);
    expect(await alpha.dataSource.query('SELECT 1 FROM event_inbox WHERE event_id = $1', [event.id])).toEqual([]);
  });

  it('gives every consumer of a type its own copy, handled once each', async () => {
    await consume(alpha, 'alpha', 'ThingShared');
    await consume(beta, 'beta', 'ThingShared');
    const event = await createThing('ThingShared');
    expect(await new OutboxRelay({ dataSource: producer.dataSource, bus }).relayOnce()).toBe(1);

    const both = () => Promise.all([counter(alpha, event.payload.thingId), counter(beta, event.payload.thingId)]);
    expect(await pollUntil(both, ([a, b]) => a === 1 && b === 1)).toEqual([1, 1]);
    expect(
      await pollUntil(
        () => jobs(consumerQueueName('alpha', 'ThingShared')),
        (state) => state.pending === 0,
      ),
    ).toEqual({ received: 1, pending: 0 });
    expect(
      await pollUntil(
        () => jobs(consumerQueueName('beta', 'ThingShared')),
        (state) => state.pending === 0,
      ),
    ).toEqual({ received: 1, pending: 0 });
  });
});

describe('the events database', () => {
  it('is buurtvolk_events on the shared server unless EVENTS_DATABASE_URL says otherwise', () => {
    expect(eventsDatabaseUrl({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' })).toBe(
      'postgres://postgres@127.0.0.1:5432/buurtvolk_events',
    );
    expect(eventsDatabaseUrl({ EVENTS_DATABASE_URL: 'postgres://events.internal/events', DATABASE_URL: 'postgres://x/y' })).toBe(
      'postgres://events.internal/events',
    );
    expect(() => eventsDatabaseUrl({})).toThrow(/EVENTS_DATABASE_URL/);
  });
});
