import { money } from '@buurtvolk/domain';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * Money in whole cents with its currency (DESIGN.md), the one `Money` type of every subgraph. Shared safely: it has
 * no field resolvers that could carry one subgraph's fields into another's schema.
 */
@ObjectType('Money', { description: 'An amount of money in whole cents with its currency' })
@Directive('@shareable')
export class MoneyType {
  @Field(() => Int, { description: 'The amount in whole cents (1250 is €12.50)' })
  cents: number;

  @Field({ description: 'ISO 4217 currency code; EUR throughout the platform' })
  currency: string;
}

/** Cents as Money; bigint columns arrive as strings, and computed values (quantity × price) round to the cent. */
export function euros(cents: number | string | bigint): MoneyType {
  return money(Math.round(Number(cents)));
}
