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

  @Field(() => MoneyType)
  owed(): MoneyType {
    return euros(this.owedCents);
  }
}

@InputType('WriteOffReceivableInput')
class WriteOffReceivableInput {
  @Field(() => ID)
  @IsUUID()
  volunteerId: string;

  @Field({ description: 'Why the foundation forgives it; kept in the ledger' })
  @Length(3, 300)
  reason: string;

  @Field()
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
  writeOffReceivable(@Arg('input') input: WriteOffReceivableInput, @Ctx() ctx: FinanceContext) {
    return ctx.receivables.writeOff(input.volunteerId, input.reason, input.idempotencyKey);
  }

  @FieldResolver(() => VolunteerReference)
  volunteer(@Root() receivable: ReceivableType): VolunteerReference {
    return { id: receivable.volunteerId };
  }
}
