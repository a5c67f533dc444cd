import type { EntityManager } from 'typeorm';

/**
 * Claims an event for `consumer` in the caller's transaction: true the first time, false when it was handled before
 * (live or in a replay). A rollback of the transaction releases the claim, so a failed handler can run again.
 */
export async function claimEvent(manager: EntityManager, consumer: string, eventId: string): Promise<boolean> {
  const claimed: unknown[] = await manager.query(
    'INSERT INTO event_inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
    [consumer, eventId],
  );
  return claimed.length > 0;
}

/** claimEvent for many events in one statement; returns the ids claimed now (those not handled before). */
export async function claimEvents(manager: EntityManager, consumer: string, eventIds: string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const claimed: { event_id: string }[] = await manager.query(
    'INSERT INTO event_inbox (consumer, event_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id',
    [consumer, eventIds],
  );
  return new Set(claimed.map((row) => row.event_id));
}
