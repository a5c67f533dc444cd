import { Role } from '@buurtvolk/identity';
import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { LedgerCheck, LedgerEntry } from '../ledger/ledger-entry.entity';
import { checkYear } from '../ledger/year-end';
import { NeighbourhoodReference, PartnerReference, TeamReference } from '../references';
import { FundingAgreement } from './funding-agreement.entity';
import { AllocateBudgetInput, BudgetCategory, CreateFundingAgreementInput, ReverseLedgerEntryInput } from './funding.inputs';

@ObjectType('BudgetLine', { description: 'One category of a team’s budget for a year; spent and left are derived from the ledger' })
class BudgetLineType {
  @Field(() => BudgetCategory)
  category: BudgetCategory;

  @Field(() => MoneyType)
  allocated: MoneyType;

  @Field(() => MoneyType)
  spent: MoneyType;

  @Field(() => MoneyType)
  left: MoneyType;
}

@ObjectType('AgreementAllocation', { description: 'What a funding agreement has put into one team budget, net of reversals' })
class AgreementAllocationType {
  teamId: string;

  @Field(() => Int)
  year: number;

  @Field(() => BudgetCategory)
  category: BudgetCategory;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field(() => TeamReference)
  team(): TeamReference {
    return { id: this.teamId };
  }
}

@Resolver(() => FundingAgreement)
export class FundingAgreementResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [FundingAgreement])
  fundingAgreements(@Ctx() ctx: FinanceContext) {
    return ctx.dataSource.getRepository(FundingAgreement).find({ order: { startsOn: 'ASC', title: 'ASC', id: 'ASC' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FundingAgreement)
  createFundingAgreement(@Arg('input') input: CreateFundingAgreementInput, @Ctx() ctx: FinanceContext) {
    return ctx.funding.createAgreement(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LedgerEntry, { description: 'Allocates money from an agreement to a team’s budget category' })
  allocateBudget(@Arg('input') input: AllocateBudgetInput, @Ctx() ctx: FinanceContext) {
    return ctx.funding.allocate(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LedgerEntry, { description: 'Corrects a movement with a reversing entry; the ledger is never changed' })
  reverseLedgerEntry(@Arg('input') input: ReverseLedgerEntryInput, @Ctx() ctx: FinanceContext) {
    return ctx.funding.reverse(input);
  }

  @Authorized(Role.ADMIN)
  @Query(() => LedgerCheck, {
    description: 'Proves the ledger balances; with a year, that the year’s movements balance and none of its budgets is overspent',
  })
  ledgerCheck(
    @Ctx() ctx: FinanceContext,
    @Arg('year', () => Int, { nullable: true, description: 'A (closed) year to check on its own' }) year?: number | null,
  ) {
    if (year === undefined || year === null) return ctx.funding.check();
    ctx.policy.assertCanCloseTheBooks();
    return checkYear(ctx.dataSource, year);
  }

  @FieldResolver(() => PartnerReference)
  funder(@Root() agreement: FundingAgreement): PartnerReference {
    return { id: agreement.partnerId };
  }

  @FieldResolver(() => MoneyType)
  amount(@Root() agreement: FundingAgreement): MoneyType {
    return euros(agreement.amountCents);
  }

  @Authorized()
  @FieldResolver(() => MoneyType, { nullable: true, description: 'Allocated to team budgets so far, net of reversals (admins)' })
  async allocated(@Root() agreement: FundingAgreement, @Ctx() ctx: FinanceContext): Promise<MoneyType> {
    return euros((await ctx.funding.allocationsOf(agreement.id)).allocatedCents);
  }

  @Authorized()
  @FieldResolver(() => MoneyType, { nullable: true, description: 'What is left to allocate: the amount less what is allocated (admins)' })
  async unallocated(@Root() agreement: FundingAgreement, @Ctx() ctx: FinanceContext): Promise<MoneyType> {
    return euros(Number(agreement.amountCents) - (await ctx.funding.allocationsOf(agreement.id)).allocatedCents);
  }

  @Authorized()
  @FieldResolver(() => [AgreementAllocationType], {
    nullable: true,
    description: 'What the agreement has put into each team budget, by year, team and category (admins)',
  })
  async allocations(@Root() agreement: FundingAgreement, @Ctx() ctx: FinanceContext): Promise<AgreementAllocationType[]> {
    return (await ctx.funding.allocationsOf(agreement.id)).allocations.map(({ cents, ...allocation }) =>
      Object.assign(new AgreementAllocationType(), { ...allocation, amount: euros(cents) }),
    );
  }

  @FieldResolver(() => [TeamReference])
  teams(@Root() agreement: FundingAgreement): TeamReference[] {
    return agreement.teamIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [NeighbourhoodReference])
  neighbourhoods(@Root() agreement: FundingAgreement): NeighbourhoodReference[] {
    return agreement.neighbourhoodIds.map((id) => ({ id }));
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @FieldResolver(() => MoneyType)
  amount(@Root() entry: LedgerEntry): MoneyType {
    return euros(entry.amountCents);
  }
}

@Resolver(() => TeamReference)
export class TeamBudgetResolver {
  @Authorized()
  @FieldResolver(() => [BudgetLineType], { nullable: true, description: 'The team’s budget for a year, per category' })
  async budget(@Root() team: TeamReference, @Arg('year', () => Int) year: number, @Ctx() ctx: FinanceContext) {
    ctx.policy.assertCanSeeBudget(team.id);
    return (await ctx.funding.budgetLines(team.id, year)).map((line) => ({
      category: line.category,
      allocated: euros(line.allocatedCents),
      spent: euros(line.spentCents),
      left: euros(line.leftCents),
    }));
  }
}

@Resolver(() => PartnerReference)
export class PartnerFundingResolver {
  @Authorized()
  @FieldResolver(() => [FundingAgreement], { nullable: true, description: 'Agreements this partner funds; for that partner and admins' })
  fundingAgreements(@Root() partner: PartnerReference, @Ctx() ctx: FinanceContext) {
    ctx.policy.assertCanSeeAgreementsOf(partner.id);
    return ctx.loaders.agreementsOfPartner.load(partner.id);
  }
}
