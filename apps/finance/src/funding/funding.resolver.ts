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
  @Field(() => BudgetCategory, { description: 'The category' })
  category: BudgetCategory;

  @Field(() => MoneyType, { description: 'Allocated from funding agreements, net of reversals' })
  allocated: MoneyType;

  @Field(() => MoneyType, { description: 'Spent on allowances, claims and other costs, net of reversals' })
  spent: MoneyType;

  @Field(() => MoneyType, { description: "Reserved by the team's open budget commitments (accepted proposals), not spent yet" })
  committed: MoneyType;

  @Field(() => MoneyType, { description: 'Allocated less spent and less committed: what is still available' })
  left: MoneyType;
}

@ObjectType('AgreementAllocation', { description: 'What a funding agreement has put into one team budget, net of reversals' })
class AgreementAllocationType {
  teamId: string;

  @Field(() => Int, { description: 'The calendar year of the budget' })
  year: number;

  @Field(() => BudgetCategory, { description: 'The category of the budget' })
  category: BudgetCategory;

  @Field(() => MoneyType, { description: 'Allocated, net of reversals' })
  amount: MoneyType;

  @Field(() => TeamReference, { description: 'The team of the budget' })
  team(): TeamReference {
    return { id: this.teamId };
  }
}

@Resolver(() => FundingAgreement)
export class FundingAgreementResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [FundingAgreement], { description: 'Every funding agreement, by start date and title (admins)' })
  fundingAgreements(@Ctx() ctx: FinanceContext) {
    return ctx.dataSource.getRepository(FundingAgreement).find({ order: { startsOn: 'ASC', title: 'ASC', id: 'ASC' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => FundingAgreement, { description: 'Records a funder’s agreement to finance teams or neighbourhoods (admins)' })
  createFundingAgreement(
    @Arg('input', { description: 'The funder, amount, period, coverage and agreed social return' }) input: CreateFundingAgreementInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.funding.createAgreement(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LedgerEntry, { description: 'Allocates money from an agreement to a team’s budget category' })
  allocateBudget(
    @Arg('input', { description: 'The agreement, team, year, category and amount' }) input: AllocateBudgetInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.funding.allocate(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LedgerEntry, { description: 'Corrects a movement with a reversing entry; the ledger is never changed' })
  reverseLedgerEntry(@Arg('input', { description: 'The entry and why' }) input: ReverseLedgerEntryInput, @Ctx() ctx: FinanceContext) {
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

  @FieldResolver(() => PartnerReference, { description: 'The partner organisation that funds it' })
  funder(@Root() agreement: FundingAgreement): PartnerReference {
    return { id: agreement.partnerId };
  }

  @FieldResolver(() => MoneyType, { description: 'The amount the funder commits' })
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

  @FieldResolver(() => [TeamReference], { description: 'Teams it covers by name' })
  teams(@Root() agreement: FundingAgreement): TeamReference[] {
    return agreement.teamIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [NeighbourhoodReference], { description: 'Neighbourhoods it covers (all teams working there)' })
  neighbourhoods(@Root() agreement: FundingAgreement): NeighbourhoodReference[] {
    return agreement.neighbourhoodIds.map((id) => ({ id }));
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @FieldResolver(() => MoneyType, { description: 'The amount moved; never negative' })
  amount(@Root() entry: LedgerEntry): MoneyType {
    return euros(entry.amountCents);
  }
}

@Resolver(() => TeamReference)
export class TeamBudgetResolver {
  @Authorized()
  @FieldResolver(() => [BudgetLineType], { nullable: true, description: 'The team’s budget for a year, per category' })
  async budget(
    @Root() team: TeamReference,
    @Arg('year', () => Int, { description: 'The calendar year' }) year: number,
    @Ctx() ctx: FinanceContext,
  ) {
    ctx.policy.assertCanSeeBudget(team.id);
    return (await ctx.funding.budgetLines(team.id, year)).map((line) => ({
      category: line.category,
      allocated: euros(line.allocatedCents),
      spent: euros(line.spentCents),
      committed: euros(line.committedCents),
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
