import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ImpactContext } from '../context';
import { ConsumerPriceIndexYear } from './consumer-price-index.entity';
import { SetConsumerPriceIndexInput } from './consumer-price-index.inputs';

@Resolver(() => ConsumerPriceIndexYear)
export class ConsumerPriceIndexResolver {
  @Authorized()
  @Query(() => [ConsumerPriceIndexYear], {
    description: 'The CBS consumer price index per year, oldest first: what reports index prices and costs with',
  })
  consumerPriceIndex(@Ctx() ctx: ImpactContext) {
    return ctx.loaders.consumerPriceIndex.load('all');
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ConsumerPriceIndexYear, { description: 'Adds or corrects the consumer price index of one year (admins; audited)' })
  setConsumerPriceIndex(
    @Arg('input', () => SetConsumerPriceIndexInput, {
      description: 'The year, its index, base and source; the version you read to correct it',
    })
    input: SetConsumerPriceIndexInput,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.priceIndex.set(input);
  }
}
