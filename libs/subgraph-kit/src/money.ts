import { money } from '@buurtvolk/domain';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * Money in whole cents with its currency (DESIGN.md), the one `Money` type of every subgraph. Shared safely: it has
 * no field resolvers that could carry one subgraph's fields into another's schema.
 */
@ObjectType('Money')
@Directive('@shareable')
export class MoneyType {
  @Field(() => Int)
  cents: number;

  @Field()
  currency: string;
}

/** Cents as Money; bigint columns arrive as strings, and computed values (quantity × price) round to the cent. */
export function euros(cents: number | string | bigint): MoneyType {
  return money(Math.round(Number(cents)));
}
