import { consumeEvents, type DomainEvent, type EventBus, listDeadLetters } from '@buurtvolk/events';
import { eventually, startTestEventBus, startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { teamsSubgraph } from './subgraph';

let bus: EventBus;
let teams: TestSubgraph;

beforeAll(async () => {
  bus = await startTestEventBus();
  teams = await startTestSubgraph(teamsSubgraph, { bus });
}, 60_000);
afterAll(async () => {
  await teams?.destroy();
  await bus?.stop();
});

const DEAD = `query ($consumer: String) { deadLetteredEvents(consumer: $consumer) { jobId consumer eventType eventId source lastError } }`;
const REQUEUE = `mutation ($consumer: String!, $eventType: String!) { requeueDeadLetteredEvents(consumer: $consumer, eventType: $eventType) }`;

describe('dead letters', () => {
  it('shows operators the events a service gave up on, and handles them once when requeued', async () => {
    // A consumer whose handler fails until the cause is mended, without retries so the event is dead at once.
    let mended = false;
    const handled: string[] = [];
    await consumeEvents<{ thing: string }>({
      bus,
      dataSource: teams.dataSource,
      consumer: 'probe',
      type: 'ProbeHappened',
      retryLimit: 0,
      pollingIntervalSeconds: 0.5,
      handle: async (event) => {
        if (!mended) throw new Error('the probe database is down\n    at somewhere (secret.ts:1)');
        handled.push(event.id);
      },
    });
    const event: DomainEvent<{ thing: string }> = {
      id: randomUUID(),
      type: 'ProbeHappened',
      source: 'tests',
      occurredAt: new Date().toISOString(),
      payload: { thing: 'x' },
    };
    await bus.boss.publish('ProbeHappened', event);
    await eventually(async () => (await listDeadLetters(bus, { consumer: 'probe' })).length === 1, 30_000);

    const admin = testIdentities.admin();
    const listed = await teams.query(DEAD, { consumer: 'probe' }, admin);
    expect(listed.data.deadLetteredEvents).toEqual([
      {
        jobId: expect.any(String),
        consumer: 'probe',
        eventType: 'ProbeHappened',
        eventId: event.id,
        source: 'tests',
        lastError: 'the probe database is down',
      },
    ]);
    for (const caller of [testIdentities.coordinator(randomUUID()), testIdentities.partner(randomUUID())]) {
      expect((await teams.query(DEAD, {}, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await teams.query(REQUEUE, { consumer: 'probe; DROP', eventType: 'ProbeHappened' }, admin)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    // Operators are told before they look: the metric on the service's own port counts what waits.
    await consumeEvents<{ thing: string }>({
      bus,
      dataSource: teams.dataSource,
      consumer: 'teams',
      type: 'ProbeLost',
      retryLimit: 0,
      pollingIntervalSeconds: 0.5,
      handle: async () => {
        throw new Error('not mended');
      },
    });
    await bus.boss.publish('ProbeLost', { ...event, id: randomUUID(), type: 'ProbeLost' });
    await eventually(async () => (await listDeadLetters(bus, { consumer: 'teams' })).length === 1, 30_000);
    const metrics = await (await fetch(teams.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toContain('buurtvolk_dead_lettered_events{service="teams",event_type="ProbeLost"} 1');

    mended = true;
    expect((await teams.query(REQUEUE, { consumer: 'probe', eventType: 'ProbeHappened' }, admin)).data.requeueDeadLetteredEvents).toBe(1);
    await eventually(async () => handled.length === 1, 30_000);
    expect(handled).toEqual([event.id]);
    expect((await teams.query(DEAD, { consumer: 'probe' }, admin)).data.deadLetteredEvents).toEqual([]);
    const [audit] = await teams.dataSource.query(`SELECT action, actor_role AS role FROM audit_log WHERE action = 'dead-letters.requeued'`);
    expect(audit).toEqual({ action: 'dead-letters.requeued', role: 'ADMIN' });
  });
});
