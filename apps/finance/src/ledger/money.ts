import { IsIn, IsInt, IsPositive, Max } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType('PositiveMoneyInput', { description: 'An amount in whole cents, more than zero' })
export class PositiveMoneyInput {
  @Field(() => Int, { description: 'Whole cents: €12.50 is 1250' })
  @IsInt({ message: 'cents must be a whole number of cents' })
  @IsPositive({ message: 'cents must be more than zero' })
  @Max(2_000_000_000)
  cents: number;

  @Field({ defaultValue: 'EUR', description: 'Only EUR' })
  @IsIn(['EUR'], { message: 'currency must be EUR' })
  currency: string = 'EUR';
}
