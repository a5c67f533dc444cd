import { AuditTrail } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { book } from '../funding/funding.service';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { AllowanceRate } from './allowance-rate.entity';
import { checkCaps } from './allowance.rules';
import { allowanceUsage } from './allowance.service';

interface HoursEvent {
  entryId: string;
  volunteerId: string;
  teamId: string;
  date: string;
  minutes: number;
}

/**
 * HoursApproved (from activities): under an hourly arrangement the hours earn an allowance for their month. One that
 * would pass a cap is held, with the reason, for the coordinator — never paid silently over the cap.
 */
export async function allowanceForApprovedHours(event: HoursEvent, manager: EntityManager): Promise<void> {
  const [arrangement] = await manager.query(
    `SELECT id, amount_cents FROM allowance_arrangements
      WHERE volunteer_id = $1 AND team_id = $2 AND kind = 'HOURLY' AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)`,
    [event.volunteerId, event.teamId, event.date],
  );
  if (!arrangement) return;
  // Approved again after a revocation: the reversed allowance stays as history, detached from the entry.
  const [earlier] = await manager.query('SELECT id, status FROM allowances WHERE source_hour_entry_id = $1 FOR UPDATE', [event.entryId]);
  if (earlier && earlier.status !== 'REVERSED') return;
  if (earlier) await manager.query('UPDATE allowances SET source_hour_entry_id = NULL WHERE id = $1', [earlier.id]);
  const month = event.date.slice(0, 7);
  const amountCents = Math.floor((event.minutes * arrangement.amount_cents) / 60);
  if (amountCents <= 0) return;
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 4))', [`${event.volunteerId}:${month.slice(0, 4)}`]);
  const rates = await manager.findOneBy(AllowanceRate, { year: Number(month.slice(0, 4)) });
  const verdict = rates ? checkCaps(rates, { ...(await allowanceUsage(manager, event.volunteerId, month)), amountCents }) : { ok: false as const, message: `No allowance limits for ${month.slice(0, 4)}` };
  const id = randomUUID();
  const [budget] = await manager.query(`SELECT id FROM budgets WHERE team_id = $1 AND year = $2 AND category = 'ALLOWANCES'`, [event.teamId, Number(month.slice(0, 4))]);
  if (!verdict.ok || !budget) {
    const reason = verdict.ok ? `The team has no ALLOWANCES budget for ${month.slice(0, 4)}` : verdict.message;
    await manager.query(
      `INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, status, held_reason, source_hour_entry_id) VALUES ($1, $2, $3, $4, $5, 'HELD', $6, $7)`,
      [id, arrangement.id, event.volunteerId, `${month}-01`, amountCents, reason, event.entryId],
    );
    return;
  }
  const entry = await book(manager, { kind: LedgerEntryKind.ALLOWANCE, fromAccount: `budget:${budget.id}`, toAccount: `payable:${event.volunteerId}`, amountCents, budgetId: budget.id, volunteerId: event.volunteerId, description: `Allowance for hours of ${event.date}` });
  await manager.query(
    `INSERT INTO allowances (id, arrangement_id, volunteer_id, month, amount_cents, ledger_entry_id, source_hour_entry_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, arrangement.id, event.volunteerId, `${month}-01`, amountCents, entry.id, event.entryId],
  );
  await AuditTrail.forEvent('activities', 'HoursApproved').record(manager, { action: 'allowance.paid.hours', entityType: 'Allowance', entityId: id, relatedIds: [event.volunteerId, event.entryId] });
}

/** HoursApprovalRevoked: the allowance those hours earned is reversed in the ledger (or dropped if it was held). */
export async function reverseAllowanceForRevokedHours(event: HoursEvent, manager: EntityManager): Promise<void> {
  const [allowance] = await manager.query(`SELECT id, status, ledger_entry_id FROM allowances WHERE source_hour_entry_id = $1 FOR UPDATE`, [event.entryId]);
  if (!allowance || allowance.status === 'REVERSED') return;
  if (allowance.status === 'PAID') {
    const [original] = await manager.query('SELECT from_account, to_account, amount_cents, budget_id FROM ledger_entries WHERE id = $1', [allowance.ledger_entry_id]);
    await book(manager, {
      kind: LedgerEntryKind.REVERSAL,
      fromAccount: original.to_account,
      toAccount: original.from_account,
      amountCents: Number(original.amount_cents),
      budgetId: original.budget_id,
      volunteerId: event.volunteerId,
      reversesEntryId: allowance.ledger_entry_id,
      description: 'Hours approval revoked',
    });
  }
  await manager.query(`UPDATE allowances SET status = 'REVERSED' WHERE id = $1`, [allowance.id]);
  await AuditTrail.forEvent('activities', 'HoursApprovalRevoked').record(manager, { action: 'allowance.reversed.hours', entityType: 'Allowance', entityId: allowance.id, relatedIds: [event.volunteerId, event.entryId] });
}
