import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** Money in whole cents with its currency (DESIGN.md); the same shape as every subgraph's Money. */
@ObjectType('Money')
@Directive('@shareable')
export class MoneyType {
  @Field(() => Int)
  cents: number;

  @Field()
  currency: string;
}

export function euros(cents: number): MoneyType {
  return { cents: Math.round(cents), currency: 'EUR' };
}

export function nullableEuros(cents: number | null): MoneyType | null {
  return cents === null ? null : euros(cents);
}
