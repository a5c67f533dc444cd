import { AuditTrail, type SocialAssistanceChanged, unsealSocialAssistance } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { releaseHeldAllowances } from './held-allowances';
import { allowanceNeedsMunicipalConsent, type SocialAssistanceFacts } from './social-assistance.rules';

/** Whether an allowance of this month waits for the municipality's consent (see social-assistance.rules.ts). */
export async function needsMunicipalConsent(manager: EntityManager, volunteerId: string, month: string): Promise<boolean> {
  const [row]: { dateOfBirth: string | null; periods: SocialAssistanceFacts['periods'] | null; consents: string[] | null }[] =
    await manager.query(
      `SELECT p.date_of_birth::text AS "dateOfBirth", s.periods, s.consents::text[] AS consents
         FROM (SELECT $1::uuid AS volunteer_id) v
         LEFT JOIN payees p ON p.volunteer_id = v.volunteer_id
         LEFT JOIN payee_social_assistance s ON s.volunteer_id = v.volunteer_id`,
      [volunteerId],
    );
  if (!row?.periods) return false;
  return allowanceNeedsMunicipalConsent({ periods: row.periods, consents: row.consents ?? [] }, row.dateOfBirth, month);
}

/**
 * SocialAssistanceChanged (from volunteers): keeps the newest state of the fact, and releases held allowances whose
 * reason may be gone (a consent recorded, a period ended or corrected). An empty state (erasure) deletes the copy.
 */
export async function followSocialAssistance(payload: SocialAssistanceChanged, manager: EntityManager): Promise<void> {
  const state = unsealSocialAssistance(payload);
  const [newer] = await manager.query(
    `INSERT INTO payee_social_assistance AS s (volunteer_id, periods, consents, version) VALUES ($1, $2, $3::date[], $4)
     ON CONFLICT (volunteer_id) DO UPDATE SET periods = EXCLUDED.periods, consents = EXCLUDED.consents, version = EXCLUDED.version, updated_at = now()
     WHERE EXCLUDED.version > s.version
     RETURNING version`,
    [payload.volunteerId, JSON.stringify(state.periods), state.consents, payload.version],
  );
  if (!newer) return;
  const years: { year: number }[] = await manager.query(
    `SELECT DISTINCT extract(year FROM month)::int AS year FROM allowances WHERE volunteer_id = $1 AND status = 'HELD' ORDER BY year`,
    [payload.volunteerId],
  );
  const audit = AuditTrail.forEvent('volunteers', 'SocialAssistanceChanged');
  for (const { year } of years) await releaseHeldAllowances(manager, { year, volunteerId: payload.volunteerId }, audit);
}
