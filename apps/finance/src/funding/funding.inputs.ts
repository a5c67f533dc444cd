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
registerEnumType(BudgetCategory, { name: 'BudgetCategory' });

@InputType('CreateFundingAgreementInput')
export class CreateFundingAgreementInput {
  @Field(() => ID, { description: 'The funder (a partner organisation)' })
  @IsUUID()
  partnerId: string;

  @Field()
  @Length(1, 150)
  title: string;

  @Field(() => PositiveMoneyInput)
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver)
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

@InputType('AllocateBudgetInput')
export class AllocateBudgetInput {
  @Field(() => ID)
  @IsUUID()
  agreementId: string;

  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => BudgetCategory)
  @IsEnum(BudgetCategory)
  category: BudgetCategory;

  @Field(() => PositiveMoneyInput)
  @ValidateNested()
  amount: PositiveMoneyInput;

  @Field()
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType('ReverseLedgerEntryInput')
export class ReverseLedgerEntryInput {
  @Field(() => ID)
  @IsUUID()
  entryId: string;

  @Field()
  @Length(3, 500)
  reason: string;

  @Field()
  @Length(8, 100)
  idempotencyKey: string;
}
