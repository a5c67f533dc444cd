import type { SocialAssistanceChanged } from '@buurtvolk/events';
import { seal, unseal } from './pagination';

/** Event type: volunteers → finance, whenever a person's social-assistance periods or municipal consents change. */
export const SOCIAL_ASSISTANCE_CHANGED = 'SocialAssistanceChanged';

/** What finance needs of the fact to apply its rule (Participatiewet art. 31): the periods and the consents' dates. */
export interface SocialAssistanceState {
  periods: { since: string; until: string | null }[];
  /** Dates of the municipality's written consents for an allowance (withdrawn ones are deleted, not listed). */
  consents: string[];
}

/**
 * The payload on the queue (SocialAssistanceChanged in the event catalogue). Event jobs stay in the database for days
 * and pass every consumer, and receiving bijstand is sensitive personal data, so the state travels sealed (AES-256-GCM
 * under CURSOR_SECRET, which every service of a deployment shares); only the id and a version per person are
 * readable. Finance keeps the highest version, so a late delivery never overwrites a newer state.
 */
export type { SocialAssistanceChanged };

export function sealSocialAssistance(volunteerId: string, version: number, state: SocialAssistanceState): SocialAssistanceChanged {
  return { volunteerId, version, sealed: seal(['social-assistance', volunteerId, version, JSON.stringify(state)]) };
}

/** The state in a payload; throws when it was not sealed for this person and version (a forged or garbled event). */
export function unsealSocialAssistance(payload: SocialAssistanceChanged): SocialAssistanceState {
  const values = unseal(payload.sealed, 4);
  if (!values || values[0] !== 'social-assistance' || values[1] !== payload.volunteerId || values[2] !== payload.version)
    throw new Error(`SocialAssistanceChanged for ${payload.volunteerId} is not sealed by this deployment`);
  return JSON.parse(String(values[3])) as SocialAssistanceState;
}
