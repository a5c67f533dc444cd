import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PositiveMoneyInput } from '../ledger/money';

export enum BudgetCategory {
  ALLOWANCES = 'ALLOWANCES',
  ACTIVITIES = 'ACTIVITIES',
  TRAINING = 'TRAINING',
  COORDINATION = 'COORDINATION',
}
registerEnumType(BudgetCategory, {
  name: 'BudgetCategory',
  description: 'What a part of a team’s budget is for',
  valuesConfig: {
    ALLOWANCES: { description: 'Volunteer allowances are paid from it' },
    ACTIVITIES: { description: 'Activities; approved expense claims are booked on it' },
    TRAINING: { description: 'Training of volunteers' },
    COORDINATION: { description: 'Coordinating the team' },
  },
});

@InputType('CreateFundingAgreementInput', {
  description: 'A new funding agreement: the funder, amount, period, what it covers and the agreed social return',
})
export class CreateFundingAgreementInput {
  @Field(() => ID, { description: 'The funder (a partner organisation)' })
  @IsUUID()
  partnerId: string;

  @Field({ description: 'A name for the agreement, 1 to 150 characters' })
  @Length(1, 150)
  title: string;

  @Field(() => PositiveMoneyInput, { description: 'The amount the funder commits' })
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field(() => LocalDateResolver, { description: 'The first day of the period, a date in Europe/Amsterdam' })
  startsOn: string;

  @Field(() => LocalDateResolver, { description: 'The last day of the period, a date in Europe/Amsterdam' })
  endsOn: string;

  @Field(() => [ID], { nullable: true, description: 'Teams it covers' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(1000)
  teamIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Neighbourhoods it covers (all teams working there)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(1000)
  neighbourhoodIds?: string[];

  @Field(() => Int, { description: 'Agreed social return in cents per euro: 190 is "€1.90 back per €1"' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  socialReturnCentsPerEuro: number;

  @Field({ description: 'A retry with the same key returns the first result' })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('AllocateBudgetInput', { description: 'Money from an agreement for one category of a team’s budget in a year' })
export class AllocateBudgetInput {
  @Field(() => ID, { description: 'The funding agreement the money comes from' })
  @IsUUID()
  agreementId: string;

  @Field(() => ID, { description: 'The team; the agreement covers it' })
  @IsUUID()
  teamId: string;

  @Field(() => Int, { description: 'The calendar year of the budget, within the agreement’s period' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => BudgetCategory, { description: 'The category of the budget' })
  @IsEnum(BudgetCategory)
  category: BudgetCategory;

  @Field(() => PositiveMoneyInput, { description: 'The amount; never more than the agreement has left to allocate' })
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('ReverseLedgerEntryInput', { description: 'The ledger entry to reverse and why' })
export class ReverseLedgerEntryInput {
  @Field(() => ID, { description: 'The entry to reverse; not a reversal or a payout' })
  @IsUUID()
  entryId: string;

  @Field({ description: 'Why, 3 to 500 characters; kept in the reversing entry’s description' })
  @Length(3, 500)
  reason: string;

  @Field({ description: 'A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -)' })
  @Length(8, 100)
  idempotencyKey: string;
}
