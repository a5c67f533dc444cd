import { Role } from '@buurtvolk/identity';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { FinanceContext } from '../context';
import { connectionTypes, euros, MoneyType, PageArgs, VersionedInput } from '@buurtvolk/subgraph-kit';
import { PositiveMoneyInput } from '../ledger/money';
import { TeamReference, VolunteerReference } from '../references';
import { ClaimItemKind, ClaimStatus, ExpenseCategory, ExpenseClaim, ExpenseClaimItem } from './expense-claim.entity';

export const ExpenseClaimConnection = connectionTypes(ExpenseClaim, 'ExpenseClaim');

@ArgsType()
class ExpenseClaimsArgs extends PageArgs {
  @Field(() => ClaimStatus, { nullable: true, description: 'Only claims with this status; all when not given' })
  @IsOptional()
  @IsEnum(ClaimStatus)
  status?: ClaimStatus;
}

@ArgsType()
class ExpenseClaimQueueArgs extends PageArgs {
  @Field(() => ClaimStatus, { defaultValue: ClaimStatus.SUBMITTED, description: 'Which claims: by default those waiting for a decision' })
  @IsEnum(ClaimStatus)
  status: ClaimStatus = ClaimStatus.SUBMITTED;
}

@InputType('ExpenseClaimItemInput', { description: 'One cost of a claim, with its receipt' })
class ExpenseClaimItemInput {
  @Field(() => ExpenseCategory, { description: 'What it was for' })
  @IsEnum(ExpenseCategory)
  category: ExpenseCategory;

  @Field(() => ClaimItemKind, {
    nullable: true,
    description:
      "OWN_COSTS or ADVANCE_FOR_FOUNDATION; by default what the category's costs usually are (travel, other: own costs; materials, food: an advance)",
  })
  @IsOptional()
  @IsEnum(ClaimItemKind)
  kind?: ClaimItemKind | null;

  @Field(() => LocalDateResolver, { description: 'The day it was spent, a date in Europe/Amsterdam' })
  spentOn: string;

  @Field(() => PositiveMoneyInput, { description: 'The amount on the receipt' })
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field({ description: 'Where the receipt file is kept' })
  @Length(1, 300)
  receiptRef: string;

  @Field({ description: 'SHA-256 of the receipt file, hexadecimal' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'receiptSha256 must be 64 hexadecimal characters' })
  receiptSha256: string;
}

@InputType('DraftExpenseClaimInput', { description: 'A claim for your own costs in a team: its items and what they were for' })
class DraftExpenseClaimInput {
  @Field(() => ID, { description: 'The team the costs were made for' })
  @IsUUID()
  teamId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the costs were for, 3 to 200 characters; whoever decides on the claim reads it',
  })
  @IsOptional()
  @Length(3, 200)
  description?: string | null;

  @Field(() => [ExpenseClaimItemInput], { description: 'The costs, 1 to 50' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  items: ExpenseClaimItemInput[];

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('DecideExpenseClaimInput', { description: 'A claim, the version you read and why it is rejected or sent back' })
class DecideExpenseClaimInput extends VersionedInput {
  @Field({ description: 'Why; the volunteer sees it' })
  @Length(3, 500)
  reason: string;
}

@Resolver(() => ExpenseClaim)
export class ExpenseClaimResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ExpenseClaimConnection, {
    description: 'The claims of every team with one status, oldest first: the queue of claims waiting for a decision (admins)',
  })
  expenseClaimQueue(@Args() args: ExpenseClaimQueueArgs, @Ctx() ctx: FinanceContext) {
    return ctx.claims.queue(args);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Drafts a claim for your own proven costs' })
  draftExpenseClaim(
    @Arg('input', { description: 'The team, the items and what they were for' }) input: DraftExpenseClaimInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.claims.draft(
      input.teamId,
      input.items.map(({ amount, ...item }) => ({ ...item, amountCents: amount.cents })),
      input.idempotencyKey,
      input.description ?? null,
    );
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Submits your own DRAFT or INCOMPLETE claim for a decision' })
  submitExpenseClaim(
    @Arg('id', () => ID, { description: 'The claim' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.claims.submit(id, version);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Approves a submitted claim (never your own) and books it' })
  approveExpenseClaim(
    @Arg('id', () => ID, { description: 'The claim' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('idempotencyKey', { description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
    idempotencyKey: string,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.claims.approve(id, version, idempotencyKey);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Rejects a submitted claim (never your own) with the reason; final' })
  rejectExpenseClaim(
    @Arg('input', { description: 'The claim, the version you read and the reason' }) input: DecideExpenseClaimInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.claims.reject(input.id, input.version, input.reason);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Sends a claim back to the volunteer as INCOMPLETE' })
  returnExpenseClaim(
    @Arg('input', { description: 'The claim, the version you read and what is missing' }) input: DecideExpenseClaimInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.claims.sendBack(input.id, input.version, input.reason);
  }

  @FieldResolver(() => [ExpenseClaimItem], { description: 'The costs claimed' })
  items(@Root() claim: ExpenseClaim, @Ctx() ctx: FinanceContext) {
    return ctx.loaders.claimItems.load(claim.id);
  }

  @FieldResolver(() => MoneyType, { description: 'The sum of the items' })
  async total(@Root() claim: ExpenseClaim, @Ctx() ctx: FinanceContext): Promise<MoneyType> {
    return euros((await ctx.loaders.claimItems.load(claim.id)).reduce((sum, item) => sum + item.amountCents, 0));
  }

  @FieldResolver(() => VolunteerReference, { description: 'The claimant' })
  volunteer(@Root() claim: ExpenseClaim): VolunteerReference {
    return { id: claim.volunteerId };
  }

  @FieldResolver(() => TeamReference, { description: 'The team the costs were made for' })
  team(@Root() claim: ExpenseClaim): TeamReference {
    return { id: claim.teamId };
  }
}

@Resolver(() => VolunteerReference)
export class VolunteerClaimsResolver {
  @Authorized()
  @FieldResolver(() => ExpenseClaimConnection, {
    nullable: true,
    description: 'The person’s expense claims, newest first; for the person and admins',
  })
  expenseClaims(@Root() volunteer: VolunteerReference, @Args() args: ExpenseClaimsArgs, @Ctx() ctx: FinanceContext) {
    return ctx.claims.listOf(volunteer.id, args);
  }
}

@Resolver(() => TeamReference)
export class TeamClaimsResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @FieldResolver(() => ExpenseClaimConnection, {
    nullable: true,
    description: 'The team’s expense claims, newest first; for admins, and for its coordinators those of its current members',
  })
  expenseClaims(@Root() team: TeamReference, @Args() args: ExpenseClaimsArgs, @Ctx() ctx: FinanceContext) {
    return ctx.claims.listOfTeam(team.id, args);
  }
}

@Resolver(() => ExpenseClaimItem)
export class ExpenseClaimItemResolver {
  @FieldResolver(() => MoneyType, { description: 'The amount on the receipt' })
  amount(@Root() item: ExpenseClaimItem): MoneyType {
    return euros(item.amountCents);
  }
}
