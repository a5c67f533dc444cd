import { isUuid, todayInAmsterdam } from '@buurtvolk/domain';
import { type AuditTrail, badUserInput, conflict, groupInto, notFound, updateVersioned } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { book, budgetShort, lockedBudgetLeft } from '../ledger/bookings';
import { once } from '../ledger/idempotency';
import { LedgerEntry, LedgerEntryKind } from '../ledger/ledger-entry.entity';
import type { FinancePolicy } from '../policy';
import { BudgetCommitment, BudgetCommitmentStatus } from './budget-commitment.entity';
import type { CancelBudgetCommitmentInput, ExecuteBudgetCommitmentInput } from './budget-commitment.inputs';

export interface CommitmentTotals {
  count: number;
  openCount: number;
  executedCount: number;
  openCents: number;
  executedCents: number;
}

/** Budget commitments: recorded from teams' accepted proposals (budget-commitment.consumer.ts), executed or cancelled here. */
export class BudgetCommitmentService {
  /** Keyed `teamId|year`: one statement for every team asked for. */
  private readonly ofTeam = new DataLoader<string, BudgetCommitment[]>(async (keys) => {
    const pairs = keys.map((key) => key.split('|')).filter(([teamId]) => isUuid(teamId));
    const rows: BudgetCommitment[] = pairs.length
      ? await this.dataSource
          .getRepository(BudgetCommitment)
          .createQueryBuilder('c')
          .where('(c.team_id, c.year) IN (SELECT * FROM unnest(:teamIds::uuid[], :years::int[]))', {
            teamIds: pairs.map(([teamId]) => teamId),
            years: pairs.map(([, year]) => Number(year)),
          })
          .orderBy('c.decided_at', 'DESC')
          .addOrderBy('c.id')
          .getMany()
      : [];
    return groupInto(
      keys.map((key) => key.toLowerCase()),
      rows,
      (row) => `${row.teamId}|${row.year}`,
    );
  });

  private readonly entries = new DataLoader<string, LedgerEntry | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(LedgerEntry).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((row) => row.id === id) ?? null);
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: FinancePolicy,
    private readonly audit: AuditTrail,
  ) {}

  ofTeamAndYear(teamId: string, year: number): Promise<BudgetCommitment[]> {
    this.policy.assertCanKeepCommitments(teamId);
    return this.ofTeam.load(`${teamId}|${year}`);
  }

  /** Counts and sums only: also for partners serving the team's neighbourhood. */
  async totals(teamId: string, year: number): Promise<CommitmentTotals> {
    await this.policy.assertCanSeeCommitmentTotals(teamId);
    const rows = await this.ofTeam.load(`${teamId}|${year}`);
    const sum = (status: BudgetCommitmentStatus, cents: (row: BudgetCommitment) => number) =>
      rows.filter((row) => row.status === status).reduce((total, row) => total + cents(row), 0);
    return {
      count: rows.filter((row) => row.status !== BudgetCommitmentStatus.CANCELLED).length,
      openCount: rows.filter((row) => row.status === BudgetCommitmentStatus.OPEN).length,
      executedCount: rows.filter((row) => row.status === BudgetCommitmentStatus.EXECUTED).length,
      openCents: sum(BudgetCommitmentStatus.OPEN, (row) => row.amountCents),
      executedCents: sum(BudgetCommitmentStatus.EXECUTED, (row) => row.executedCents ?? 0),
    };
  }

  ledgerEntry(commitment: BudgetCommitment): Promise<LedgerEntry | null> | null {
    return commitment.ledgerEntryId ? this.entries.load(commitment.ledgerEntryId) : null;
  }

  /**
   * Books what was actually spent (at most the amount committed) on the commitment's budget, the way an approved
   * expense is booked, and links entry and commitment. Once: the idempotency key makes a retry return the same result,
   * and the version and status make a second execution (another key, another coordinator) a CONFLICT.
   */
  async execute(input: ExecuteBudgetCommitmentInput): Promise<BudgetCommitment> {
    const found = await this.load(input.commitmentId);
    this.policy.assertCanKeepCommitments(found.teamId);
    const { commitmentId } = await once(
      this.dataSource,
      { caller: this.policy.identity, operation: 'executeBudgetCommitment', key: input.idempotencyKey },
      async (manager) => {
        const current = await manager.findOne(BudgetCommitment, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw notFound('budget commitment', found.id);
        if (current.status !== BudgetCommitmentStatus.OPEN) throw conflict(`This commitment is ${current.status.toLowerCase()} already`);
        if (input.amount.cents > current.amountCents)
          throw badUserInput('amount is more than was committed', [
            { field: 'amount.cents', message: `is more than the ${current.amountCents} cents committed` },
          ]);
        if (input.spentOn > todayInAmsterdam())
          throw badUserInput('spentOn lies in the future', [{ field: 'spentOn', message: 'lies in the future' }]);
        if (input.spentOn < todayInAmsterdam(current.decidedAt))
          throw badUserInput('spentOn is before the team decided', [{ field: 'spentOn', message: 'is before the decision' }]);
        const budgetId = current.budgetId ?? (await this.budgetOf(manager, current));
        if (!budgetId)
          throw badUserInput(`The team has no ${current.category} budget for ${current.year}; an admin allocates one first`, [
            { field: 'commitmentId', message: 'has no budget to spend from' },
          ]);
        const left = await lockedBudgetLeft(manager, budgetId);
        if (left < input.amount.cents) throw budgetShort(current.category.toLowerCase(), left);
        const entry = await book(manager, {
          kind: LedgerEntryKind.EXPENSE,
          fromAccount: `budget:${budgetId}`,
          toAccount: `team-spending:${current.id}`,
          amountCents: input.amount.cents,
          budgetId,
          description: `Team decision: ${input.spentFor.trim()}`,
          idempotencyKey: `${this.policy.identity?.subject ?? 'anonymous'}:executeBudgetCommitment:${input.idempotencyKey}`,
        });
        await updateVersioned(manager, BudgetCommitment, 'budget commitment', current.id, input.version, {
          status: BudgetCommitmentStatus.EXECUTED,
          budgetId,
          executedCents: input.amount.cents,
          executedOn: input.spentOn,
          executedFor: input.spentFor.trim(),
          ledgerEntryId: entry.id,
        });
        await this.audit.record(manager, {
          action: 'budget-commitment.executed',
          entityType: 'BudgetCommitment',
          entityId: current.id,
          relatedIds: [entry.id, current.proposalId, current.teamId],
        });
        return { commitmentId: current.id };
      },
    );
    return this.dataSource.getRepository(BudgetCommitment).findOneByOrFail({ id: commitmentId });
  }

  async cancel(input: CancelBudgetCommitmentInput): Promise<BudgetCommitment> {
    const found = await this.load(input.commitmentId);
    this.policy.assertCanKeepCommitments(found.teamId);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(BudgetCommitment, { id: found.id });
      if (current.status !== BudgetCommitmentStatus.OPEN) throw conflict(`This commitment is ${current.status.toLowerCase()} already`);
      const cancelled = await updateVersioned(manager, BudgetCommitment, 'budget commitment', current.id, input.version, {
        status: BudgetCommitmentStatus.CANCELLED,
        cancelReason: input.reason.trim(),
      });
      await this.audit.record(manager, {
        action: 'budget-commitment.cancelled',
        entityType: 'BudgetCommitment',
        entityId: current.id,
        relatedIds: [current.proposalId, current.teamId],
      });
      return cancelled;
    });
  }

  private async load(id: string): Promise<BudgetCommitment> {
    const commitment = isUuid(id) ? await this.dataSource.getRepository(BudgetCommitment).findOneBy({ id }) : null;
    if (!commitment) throw notFound('budget commitment', id);
    return commitment;
  }

  /** A budget allocated after the decision was recorded without one. */
  private async budgetOf(manager: EntityManager, commitment: BudgetCommitment): Promise<string | null> {
    const [budget] = await manager.query('SELECT id FROM budgets WHERE team_id = $1 AND year = $2 AND category = $3', [
      commitment.teamId,
      commitment.year,
      commitment.category,
    ]);
    return budget?.id ?? null;
  }
}
