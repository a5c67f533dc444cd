import { recordErasureReceipt } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * A volunteer was erased: their enrolments and certificates stay as anonymous counts, without the link to them, and
 * they no longer train a course run. The receipt (volunteer.erased) goes in the audit log, once.
 */
export async function unlinkErasedVolunteer(event: { volunteerId: string }, manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE enrolments SET volunteer_id = NULL, status = CASE WHEN status IN ('ENROLLED', 'WAITING') THEN 'CANCELLED' ELSE status END WHERE volunteer_id = $1`,
    [event.volunteerId],
  );
  await manager.query('UPDATE certificates SET volunteer_id = NULL WHERE volunteer_id = $1', [event.volunteerId]);
  await manager.query('UPDATE course_runs SET trainer_volunteer_id = NULL WHERE trainer_volunteer_id = $1', [event.volunteerId]);
  await recordErasureReceipt(manager, event.volunteerId);
}
