import { IsIn, IsInt, IsPositive, Max } from 'class-validator';
import { Directive, Field, InputType, Int, ObjectType } from 'type-graphql';

/** Money in whole cents with its currency (DESIGN.md); only euros circulate. */
@ObjectType('Money')
@Directive('@shareable')
export class MoneyType {
  @Field(() => Int)
  cents: number;

  @Field()
  currency: string;
}

@InputType('PositiveMoneyInput', { description: 'An amount in whole cents, more than zero' })
export class PositiveMoneyInput {
  @Field(() => Int, { description: 'Whole cents: €12.50 is 1250' })
  @IsInt({ message: 'cents must be a whole number of cents' })
  @IsPositive({ message: 'cents must be more than zero' })
  @Max(2_000_000_000)
  cents: number;

  @Field({ defaultValue: 'EUR' })
  @IsIn(['EUR'], { message: 'currency must be EUR' })
  currency: string = 'EUR';
}

export function euros(cents: number | string | bigint): MoneyType {
  return { cents: Number(cents), currency: 'EUR' };
}
