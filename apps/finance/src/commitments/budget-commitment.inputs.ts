import { IsInt, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PositiveMoneyInput } from '../ledger/money';

@InputType('ExecuteBudgetCommitmentInput', {
  description: 'The actual spending of a commitment, booked in the ledger (the team’s coordinators or admins; once)',
})
export class ExecuteBudgetCommitmentInput {
  @Field(() => ID, { description: 'The commitment (BudgetCommitment.id)' })
  @IsUUID()
  commitmentId: string;

  @Field(() => PositiveMoneyInput, { description: 'What was actually spent: at most the amount committed' })
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field(() => LocalDateResolver, { description: 'The day it was spent: not before the decision, not in the future' })
  spentOn: string;

  @Field({ description: 'What the money was spent on, 3 to 200 characters (no personal details)' })
  @Length(3, 200)
  spentFor: string;

  @Field(() => Int, { description: 'BudgetCommitment.version as read' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'A key of your own (8 to 100 characters): a retry with the same key books nothing twice' })
  idempotencyKey: string;
}

@InputType('CancelBudgetCommitmentInput', {
  description: 'Releases an open commitment the team will not spend (its coordinators or admins)',
})
export class CancelBudgetCommitmentInput {
  @Field(() => ID, { description: 'The commitment (BudgetCommitment.id)' })
  @IsUUID()
  commitmentId: string;

  @Field({ description: 'Why, 3 to 500 characters' })
  @Length(3, 500)
  reason: string;

  @Field(() => Int, { description: 'BudgetCommitment.version as read' })
  @IsInt()
  @Min(1)
  version: number;
}
