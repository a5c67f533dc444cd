import { Role } from '@buurtvolk/identity';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { euros, MoneyType, VersionedInput } from '@buurtvolk/subgraph-kit';
import { PositiveMoneyInput } from '../ledger/money';
import { ExpenseCategory, ExpenseClaim, ExpenseClaimItem } from './expense-claim.entity';

@InputType('ExpenseClaimItemInput')
class ExpenseClaimItemInput {
  @Field(() => ExpenseCategory)
  @IsEnum(ExpenseCategory)
  category: ExpenseCategory;

  @Field(() => LocalDateResolver)
  spentOn: string;

  @Field(() => PositiveMoneyInput)
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field({ description: 'Where the receipt file is kept' })
  @Length(1, 300)
  receiptRef: string;

  @Field({ description: 'SHA-256 of the receipt file, hexadecimal' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'receiptSha256 must be 64 hexadecimal characters' })
  receiptSha256: string;
}

@InputType('DraftExpenseClaimInput')
class DraftExpenseClaimInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => [ExpenseClaimItemInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  items: ExpenseClaimItemInput[];

  @Field()
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('DecideExpenseClaimInput')
class DecideExpenseClaimInput extends VersionedInput {
  @Field({ description: 'Why; the volunteer sees it' })
  @Length(3, 500)
  reason: string;
}

@Resolver(() => ExpenseClaim)
export class ExpenseClaimResolver {
  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Drafts a claim for your own proven costs' })
  draftExpenseClaim(@Arg('input') input: DraftExpenseClaimInput, @Ctx() ctx: FinanceContext) {
    return ctx.claims.draft(input.teamId, input.items.map(({ amount, ...item }) => ({ ...item, amountCents: amount.cents })), input.idempotencyKey);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim)
  submitExpenseClaim(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: FinanceContext) {
    return ctx.claims.submit(id, version);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Approves a submitted claim (never your own) and books it' })
  approveExpenseClaim(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('idempotencyKey') idempotencyKey: string, @Ctx() ctx: FinanceContext) {
    return ctx.claims.approve(id, version, idempotencyKey);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim)
  rejectExpenseClaim(@Arg('input') input: DecideExpenseClaimInput, @Ctx() ctx: FinanceContext) {
    return ctx.claims.reject(input.id, input.version, input.reason);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ExpenseClaim, { description: 'Sends a claim back to the volunteer as INCOMPLETE' })
  returnExpenseClaim(@Arg('input') input: DecideExpenseClaimInput, @Ctx() ctx: FinanceContext) {
    return ctx.claims.sendBack(input.id, input.version, input.reason);
  }

  @FieldResolver(() => [ExpenseClaimItem])
  items(@Root() claim: ExpenseClaim, @Ctx() ctx: FinanceContext) {
    return ctx.claims.itemsOf(claim.id);
  }
}

@Resolver(() => ExpenseClaimItem)
export class ExpenseClaimItemResolver {
  @FieldResolver(() => MoneyType)
  amount(@Root() item: ExpenseClaimItem): MoneyType {
    return euros(item.amountCents);
  }
}
