import type { VolunteerConsentChanged } from '@buurtvolk/events';
import type { EntityManager } from 'typeorm';
import { photoStore } from './photo-links';

/**
 * Keeps this service's copy of a person's consent (the volunteers service owns it). Idempotent, and converging on the
 * latest state whatever order events arrive in: a row gives way only to a higher version.
 */
export async function followConsent(event: VolunteerConsentChanged, manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO volunteer_consents AS c (volunteer_id, purpose, given, version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (volunteer_id, purpose) DO UPDATE SET given = EXCLUDED.given, version = EXCLUDED.version
     WHERE EXCLUDED.version > c.version`,
    [event.volunteerId, event.purpose, event.given, event.version],
  );
}

/**
 * An erased person's photos go whole (a photo without them in its list would otherwise look like one of nobody), files
 * included, and so does the copy of their consent. A file deleted before a rollback leaves a photo without its file,
 * which is never shown; the redelivered event deletes the row.
 */
export async function forgetPhotosOf(manager: EntityManager, volunteerId: string): Promise<void> {
  // A DELETE answers [rows, count].
  const [removed]: [{ object_key: string | null }[], number] = await manager.query(
    `DELETE FROM summary_photos WHERE id IN (SELECT photo_id FROM summary_photo_people WHERE volunteer_id = $1) RETURNING object_key`,
    [volunteerId],
  );
  await manager.query('DELETE FROM volunteer_consents WHERE volunteer_id = $1', [volunteerId]);
  for (const row of removed) if (row.object_key) await photoStore().delete(row.object_key);
}
