import type { EntityManager } from 'typeorm';
import { ClaimItemKind } from '../claims/expense-claim.entity';

export interface AllowanceUsage {
  usedThisMonthCents: number;
  usedThisYearCents: number;
  declaredElsewhereThisYearCents: number;
}

/**
 * What counts towards the caps this month and year: allowances paid (not held or reversed), the volunteer's own costs
 * reimbursed (never advances for the foundation: claims/claim-item-kinds.ts), each item in the month it was made and
 * only when an arrangement of theirs was in force that day (receipt-only volunteers have no cap), and what was
 * declared from elsewhere.
 */
export async function allowanceUsage(manager: EntityManager, volunteerId: string, month: string): Promise<AllowanceUsage> {
  return (await allowancesUsage(manager, [volunteerId], month)).get(volunteerId.toLowerCase())!;
}

/** The same for many people in one statement, by (lower-case) volunteer id; everyone asked has an entry, zeros when nothing counts. */
export async function allowancesUsage(manager: EntityManager, volunteerIds: string[], month: string): Promise<Map<string, AllowanceUsage>> {
  if (!volunteerIds.length) return new Map();
  const rows: ({ volunteerId: string } & AllowanceUsage)[] = await manager.query(
    `WITH people AS (SELECT DISTINCT unnest($1::uuid[]) AS volunteer_id),
     counted AS (
       SELECT volunteer_id, month, amount_cents FROM allowances WHERE volunteer_id = ANY($1::uuid[]) AND status = 'PAID'
       UNION ALL
       SELECT c.volunteer_id, date_trunc('month', i.spent_on)::date, i.amount_cents
         -- OFFSET 0 keeps the planner from flattening the lateral query into a join that walks every claim item:
         -- these people's claims are few, and each one's items are found by the claim index.
         FROM expense_claims c CROSS JOIN LATERAL (SELECT spent_on, amount_cents FROM expense_claim_items WHERE claim_id = c.id AND kind = $3 OFFSET 0) i
        WHERE c.volunteer_id = ANY($1::uuid[]) AND c.status IN ('APPROVED', 'SCHEDULED', 'PAID')
          AND EXISTS (SELECT 1 FROM allowance_arrangements a WHERE a.volunteer_id = c.volunteer_id AND a.starts_on <= i.spent_on AND (a.ends_on IS NULL OR a.ends_on >= i.spent_on)))
     SELECT p.volunteer_id AS "volunteerId",
            coalesce(sum(k.amount_cents) FILTER (WHERE k.month = $2::date), 0)::int AS "usedThisMonthCents",
            coalesce(sum(k.amount_cents) FILTER (WHERE extract(year FROM k.month) = extract(year FROM $2::date)), 0)::int AS "usedThisYearCents",
            (SELECT coalesce(sum(d.amount_cents), 0)::int FROM declared_elsewhere d WHERE d.volunteer_id = p.volunteer_id AND d.year = extract(year FROM $2::date)) AS "declaredElsewhereThisYearCents"
       FROM people p LEFT JOIN counted k ON k.volunteer_id = p.volunteer_id
      GROUP BY p.volunteer_id`,
    [volunteerIds, `${month}-01`, ClaimItemKind.OWN_COSTS],
  );
  return new Map(rows.map(({ volunteerId, ...usage }) => [volunteerId, usage]));
}
