import { recordErasureReceipt } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { forgetPhotosOf } from './summaries/consent-copy';

/**
 * A volunteer was erased: their hours stay in the figures, but nothing personal remains here — free-text
 * descriptions go, and so do their sign-ups and their place among organisers. The receipt (volunteer.erased) goes in
 * the audit log, once.
 */
export async function forgetErasedVolunteer(event: { volunteerId: string }, manager: EntityManager): Promise<void> {
  await manager.query('UPDATE hour_entries SET description = NULL WHERE volunteer_id = $1 AND description IS NOT NULL', [
    event.volunteerId,
  ]);
  await manager.query('DELETE FROM sign_ups WHERE volunteer_id = $1', [event.volunteerId]);
  await manager.query('UPDATE activities SET organiser_ids = array_remove(organiser_ids, $1::uuid) WHERE $1::uuid = ANY(organiser_ids)', [
    event.volunteerId,
  ]);
  await forgetPhotosOf(manager, event.volunteerId);
  await recordErasureReceipt(manager, event.volunteerId);
}
