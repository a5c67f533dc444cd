import { todayInAmsterdam } from '@buurtvolk/domain';
import type { TeamProposalAccepted } from '@buurtvolk/events';
import { AuditTrail } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lockedBudgetLeft } from '../ledger/bookings';
import { BudgetCategory } from '../funding/funding.inputs';
import { BudgetCommitmentIssue, BudgetCommitmentStatus } from './budget-commitment.entity';

/** What a budget has left once its open commitments are reserved; the budget stays locked until the transaction ends. */
export async function lockedBudgetAvailable(manager: EntityManager, budgetId: string, exceptCommitmentId?: string): Promise<number> {
  const left = await lockedBudgetLeft(manager, budgetId);
  const [{ reserved }] = await manager.query(
    `SELECT coalesce(sum(amount_cents), 0)::bigint AS reserved FROM budget_commitments
      WHERE budget_id = $1 AND status = 'OPEN' AND id IS DISTINCT FROM $2`,
    [budgetId, exceptCommitmentId ?? null],
  );
  return left - Number(reserved);
}

/**
 * TeamProposalAccepted (from teams): the money the team decided to spend becomes a commitment against its budget of the
 * decision's year. Delivered at least once, late or replayed: the proposal id is unique, so every delivery after the
 * first changes nothing. A missing or too small budget does not lose the decision: it is recorded, flagged.
 */
export async function commitAcceptedProposal(payload: TeamProposalAccepted, manager: EntityManager): Promise<void> {
  const year = Number(todayInAmsterdam(new Date(payload.decidedAt)).slice(0, 4));
  const category = (Object.values(BudgetCategory) as string[]).includes(payload.budgetCategory)
    ? payload.budgetCategory
    : BudgetCategory.ACTIVITIES;
  const [budget]: { id: string }[] = await manager.query('SELECT id FROM budgets WHERE team_id = $1 AND year = $2 AND category = $3', [
    payload.teamId,
    year,
    category,
  ]);
  let issue: BudgetCommitmentIssue | null = budget ? null : BudgetCommitmentIssue.NO_BUDGET;
  if (budget && (await lockedBudgetAvailable(manager, budget.id)) < payload.amountCents) issue = BudgetCommitmentIssue.BUDGET_TOO_SMALL;
  const [inserted] = await manager.query(
    `INSERT INTO budget_commitments (id, proposal_id, team_id, year, category, budget_id, amount_cents, currency, decided_at, funding_issue, status, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1)
     ON CONFLICT (proposal_id) DO NOTHING RETURNING id`,
    [
      randomUUID(),
      payload.proposalId,
      payload.teamId,
      year,
      category,
      budget?.id ?? null,
      payload.amountCents,
      payload.currency,
      payload.decidedAt,
      issue,
      BudgetCommitmentStatus.OPEN,
    ],
  );
  if (!inserted) return;
  await AuditTrail.forEvent('teams', 'TeamProposalAccepted').record(manager, {
    action: 'budget-commitment.recorded',
    entityType: 'BudgetCommitment',
    entityId: inserted.id,
    relatedIds: [payload.proposalId, payload.teamId],
  });
}
