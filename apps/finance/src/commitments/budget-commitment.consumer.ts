import { todayInAmsterdam } from '@buurtvolk/domain';
import type { TeamProposalAccepted } from '@buurtvolk/events';
import { AuditTrail } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { lockedBudgetAvailable } from '../ledger/bookings';
import { BudgetCategory } from '../funding/funding.inputs';
import { BudgetCommitmentIssue, BudgetCommitmentStatus } from './budget-commitment.entity';

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
