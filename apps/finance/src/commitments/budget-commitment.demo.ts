import { demoId } from '@buurtvolk/domain';
import type { EntityManager } from 'typeorm';

/**
 * The commitment of the teams demo's accepted proposal (Feijenoord's planters, €350 from this year's ACTIVITIES
 * budget), open for the coordinator to execute. Seeded here rather than through the event bus: the demo's events are
 * history, published before finance subscribed; were the event replayed, the proposal id finds this row and nothing
 * changes.
 */
export async function seedDemoCommitments(manager: EntityManager, year: number): Promise<void> {
  const place = 'feijenoord';
  await manager.query(
    `INSERT INTO budget_commitments (id, proposal_id, team_id, year, category, budget_id, amount_cents, currency, decided_at, status, version)
     VALUES ($1, $2, $3, $4, 'ACTIVITIES', $5, 35000, 'EUR', greatest(now() - interval '12 days', make_timestamptz($4, 1, 1, 12, 0, 0, 'UTC')), 'OPEN', 1)`,
    [
      demoId(`budget-commitment:${place}:plantenbakken`),
      demoId(`proposal:${place}:plantenbakken`),
      demoId(`team:${place}`),
      year,
      demoId(`budget:${place}:${year}:ACTIVITIES`),
    ],
  );
}
