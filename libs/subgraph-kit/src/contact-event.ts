import type { VolunteerContactChanged } from '@buurtvolk/events';
import { seal, unseal } from './pagination';

/** Event type: volunteers → messages, whenever a person's e-mail address is set, changed or removed. */
export const VOLUNTEER_CONTACT_CHANGED = 'VolunteerContactChanged';

/**
 * The payload on the queue (VolunteerContactChanged in the event catalogue). Event jobs stay in the database for days
 * and pass every consumer, so the address travels sealed (AES-256-GCM under CURSOR_SECRET, which every service of a
 * deployment shares); only the id and the volunteer's version are readable. An empty string seals "no address".
 */
export type { VolunteerContactChanged };

export function sealContact(volunteerId: string, version: number, email: string | null): VolunteerContactChanged {
  return { volunteerId, version, sealed: seal(['contact', volunteerId, version, email ?? '']) };
}

/** The address in a payload (null: none); throws when it was not sealed for this person and version. */
export function unsealContact(payload: VolunteerContactChanged): string | null {
  const values = unseal(payload.sealed, 4);
  if (!values || values[0] !== 'contact' || values[1] !== payload.volunteerId || values[2] !== payload.version)
    throw new Error(`VolunteerContactChanged for ${payload.volunteerId} is not sealed by this deployment`);
  return values[3] ? String(values[3]) : null;
}
