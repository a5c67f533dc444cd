import { recordEvent } from '@buurtvolk/events';
import { SOCIAL_ASSISTANCE_CHANGED, sealSocialAssistance } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * Sends finance the person's whole current state (not the change), numbered: handled late, twice or out of order,
 * finance still ends with the newest. On erasure the state is empty, which wipes finance's copy too.
 */
export async function publishSocialAssistance(manager: EntityManager, volunteerId: string): Promise<void> {
  const periods: { since: string; until: string | null }[] = await manager.query(
    `SELECT since::text AS since, until::text AS until FROM social_assistance_periods WHERE volunteer_id = $1 ORDER BY since`,
    [volunteerId],
  );
  const consents: { givenOn: string }[] = await manager.query(
    `SELECT given_on::text AS "givenOn" FROM municipal_allowance_consents WHERE volunteer_id = $1 ORDER BY given_on`,
    [volunteerId],
  );
  const [{ version }] = await manager.query(
    `INSERT INTO social_assistance_versions (volunteer_id, version) VALUES ($1, 1)
     ON CONFLICT (volunteer_id) DO UPDATE SET version = social_assistance_versions.version + 1 RETURNING version`,
    [volunteerId],
  );
  await recordEvent(
    manager,
    'volunteers',
    SOCIAL_ASSISTANCE_CHANGED,
    sealSocialAssistance(volunteerId, version, { periods, consents: consents.map((consent) => consent.givenOn) }),
  );
}
