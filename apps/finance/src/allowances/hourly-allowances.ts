import type { DomainEvent, HoursDecided } from '@buurtvolk/events';
import { AuditTrail } from '@buurtvolk/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { book } from '../ledger/bookings';
import { LedgerEntryKind } from '../ledger/ledger-entry.entity';
import { lockAllowanceYear, releaseHeldAllowances, settleAllowance } from './held-allowances';

interface HourApprovalState {
  entryId: string;
  volunteerId: string;
  teamId: string;
  date: string;
  minutes: number;
  approved: boolean;
  entryVersion: number;
}

interface LiveAllowance {
  id: string;
  status: 'PAID' | 'HELD';
  ledger_entry_id: string | null;
  source_entry_version: number | null;
}

/** HoursApproved (from activities): under an hourly arrangement the approved hours earn an allowance. */
export function allowanceForApprovedHours(_payload: HoursDecided, manager: EntityManager, event: DomainEvent<HoursDecided>): Promise<void> {
  return followHourDecision(manager, event, true);
}

/** HoursApprovalRevoked: the allowance those hours earned is reversed in the ledger (or dropped if it was held). */
export function reverseAllowanceForRevokedHours(
  _payload: HoursDecided,
  manager: EntityManager,
  event: DomainEvent<HoursDecided>,
): Promise<void> {
  return followHourDecision(manager, event, false);
}

/**
 * Approvals and revocations arrive on separate queues, late, twice or out of order. Each event only updates the
 * entry's latest known decision (by the entry's version); the allowance is then made to match that decision. So
 * approve → revoke → approve ends paid once for the last approval, whichever order the three are handled in.
 */
async function followHourDecision(manager: EntityManager, event: DomainEvent<HoursDecided>, approved: boolean): Promise<void> {
  const { entryId, date } = event.payload;
  // Held allowances of the year are released under this lock (see held-allowances.ts); it comes first.
  await lockAllowanceYear(manager, Number(date.slice(0, 4)));
  // One decision per entry at a time: an approval and a revocation handled at once must each see the other.
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 5))', [entryId]);
  const state = await recordLatestDecision(manager, event, approved);
  // Paid parts and at most one held part: an allowance may be paid as far as it fits and held for the rest.
  const live: LiveAllowance[] = await manager.query(
    `SELECT id, status, ledger_entry_id, source_entry_version FROM allowances WHERE source_hour_entry_id = $1 AND status <> 'REVERSED' ORDER BY created_at, id FOR UPDATE`,
    [entryId],
  );
  // An allowance from before versions were recorded pays for whatever approval it followed.
  const upToDate =
    live.length > 0 &&
    state.approved &&
    live.every((part) => part.source_entry_version === null || part.source_entry_version === state.entryVersion);
  if (upToDate) return;
  for (const part of live) await reverse(manager, part, state);
  if (state.approved) await payForHours(manager, state);
  // Money taken back makes room under the person's caps for what they had held.
  else if (live.some((part) => part.status === 'PAID')) {
    await releaseHeldAllowances(
      manager,
      { year: Number(state.date.slice(0, 4)), volunteerId: state.volunteerId },
      AuditTrail.forEvent('activities', 'HoursApprovalRevoked'),
    );
  }
}

/** Stores the event's decision when it is newer than the one known, and returns the latest decision. */
async function recordLatestDecision(
  manager: EntityManager,
  event: DomainEvent<HoursDecided>,
  approved: boolean,
): Promise<HourApprovalState> {
  const { entryId, volunteerId, teamId, date, minutes, entryVersion = 0 } = event.payload;
  const [state] = await manager.query(
    `WITH incoming AS (
       INSERT INTO hour_approval_states AS s (entry_id, volunteer_id, team_id, entry_date, minutes, approved, entry_version, event_at, event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (entry_id) DO UPDATE SET volunteer_id = EXCLUDED.volunteer_id, team_id = EXCLUDED.team_id, entry_date = EXCLUDED.entry_date,
         minutes = EXCLUDED.minutes, approved = EXCLUDED.approved, entry_version = EXCLUDED.entry_version, event_at = EXCLUDED.event_at, event_id = EXCLUDED.event_id
       WHERE (EXCLUDED.entry_version, EXCLUDED.event_at, EXCLUDED.event_id) > (s.entry_version, s.event_at, s.event_id)
       RETURNING *)
     SELECT entry_id AS "entryId", volunteer_id AS "volunteerId", team_id AS "teamId", entry_date::text AS date, minutes, approved, entry_version AS "entryVersion" FROM incoming
     UNION ALL
     SELECT entry_id, volunteer_id, team_id, entry_date::text, minutes, approved, entry_version FROM hour_approval_states WHERE entry_id = $1 AND NOT EXISTS (SELECT 1 FROM incoming)`,
    [entryId, volunteerId, teamId, date, minutes, approved, entryVersion, event.occurredAt, event.id],
  );
  return state;
}

/** Under an hourly arrangement, pays the approved minutes at its rate as far as it fits, and holds the rest with the reason. */
async function payForHours(manager: EntityManager, state: HourApprovalState): Promise<void> {
  const [arrangement] = await manager.query(
    `SELECT id, amount_cents FROM allowance_arrangements
      WHERE volunteer_id = $1 AND team_id = $2 AND kind = 'HOURLY' AND starts_on <= $3 AND (ends_on IS NULL OR ends_on >= $3)`,
    [state.volunteerId, state.teamId, state.date],
  );
  if (!arrangement) return;
  const amountCents = Math.floor((state.minutes * arrangement.amount_cents) / 60);
  if (amountCents <= 0) return;
  // Earlier allowances of this entry stay as history, detached from it.
  await manager.query(`UPDATE allowances SET source_hour_entry_id = NULL WHERE source_hour_entry_id = $1 AND status = 'REVERSED'`, [
    state.entryId,
  ]);
  // Held, with the reason, for the coordinator: never paid over a cap or from money the team does not have.
  await settleAllowance(
    manager,
    {
      arrangementId: arrangement.id,
      volunteerId: state.volunteerId,
      teamId: state.teamId,
      month: state.date.slice(0, 7),
      amountCents,
      sourceEntryId: state.entryId,
      sourceEntryVersion: state.entryVersion,
      description: `Allowance for hours of ${state.date}`,
    },
    null,
    AuditTrail.forEvent('activities', 'HoursApproved'),
  );
}

/** Takes back an allowance that no longer matches the entry's latest decision: a reversing entry when it was paid. */
async function reverse(manager: EntityManager, allowance: LiveAllowance, state: HourApprovalState): Promise<void> {
  if (allowance.status === 'PAID') {
    const [original] = await manager.query('SELECT from_account, to_account, amount_cents, budget_id FROM ledger_entries WHERE id = $1', [
      allowance.ledger_entry_id,
    ]);
    await book(manager, {
      kind: LedgerEntryKind.REVERSAL,
      fromAccount: original.to_account,
      toAccount: original.from_account,
      amountCents: Number(original.amount_cents),
      budgetId: original.budget_id,
      volunteerId: state.volunteerId,
      reversesEntryId: allowance.ledger_entry_id!,
      description: state.approved ? 'Hours changed and approved again' : 'Hours approval revoked',
    });
  }
  await manager.query(`UPDATE allowances SET status = 'REVERSED' WHERE id = $1`, [allowance.id]);
  await AuditTrail.forEvent('activities', state.approved ? 'HoursApproved' : 'HoursApprovalRevoked').record(manager, {
    action: 'allowance.reversed.hours',
    entityType: 'Allowance',
    entityId: allowance.id,
    relatedIds: [state.volunteerId, state.entryId],
  });
}
