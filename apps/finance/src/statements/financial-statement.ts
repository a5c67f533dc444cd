import { todayInAmsterdam } from '@buurtvolk/domain';
import { type Identity, Role } from '@buurtvolk/identity';
import { badUserInput, forbidden } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { ClaimItemKind } from '../claims/expense-claim.entity';

/** One month of a person's money from the foundation, in cents. */
export interface StatementMonthFigures {
  /** 1–12 */
  month: number;
  /** Allowances paid for the month (flat, and hourly for hours in it); held and reversed ones are not. */
  allowanceCents: number;
  /** The person's own costs reimbursed (travel, phone), by the day they were made. */
  ownCostsCents: number;
  /** Paid out for the foundation (groceries for a dinner, materials): not income, listed apart. */
  advancesCents: number;
  /** What counts towards the fiscal caps: allowances, plus own costs made while an allowance arrangement was in force. */
  countedCents: number;
}

export interface StatementFigures {
  volunteerId: string;
  year: number;
  /** When the statement is for one month only. */
  month: number | null;
  months: StatementMonthFigures[];
  totals: Omit<StatementMonthFigures, 'month'>;
  declaredElsewhereCents: number;
  monthlyCapCents: number | null;
  yearlyCapCents: number | null;
  limitsConfirmed: boolean;
}

/**
 * The statement municipalities ask of people on bijstand (and anyone may want for their own records): per month what
 * the foundation paid as allowance, apart from costs reimbursed. Advances for the foundation are listed separately
 * and left out of the allowance and the caps: the person only passed that money on (the foundation's own expense,
 * claims/claim-item-kinds.ts), so counting it would make their income look higher than it was. The person and admins
 * only; coordinators never (it is the person's income).
 */
export async function statementFigures(
  manager: EntityManager,
  identity: Identity | null,
  volunteerId: string,
  year: number,
  month: number | null,
): Promise<StatementFigures> {
  const admin = identity?.role === Role.ADMIN;
  const self = Boolean(identity?.volunteerId) && identity!.volunteerId!.toLowerCase() === volunteerId.toLowerCase();
  if (!admin && !self) throw forbidden('A statement is for the person themselves and admins');
  if (!Number.isInteger(year) || year < 2000 || year > Number(todayInAmsterdam().slice(0, 4)) + 1)
    throw badUserInput('year is outside the years with statements', [{ field: 'year', message: 'must be a year up to next year' }]);
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12))
    throw badUserInput('month must be 1 to 12', [{ field: 'month', message: 'must be 1 to 12' }]);
  const rows: StatementMonthFigures[] = await manager.query(
    `WITH months AS (SELECT generate_series(1, 12) AS month),
     allowance AS (
       SELECT extract(month FROM a.month)::int AS month, sum(a.amount_cents) AS cents FROM allowances a
        WHERE a.volunteer_id = $1 AND a.status = 'PAID' AND a.month >= make_date($2, 1, 1) AND a.month < make_date($2 + 1, 1, 1)
        GROUP BY 1),
     items AS (
       SELECT extract(month FROM i.spent_on)::int AS month, i.kind, i.amount_cents,
              EXISTS (SELECT 1 FROM allowance_arrangements r WHERE r.volunteer_id = c.volunteer_id AND r.starts_on <= i.spent_on
                        AND (r.ends_on IS NULL OR r.ends_on >= i.spent_on)) AS under_arrangement
         FROM expense_claims c JOIN expense_claim_items i ON i.claim_id = c.id
        WHERE c.volunteer_id = $1 AND c.status IN ('APPROVED', 'SCHEDULED', 'PAID')
          AND i.spent_on >= make_date($2, 1, 1) AND i.spent_on < make_date($2 + 1, 1, 1)),
     costs AS (
       SELECT month,
              sum(amount_cents) FILTER (WHERE kind = $3) AS own,
              sum(amount_cents) FILTER (WHERE kind = $3 AND under_arrangement) AS own_counted,
              sum(amount_cents) FILTER (WHERE kind <> $3) AS advances
         FROM items GROUP BY month)
     SELECT m.month,
            coalesce(a.cents, 0)::int AS "allowanceCents",
            coalesce(c.own, 0)::int AS "ownCostsCents",
            coalesce(c.advances, 0)::int AS "advancesCents",
            (coalesce(a.cents, 0) + coalesce(c.own_counted, 0))::int AS "countedCents"
       FROM months m LEFT JOIN allowance a ON a.month = m.month LEFT JOIN costs c ON c.month = m.month
      WHERE $4::int IS NULL OR m.month = $4
      ORDER BY m.month`,
    [volunteerId, year, ClaimItemKind.OWN_COSTS, month],
  );
  const [rates]: { monthlyCapCents: number; yearlyCapCents: number; confirmed: boolean }[] = await manager.query(
    `SELECT monthly_cap_cents AS "monthlyCapCents", yearly_cap_cents AS "yearlyCapCents", confirmed FROM allowance_rates WHERE year = $1`,
    [year],
  );
  const [{ declared }] = await manager.query(
    `SELECT coalesce(sum(amount_cents), 0)::int AS declared FROM declared_elsewhere WHERE volunteer_id = $1 AND year = $2`,
    [volunteerId, year],
  );
  const sum = (key: keyof Omit<StatementMonthFigures, 'month'>) => rows.reduce((total, row) => total + row[key], 0);
  return {
    volunteerId,
    year,
    month,
    months: rows,
    totals: {
      allowanceCents: sum('allowanceCents'),
      ownCostsCents: sum('ownCostsCents'),
      advancesCents: sum('advancesCents'),
      countedCents: sum('countedCents'),
    },
    declaredElsewhereCents: declared,
    monthlyCapCents: rates?.monthlyCapCents ?? null,
    yearlyCapCents: rates?.yearlyCapCents ?? null,
    limitsConfirmed: rates?.confirmed ?? false,
  };
}
