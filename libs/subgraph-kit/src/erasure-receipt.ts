import type { EntityManager } from 'typeorm';
import { AuditTrail } from './audit';

/** What a service reports about a volunteer's erasure: done, or waiting for something it must finish first. */
export type ErasureReceiptAction = 'volunteer.erased' | 'volunteer.erased.pending';

/**
 * A service's receipt for a volunteer's erasure (VolunteerErased): one audit entry on the volunteer, in the handler's
 * transaction, so the national office sees per service what the erasure did and when. Written once per action: an
 * event delivered twice or replayed adds no second entry. Returns whether it wrote one.
 */
export async function recordErasureReceipt(
  manager: EntityManager,
  volunteerId: string,
  action: ErasureReceiptAction = 'volunteer.erased',
): Promise<boolean> {
  if (await hasErasureReceipt(manager, volunteerId, action)) return false;
  await AuditTrail.forEvent('volunteers', 'VolunteerErased').record(manager, { action, entityType: 'Volunteer', entityId: volunteerId });
  return true;
}

export async function hasErasureReceipt(manager: EntityManager, volunteerId: string, action: ErasureReceiptAction): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM audit_log WHERE entity_id = $1 AND entity_type = 'Volunteer' AND action = $2 LIMIT 1`,
    [volunteerId, action],
  );
  return rows.length > 0;
}
