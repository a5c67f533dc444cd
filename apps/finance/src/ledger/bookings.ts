import { formatEuros, money } from '@buurtvolk/domain';
import { conflict } from '@buurtvolk/subgraph-kit';
import type { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { recordAllowanceBooked } from '../funding/funding-events';
import { LedgerEntry, type LedgerEntryKind } from './ledger-entry.entity';

/**
 * What a budget has left, with the budget locked until the caller's transaction ends. Every booking that spends from
 * a budget (or takes an allocation back) asks here first, so two bookings at once cannot both spend the same money.
 */
export async function lockedBudgetLeft(manager: EntityManager, budgetId: string): Promise<number> {
  await manager.query('SELECT id FROM budgets WHERE id = $1 FOR UPDATE', [budgetId]);
  const [{ left }] = await manager.query(
    `SELECT coalesce(sum(CASE WHEN to_account = $1 THEN amount_cents ELSE -amount_cents END), 0)::bigint AS left
       FROM ledger_entries WHERE budget_id = $2 AND (to_account = $1 OR from_account = $1)`,
    [`budget:${budgetId}`, budgetId],
  );
  return Number(left);
}

/**
 * What a budget has left once the open commitments a team voted for are reserved: what a claim may still spend. The
 * budget stays locked until the transaction ends.
 */
export async function lockedBudgetAvailable(manager: EntityManager, budgetId: string): Promise<number> {
  const left = await lockedBudgetLeft(manager, budgetId);
  const [{ reserved }] = await manager.query(
    `SELECT coalesce(sum(amount_cents), 0)::bigint AS reserved FROM budget_commitments
      WHERE budget_id = $1 AND status = 'OPEN'`,
    [budgetId],
  );
  return left - Number(reserved);
}

export function budgetShort(what: string, leftCents: number): GraphQLError {
  return conflict(`The team's ${what} budget has ${formatEuros(money(leftCents))} left`);
}

export async function book(
  manager: EntityManager,
  entry: Omit<Partial<LedgerEntry>, 'amountCents'> & {
    amountCents: number;
    kind: LedgerEntryKind;
    fromAccount: string;
    toAccount: string;
    description: string;
  },
): Promise<LedgerEntry> {
  const row = manager.create(LedgerEntry, {
    agreementId: null,
    budgetId: null,
    volunteerId: null,
    reversesEntryId: null,
    idempotencyKey: null,
    ...entry,
    amountCents: String(entry.amountCents),
    id: randomUUID(),
    occurredAt: new Date(),
  });
  const saved = await manager.save(row);
  // Every booking passes here, so an allowance granted or taken back is always published with it (impact's transfers).
  await recordAllowanceBooked(manager, saved);
  return saved;
}
