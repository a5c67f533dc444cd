import { Role } from '@buurtvolk/identity';
import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { IsUUID, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../context';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { VolunteerReference } from '../references';
import type { Receivable } from './receivable.service';

@ObjectType('Receivable', { description: 'Money a volunteer owes back, offset against their next payments unless written off' })
class ReceivableType {
  volunteerId: string;
  owedCents: number;

  @Field(() => MoneyType, { description: 'What the volunteer owes back' })
  owed(): MoneyType {
    return euros(this.owedCents);
  }
}

@InputType('WriteOffReceivableInput', { description: 'The volunteer whose debt to forgive and why' })
class WriteOffReceivableInput {
  @Field(() => ID, { description: 'The volunteer who owes money back' })
  @IsUUID()
  volunteerId: string;

  @Field({ description: 'Why the foundation forgives it; kept in the ledger' })
  @Length(3, 300)
  reason: string;

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}

@Resolver(() => ReceivableType)
export class ReceivableResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ReceivableType], { description: 'Volunteers who owe money back, most first' })
  async receivables(@Ctx() ctx: FinanceContext): Promise<ReceivableType[]> {
    return (await ctx.receivables.list()).map((receivable: Receivable) => Object.assign(new ReceivableType(), receivable));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LedgerEntry, { description: 'Writes off what a volunteer owes back (never one’s own); audited' })
  writeOffReceivable(
    @Arg('input', { description: 'The volunteer and the reason' }) input: WriteOffReceivableInput,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.receivables.writeOff(input.volunteerId, input.reason, input.idempotencyKey);
  }

  @FieldResolver(() => VolunteerReference, { description: 'The volunteer who owes it' })
  volunteer(@Root() receivable: ReceivableType): VolunteerReference {
    return { id: receivable.volunteerId };
  }
}
