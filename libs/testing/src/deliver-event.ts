import { randomUUID } from 'node:crypto';
import { type DomainEvent, EVENT_PRODUCERS, type EventPayload, type EventType } from '@buurtvolk/events';
import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * Hands one catalogued event to a subgraph's handler as its consumer does (in the caller's transaction), without the
 * bus: for tests of a handler's effect, bad orders and redeliveries. `event` overrides the id or occurredAt.
 */
export function deliverEvent<K extends EventType>(
  definition: SubgraphDefinition<any>,
  manager: EntityManager,
  type: K,
  payload: EventPayload<K>,
  event: Partial<Pick<DomainEvent, 'id' | 'occurredAt'>> = {},
): Promise<void> {
  return deliverDomainEvent(definition, manager, {
    id: event.id ?? randomUUID(),
    type,
    source: EVENT_PRODUCERS[type],
    occurredAt: event.occurredAt ?? new Date().toISOString(),
    payload,
  });
}

/** The same for an event a test built whole (its type known only at run time). */
export function deliverDomainEvent(definition: SubgraphDefinition<any>, manager: EntityManager, event: DomainEvent<any>): Promise<void> {
  const handler = definition.events?.handlers?.[event.type as EventType] as
    ((payload: unknown, manager: EntityManager, event: DomainEvent<any>) => Promise<void>) | undefined;
  if (!handler) throw new Error(`${definition.name} handles no ${event.type} events`);
  return handler(event.payload, manager, event);
}
