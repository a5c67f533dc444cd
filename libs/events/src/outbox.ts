import { randomUUID } from 'node:crypto';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import type { EVENT_PRODUCERS, EventPayload, EventType } from './catalogue';
import type { DomainEvent } from './domain-event';

/**
 * For a producing service's migration. The partial index keeps the relay's scan cheap however many published rows
 * pile up.
 */
export const CREATE_OUTBOX_SQL = `
CREATE TABLE event_outbox (
  id uuid PRIMARY KEY,
  type text NOT NULL,
  source text NOT NULL,
  payload jsonb NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz NULL
);
CREATE INDEX event_outbox_unpublished ON event_outbox (occurred_at, id) WHERE published_at IS NULL;
`;

/** For a consuming service's migration. The primary key is what makes a second delivery a no-op. */
export const CREATE_INBOX_SQL = `
CREATE TABLE event_inbox (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
`;

/**
 * Writes an event to the outbox through `manager`, so it commits or rolls back with the caller's change; the relay
 * publishes it after the commit. Only the catalogued producer of `type` may record it, with the catalogued payload.
 */
export function recordEvent<K extends EventType>(
  manager: EntityManager,
  source: (typeof EVENT_PRODUCERS)[K],
  type: K,
  payload: EventPayload<K>,
): Promise<DomainEvent<EventPayload<K>>> {
  return recordUncataloguedEvent(manager, source, type, payload);
}

/** The outbox write itself, for the event machinery's own tests with made-up events; services use recordEvent. */
export async function recordUncataloguedEvent<T>(
  manager: EntityManager,
  source: string,
  type: string,
  payload: T,
): Promise<DomainEvent<T>> {
  const id = randomUUID();
  // The database's clock stamps the row, so the returned event says exactly what the relay will publish.
  const [row] = await manager.query('INSERT INTO event_outbox (id, type, source, payload) VALUES ($1, $2, $3, $4) RETURNING occurred_at', [
    id,
    type,
    source,
    JSON.stringify(payload),
  ]);
  return { id, type, source, occurredAt: new Date(row.occurred_at).toISOString(), payload };
}

/**
 * A producer's migration adds this: a replay pages through the whole outbox in (occurred_at, id) order, published rows
 * included, which the relay's partial index does not cover.
 */
export function indexOutboxHistoryMigration(timestamp: number): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `IndexOutboxHistory${timestamp}`;
    async up(runner: QueryRunner): Promise<void> {
      await runner.query('CREATE INDEX event_outbox_history ON event_outbox (occurred_at, id)');
    }
    async down(runner: QueryRunner): Promise<void> {
      await runner.query('DROP INDEX event_outbox_history');
    }
  };
}
