import type { AuditTrail } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { book, budgetShort, lockedBudgetLeft } from '../ledger/bookings';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { AllowanceRate } from './allowance-rate.entity';
import { checkCaps } from './allowance.rules';
import { allowanceUsage } from './allowance-usage';
import { needsMunicipalConsent } from './social-assistance';
import { SOCIAL_ASSISTANCE_REFUSAL } from './social-assistance.rules';

/** Why an hourly allowance waits instead of being paid. */
export enum HeldReason {
  OVER_CAP = 'OVER_CAP',
  NO_BUDGET = 'NO_BUDGET',
  BUDGET_SHORT = 'BUDGET_SHORT',
  NO_LIMITS = 'NO_LIMITS',
  LIMITS_UNCONFIRMED = 'LIMITS_UNCONFIRMED',
  /** Under 27 and on bijstand: waits for the municipality's written consent (social-assistance.rules.ts). */
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
}

/** An hourly allowance earned by approved hours, to be paid as far as it fits. */
export interface EarnedAllowance {
  arrangementId: string;
  volunteerId: string;
  teamId: string;
  /** YYYY-MM */
  month: string;
  amountCents: number;
  sourceEntryId: string | null;
  sourceEntryVersion: number | null;
  description: string;
}

type Recorder = Pick<AuditTrail, 'record'>;

/**
 * Every change to held allowances of a year, and every payment that could take their room, happens under this lock,
 * taken first: hours decided (hourly-allowances.ts), flat allowances paid, budgets allocated to ALLOWANCES, the year's
 * limits entered, confirmed or allowed. So a release never misses an allowance held at the same moment (it waits for
 * that transaction, then reads it), and two releases at once pay each held allowance once. A lock per year is coarse,
 * but these are short transactions of a volunteer organisation; after it come, in this order, the hour entry's lock,
 * the person's year lock (caps) and the budget's row.
 */
export async function lockAllowanceYear(manager: EntityManager, year: number): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [`allowances:${year}`]);
}

/** The person's year: two payments at once cannot both fit under a cap that has room for one. */
export async function lockPersonYear(manager: EntityManager, volunteerId: string, year: number): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 4))', [`${volunteerId}:${year}`]);
}

/**
 * Pays what fits of an earned allowance under the caps and the team's ALLOWANCES budget, and holds the rest with its
 * reason. `heldId`: the held allowance being released (it becomes paid, or keeps the part that still does not fit).
 * Call under lockAllowanceYear. Returns the cents paid.
 */
export async function settleAllowance(
  manager: EntityManager,
  earned: EarnedAllowance,
  heldId: string | null,
  audit: Recorder,
): Promise<number> {
  const year = Number(earned.month.slice(0, 4));
  await lockPersonYear(manager, earned.volunteerId, year);
  const rates = await manager.findOneBy(AllowanceRate, { year });
  let paidCents = 0;
  let held: { code: HeldReason; message: string } | null = null;
  let entryId: string | null = null;
  if (await needsMunicipalConsent(manager, earned.volunteerId, earned.month))
    held = { code: HeldReason.SOCIAL_ASSISTANCE, message: SOCIAL_ASSISTANCE_REFUSAL };
  else if (!rates) held = { code: HeldReason.NO_LIMITS, message: `No allowance limits for ${year}` };
  else if (!rates.payable)
    held = {
      code: HeldReason.LIMITS_UNCONFIRMED,
      message: `The ${year} limits are not confirmed; an admin confirms them or allows payments under them`,
    };
  else {
    const [budget] = await manager.query(`SELECT id FROM budgets WHERE team_id = $1 AND year = $2 AND category = 'ALLOWANCES'`, [
      earned.teamId,
      year,
    ]);
    if (!budget) held = { code: HeldReason.NO_BUDGET, message: `The team has no ALLOWANCES budget for ${year}` };
    else {
      const usage = await allowanceUsage(manager, earned.volunteerId, earned.month);
      const capRoom = Math.min(
        rates.monthlyCapCents - usage.usedThisMonthCents,
        rates.yearlyCapCents - usage.usedThisYearCents - usage.declaredElsewhereThisYearCents,
      );
      const left = await lockedBudgetLeft(manager, budget.id);
      paidCents = Math.max(0, Math.min(earned.amountCents, capRoom, left));
      if (paidCents < earned.amountCents) {
        const after = {
          ...usage,
          usedThisMonthCents: usage.usedThisMonthCents + paidCents,
          usedThisYearCents: usage.usedThisYearCents + paidCents,
        };
        const verdict = checkCaps(rates, { ...after, amountCents: earned.amountCents - paidCents });
        held = verdict.ok
          ? { code: HeldReason.BUDGET_SHORT, message: budgetShort('allowances', left - paidCents).message }
          : { code: HeldReason.OVER_CAP, message: verdict.message };
      }
      if (paidCents > 0) {
        const entry = await book(manager, {
          kind: LedgerEntryKind.ALLOWANCE,
          fromAccount: `budget:${budget.id}`,
          toAccount: `payable:${earned.volunteerId}`,
          amountCents: paidCents,
          budgetId: budget.id,
          volunteerId: earned.volunteerId,
          description: earned.description,
        });
        entryId = entry.id;
      }
    }
  }
  const heldCents = earned.amountCents - paidCents;
  const insert = (status: 'PAID' | 'HELD', cents: number) =>
    manager
      .query(
        `INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, status, ledger_entry_id, held_code, held_reason, source_hour_entry_id, source_entry_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          randomUUID(),
          earned.arrangementId,
          earned.volunteerId,
          `${earned.month}-01`,
          cents,
          status,
          status === 'PAID' ? entryId : null,
          status === 'HELD' ? held!.code : null,
          status === 'HELD' ? held!.message : null,
          earned.sourceEntryId,
          earned.sourceEntryVersion,
        ],
      )
      .then(([row]: { id: string }[]) => row.id);
  let paidId: string | null = null;
  if (heldId === null) {
    if (paidCents > 0) paidId = await insert('PAID', paidCents);
    if (heldCents > 0) await insert('HELD', heldCents);
  } else if (heldCents === 0) {
    await manager.query(`UPDATE allowances SET status = 'PAID', ledger_entry_id = $2, held_code = NULL, held_reason = NULL WHERE id = $1`, [
      heldId,
      entryId,
    ]);
    paidId = heldId;
  } else {
    if (paidCents > 0) paidId = await insert('PAID', paidCents);
    await manager.query(`UPDATE allowances SET amount_cents = $2, held_code = $3, held_reason = $4 WHERE id = $1`, [
      heldId,
      heldCents,
      held!.code,
      held!.message,
    ]);
  }
  if (paidId) {
    await audit.record(manager, {
      action: heldId ? 'allowance.released' : 'allowance.paid.hours',
      entityType: 'Allowance',
      entityId: paidId,
      relatedIds: [
        earned.volunteerId,
        ...(earned.sourceEntryId ? [earned.sourceEntryId] : []),
        ...(heldId && heldId !== paidId ? [heldId] : []),
      ],
    });
  }
  return paidCents;
}

interface HeldRow {
  id: string;
  arrangementId: string;
  volunteerId: string;
  teamId: string;
  month: string;
  amountCents: number;
  sourceEntryId: string | null;
  sourceEntryVersion: number | null;
}

const HELD_COLUMNS = `a.id, a.arrangement_id AS "arrangementId", a.volunteer_id AS "volunteerId", ar.team_id AS "teamId", to_char(a.month, 'YYYY-MM') AS month,
  a.amount_cents AS "amountCents", a.source_hour_entry_id AS "sourceEntryId", a.source_entry_version AS "sourceEntryVersion"`;

/**
 * Pays the held allowances of a year (of one team or person, or all) as far as they now fit, oldest month first;
 * what still does not fit stays held, with its reason brought up to date. Idempotent: a second release finds nothing
 * held that fits. Runs in the caller's transaction, after whatever removed a reason (a budget allocated, limits
 * entered, confirmed or allowed, hours revoked). Returns the cents paid.
 */
export async function releaseHeldAllowances(
  manager: EntityManager,
  scope: { year: number; teamId?: string; volunteerId?: string },
  audit: Recorder,
): Promise<number> {
  await lockAllowanceYear(manager, scope.year);
  const held: HeldRow[] = await manager.query(
    `SELECT ${HELD_COLUMNS} FROM allowances a JOIN allowance_arrangements ar ON ar.id = a.arrangement_id
      WHERE a.status = 'HELD' AND a.month >= make_date($1, 1, 1) AND a.month < make_date($1 + 1, 1, 1)
        AND ($2::uuid IS NULL OR ar.team_id = $2) AND ($3::uuid IS NULL OR a.volunteer_id = $3)
      ORDER BY a.volunteer_id, a.month, a.created_at, a.id`,
    [scope.year, scope.teamId ?? null, scope.volunteerId ?? null],
  );
  let paid = 0;
  for (const row of held) {
    await lockPersonYear(manager, row.volunteerId, scope.year);
    const [current]: { amountCents: number }[] = await manager.query(
      `SELECT amount_cents AS "amountCents" FROM allowances WHERE id = $1 AND status = 'HELD' FOR UPDATE`,
      [row.id],
    );
    if (!current) continue;
    paid += await settleAllowance(
      manager,
      { ...row, amountCents: current.amountCents, description: `Allowance ${row.month}, held until now` },
      row.id,
      audit,
    );
  }
  return paid;
}

export interface HeldAllowanceRow extends HeldRow {
  reason: HeldReason;
  message: string;
  hoursOn: string | null;
  heldSince: Date;
  limitsConfirmed: boolean;
}

/** Held allowances, oldest first: of one team, or of every team (teamId null). */
export async function listHeldAllowances(manager: EntityManager, teamId: string | null): Promise<HeldAllowanceRow[]> {
  return manager.query(
    `SELECT ${HELD_COLUMNS}, a.held_code AS reason, a.held_reason AS message, h.entry_date::text AS "hoursOn", a.created_at AS "heldSince",
            coalesce(r.confirmed, false) AS "limitsConfirmed"
       FROM allowances a JOIN allowance_arrangements ar ON ar.id = a.arrangement_id
       LEFT JOIN hour_approval_states h ON h.entry_id = a.source_hour_entry_id
       LEFT JOIN allowance_rates r ON r.year = extract(year FROM a.month)::int
      WHERE a.status = 'HELD' AND ($1::uuid IS NULL OR ar.team_id = $1)
      ORDER BY a.month, a.created_at, a.id`,
    [teamId],
  );
}
