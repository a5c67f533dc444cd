import type { EventPayload } from '@buurtvolk/events';
import { AuditTrail, unsealContact } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * VolunteerContactChanged (from volunteers): the one address messages are sent to, the newest version winning, so a
 * late or repeated delivery never brings back an older address. No address: the row says so (and keeps the version).
 */
export async function followContact(payload: EventPayload<'VolunteerContactChanged'>, manager: EntityManager): Promise<void> {
  const email = unsealContact(payload);
  await manager.query(
    `INSERT INTO message_contacts (volunteer_id, email, version) VALUES ($1, $2, $3)
     ON CONFLICT (volunteer_id) DO UPDATE SET email = EXCLUDED.email, version = EXCLUDED.version, updated_at = now()
      WHERE message_contacts.version < EXCLUDED.version`,
    [payload.volunteerId, email, payload.version],
  );
}

/** VolunteerErased: nothing about the person stays here — no address, no choices, no messages, sent or not. */
export async function eraseRecipient(payload: EventPayload<'VolunteerErased'>, manager: EntityManager): Promise<void> {
  const { volunteerId } = payload;
  for (const table of ['message_contacts', 'message_preferences', 'messages'])
    await manager.query(`DELETE FROM ${table} WHERE volunteer_id = $1`, [volunteerId]);
  await AuditTrail.forEvent('volunteers', 'VolunteerErased').record(manager, {
    action: 'recipient.erased',
    entityType: 'Volunteer',
    entityId: volunteerId,
  });
}
