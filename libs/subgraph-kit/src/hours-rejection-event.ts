import type { HoursDecided, HoursRejected } from '@buurtvolk/events';
import { seal, unseal } from './pagination';

/**
 * The payload on the queue (HoursRejected in the event catalogue). The coordinator's reason travels sealed (AES-256-GCM
 * under CURSOR_SECRET, like VolunteerContactChanged), bound to the entry and its version, so a payload cannot carry
 * one person's reason into another person's mail.
 */
export function sealHoursRejection(decided: HoursDecided, reason: string): HoursRejected {
  return { ...decided, sealed: seal(['hours-rejected', decided.entryId, decided.entryVersion ?? 0, reason]) };
}

/** The reason in a payload; throws when it was not sealed for this entry and version. */
export function unsealHoursRejection(payload: HoursRejected): string {
  const values = unseal(payload.sealed, 4);
  if (!values || values[0] !== 'hours-rejected' || values[1] !== payload.entryId || values[2] !== (payload.entryVersion ?? 0))
    throw new Error(`HoursRejected for entry ${payload.entryId} is not sealed by this deployment`);
  return String(values[3]);
}
