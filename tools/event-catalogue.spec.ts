import { EVENT_PRODUCERS, type EventType, isEventType } from '@buurtvolk/events';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { createTestDatabase } from '@buurtvolk/testing';
import { SUBGRAPHS } from './subgraphs';

const ROOT = join(__dirname, '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.spec\.tsx?$/.test(file) && !file.includes('node_modules'))
    .map((file) => join(directory, file));
}

describe('the event catalogue', () => {
  const subgraphs = SUBGRAPHS.map(({ definition }) => definition);

  it('names a publishing subgraph as the producer of every event', () => {
    const publishers = subgraphs.filter((definition) => definition.events?.publishes).map((definition) => definition.name);
    for (const [type, producer] of Object.entries(EVENT_PRODUCERS)) expect([type, publishers.includes(producer)]).toEqual([type, true]);
  });

  it.each(subgraphs.map((definition) => [definition.name, definition] as const))(
    'holds every event %s handles, replays from the service that records it, and handles what it replays',
    (_name, definition) => {
      const handled = Object.keys(definition.events?.handlers ?? {});
      expect(handled.filter((type) => !isEventType(type))).toEqual([]);
      expect(handled.filter((type) => EVENT_PRODUCERS[type as EventType] === definition.name)).toEqual([]);
      if (!definition.events?.replayFrom) return;
      const replayed = definition.events.replayTypes ?? (handled as EventType[]);
      expect(replayed.filter((type) => !handled.includes(type))).toEqual([]);
      expect(replayed.filter((type) => !definition.events!.replayFrom!.includes(EVENT_PRODUCERS[type]))).toEqual([]);
    },
  );

  it('is the only way into an outbox but for set-based history in demo seeds and migrations', () => {
    const bypasses = [...sourceFiles('apps'), ...sourceFiles('libs')]
      .filter((file) => !file.startsWith(join('libs', 'events')) && !/demo-data\.ts$|[/\\]migrations[/\\]/.test(file))
      .filter((file) => /recordUncataloguedEvent|INSERT INTO event_outbox/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(bypasses).toEqual([]);
  });

  it.each(subgraphs.filter((definition) => definition.events?.publishes).map((definition) => [definition.name, definition] as const))(
    'holds every event the demo seed of %s writes to its outbox, under its own name',
    async (name, definition) => {
      const database = await createTestDatabase(name, definition.database);
      try {
        await definition.seedDemoData?.(database.dataSource, pino({ level: 'silent' }));
        const recorded: { type: string; source: string }[] = await database.dataSource.query(
          'SELECT DISTINCT type, source FROM event_outbox ORDER BY type',
        );
        expect(recorded.length).toBeGreaterThan(0);
        expect(recorded.filter(({ type, source }) => !isEventType(type) || EVENT_PRODUCERS[type] !== source)).toEqual([]);
      } finally {
        await database.drop();
      }
    },
  );
});
