import { Role } from '@buurtvolk/identity';
import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { TeamReference } from '../references';
import { BudgetCommitment, TeamProposalReference } from './budget-commitment.entity';
import { CancelBudgetCommitmentInput, ExecuteBudgetCommitmentInput } from './budget-commitment.inputs';

@ObjectType('BudgetCommitmentTotals', { description: "A team's budget commitments of a year in counts and sums, nothing per proposal" })
class BudgetCommitmentTotalsType {
  @Field(() => Int, { description: 'Commitments recorded (cancelled ones excluded)' })
  count: number;

  @Field(() => Int, { description: 'Commitments still open' })
  openCount: number;

  @Field(() => Int, { description: 'Commitments executed' })
  executedCount: number;

  @Field(() => MoneyType, { description: 'Reserved by open commitments' })
  open: MoneyType;

  @Field(() => MoneyType, { description: 'Spent by executed commitments' })
  executed: MoneyType;
}

@Resolver(() => TeamReference)
export class TeamCommitmentsResolver {
  @Authorized()
  @FieldResolver(() => [BudgetCommitment], {
    nullable: true,
    description: 'Money the team decided together to spend in a year, newest first; for its coordinators and admins',
  })
  budgetCommitments(
    @Root() team: TeamReference,
    @Arg('year', () => Int, { description: 'The budget year' }) year: number,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.commitments.ofTeamAndYear(team.id, year);
  }

  @Authorized()
  @FieldResolver(() => BudgetCommitmentTotalsType, {
    nullable: true,
    description: "The team's commitments of a year in counts and sums; for its coordinators, partners serving its neighbourhood and admins",
  })
  async budgetCommitmentTotals(
    @Root() team: TeamReference,
    @Arg('year', () => Int, { description: 'The budget year' }) year: number,
    @Ctx() ctx: FinanceContext,
  ): Promise<BudgetCommitmentTotalsType> {
    const totals = await ctx.commitments.totals(team.id, year);
    return {
      count: totals.count,
      openCount: totals.openCount,
      executedCount: totals.executedCount,
      open: euros(totals.openCents),
      executed: euros(totals.executedCents),
    };
  }
}

@Resolver(() => BudgetCommitment)
export class BudgetCommitmentResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => BudgetCommitment, {
    description: "Records what was actually spent on a commitment and books it in the ledger, once (the team's coordinators or admins)",
  })
  executeBudgetCommitment(
    @Arg('input', { description: 'The commitment, the amount, the day and what it was spent on' }) input: ExecuteBudgetCommitmentInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.commitments.execute(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => BudgetCommitment, {
    description: "Cancels an open commitment, releasing the reservation (the team's coordinators or admins)",
  })
  cancelBudgetCommitment(
    @Arg('input', { description: 'The commitment and why' }) input: CancelBudgetCommitmentInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.commitments.cancel(input);
  }

  @FieldResolver(() => MoneyType, { description: 'The amount committed' })
  amount(@Root() commitment: BudgetCommitment): MoneyType {
    return euros(commitment.amountCents);
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'What was actually spent; null until executed' })
  executedAmount(@Root() commitment: BudgetCommitment): MoneyType | null {
    return commitment.executedCents === null ? null : euros(commitment.executedCents);
  }

  @FieldResolver(() => LedgerEntry, { nullable: true, description: 'The ledger entry that booked the spending; null until executed' })
  ledgerEntry(@Root() commitment: BudgetCommitment, @Ctx() ctx: FinanceContext) {
    return ctx.commitments.ledgerEntry(commitment);
  }

  @FieldResolver(() => TeamProposalReference, {
    nullable: true,
    description: 'The accepted proposal this commitment carries out; null where the teams service does not show it to the caller',
  })
  proposal(@Root() commitment: BudgetCommitment): TeamProposalReference {
    return { id: commitment.proposalId };
  }

  @FieldResolver(() => TeamReference, { description: 'The team whose budget it is' })
  team(@Root() commitment: BudgetCommitment): TeamReference {
    return { id: commitment.teamId };
  }
}
