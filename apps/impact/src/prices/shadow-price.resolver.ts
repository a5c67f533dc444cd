import { MoneyType } from '@buurtvolk/subgraph-kit';
import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ImpactContext } from '../context';
import { nullableEuros } from '../money';
import { ShadowPrice } from './shadow-price.entity';
import { SetShadowPriceInput } from './shadow-price.inputs';

@Resolver(() => ShadowPrice)
export class ShadowPriceResolver {
  @Authorized()
  @Query(() => [ShadowPrice], { description: 'The price list that holds for a year: per item its newest price of that year or before' })
  shadowPrices(@Arg('year', () => Int, { description: 'The price year' }) year: number, @Ctx() ctx: ImpactContext) {
    return ctx.prices.listFor(ctx.policy.checkedYear(year));
  }

  @Authorized()
  @Query(() => [Int], { description: 'Years with prices of their own, newest first' })
  shadowPriceYears(@Ctx() ctx: ImpactContext) {
    return ctx.prices.priceYears();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShadowPrice, { description: 'Sets the price of one item for one price year (admins)' })
  setShadowPrice(
    @Arg('input', () => SetShadowPriceInput, { description: 'The item, price year, amounts and source' }) input: SetShadowPriceInput,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.prices.set(input);
  }

  @FieldResolver(() => MoneyType, { nullable: true, description: 'Per unit; empty when no figure is published' })
  value(@Root() price: ShadowPrice) {
    return nullableEuros(price.valueCents);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'Per unit, the low end of the published range; empty when none is published',
  })
  low(@Root() price: ShadowPrice) {
    return nullableEuros(price.lowCents);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'Per unit, the high end of the published range; empty when none is published',
  })
  high(@Root() price: ShadowPrice) {
    return nullableEuros(price.highCents);
  }
}
