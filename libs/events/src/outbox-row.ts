import type { DomainEvent } from './domain-event';

/** An event_outbox row as the relay and the replay read it. */
export interface OutboxRow {
  id: string;
  type: string;
  source: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/** Live and replayed copies of an event must be identical, so both are built here. */
export function eventFromOutboxRow(row: OutboxRow): DomainEvent {
  return { id: row.id, type: row.type, source: row.source, occurredAt: row.occurred_at.toISOString(), payload: row.payload };
}
