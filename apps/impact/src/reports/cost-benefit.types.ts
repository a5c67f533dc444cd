import { MoneyType } from '@buurtvolk/subgraph-kit';
import { Theme } from '@buurtvolk/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('ImpactCostLine')
export class CostLine {
  @Field(() => Int)
  year: number;

  @Field({ description: 'Budget category the money was allocated to' })
  category: string;

  @Field(() => MoneyType)
  amount: MoneyType;

  @Field(() => Int, { description: 'Ledger bookings behind the amount' })
  bookings: number;
}

export enum EffectCategory {
  INFORMAL_HELP = 'INFORMAL_HELP',
  TRAINING = 'TRAINING',
  RESIDENTS_REACHED = 'RESIDENTS_REACHED',
  PARTICIPANT_WELLBEING = 'PARTICIPANT_WELLBEING',
  SOCIAL_COHESION = 'SOCIAL_COHESION',
}
registerEnumType(EffectCategory, { name: 'ImpactEffectCategory' });

export enum Beneficiary {
  MUNICIPALITY = 'MUNICIPALITY',
  HOUSING_CORPORATION = 'HOUSING_CORPORATION',
  CARE_INSURER = 'CARE_INSURER',
  RESIDENTS = 'RESIDENTS',
}
registerEnumType(Beneficiary, { name: 'ImpactBeneficiary', description: 'Who gains from an effect' });

@ObjectType('ImpactEffectLine', { description: 'One effect: quantity × price = value, with the price’s source; value empty where no price is published' })
export class EffectLine {
  @Field(() => Int)
  year: number;

  @Field(() => EffectCategory)
  category: EffectCategory;

  @Field(() => Theme, { nullable: true })
  theme: Theme | null;

  @Field(() => Beneficiary)
  beneficiary: Beneficiary;

  @Field(() => Float, { nullable: true, description: 'Null when the figure itself is hidden (a group under 10)' })
  quantity: number | null;

  @Field()
  unit: string;

  @Field()
  priceItem: string;

  @Field(() => Int, { nullable: true })
  priceYear: number | null;

  @Field(() => MoneyType, { nullable: true })
  price: MoneyType | null;

  @Field(() => MoneyType, { nullable: true })
  value: MoneyType | null;

  @Field(() => MoneyType, { nullable: true })
  valueLow: MoneyType | null;

  @Field(() => MoneyType, { nullable: true })
  valueHigh: MoneyType | null;

  @Field()
  source: string;

  @Field({ description: 'The sum written out, e.g. "6200.0 hour × €13.10 = €81220.00"' })
  calculation: string;
}

@ObjectType('ImpactBeneficiaryValue')
export class BeneficiaryValue {
  @Field(() => Beneficiary)
  beneficiary: Beneficiary;

  @Field(() => MoneyType)
  value: MoneyType;

  @Field(() => MoneyType)
  valueLow: MoneyType;

  @Field(() => MoneyType)
  valueHigh: MoneyType;
}

@ObjectType('ImpactAgreedReturn', { description: 'The social return a funding agreement promised' })
export class AgreedReturn {
  @Field(() => ID)
  agreementId: string;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Cents back per euro, e.g. 190' })
  centsPerEuro: number;

  @Field(() => Float, { description: 'As a ratio, e.g. 1.9' })
  ratio: number;
}

@ObjectType('ImpactCostBenefit', { description: 'Social cost-benefit summary (MKBA): costs from the ledger against the monetised effects' })
export class CostBenefit {
  @Field(() => Float)
  discountRatePercent: number;

  @Field(() => Int, { description: 'The price year asked for; each line says the year of the price it used' })
  priceYear: number;

  @Field(() => Int, { description: 'The year values are discounted to' })
  baseYear: number;

  @Field(() => [CostLine])
  costs: CostLine[];

  @Field(() => MoneyType)
  totalCosts: MoneyType;

  @Field(() => [EffectLine])
  effects: EffectLine[];

  @Field(() => [BeneficiaryValue])
  benefitsByBeneficiary: BeneficiaryValue[];

  @Field(() => MoneyType)
  totalBenefits: MoneyType;

  @Field(() => MoneyType)
  totalBenefitsLow: MoneyType;

  @Field(() => MoneyType)
  totalBenefitsHigh: MoneyType;

  @Field(() => Float, { nullable: true, description: 'Benefits per euro of cost; null without costs' })
  benefitCostRatio: number | null;

  @Field(() => Float, { nullable: true })
  benefitCostRatioLow: number | null;

  @Field(() => Float, { nullable: true })
  benefitCostRatioHigh: number | null;

  @Field(() => MoneyType, { description: 'Discounted benefits minus discounted costs' })
  netPresentValue: MoneyType;

  @Field(() => MoneyType)
  netPresentValueLow: MoneyType;

  @Field(() => MoneyType)
  netPresentValueHigh: MoneyType;

  @Field(() => [AgreedReturn], { description: 'What the funding agreements in scope promised, beside the ratio' })
  agreedReturns: AgreedReturn[];
}

// What the summary is computed from: plain data, not part of the schema. An ImpactReport carries it so that
// costBenefit can be resolved later with the discount rate and price year the caller asks for.

/** The quantities of one year that effects are valued from; null where the figure is hidden. */
export interface YearQuantities {
  year: number;
  minutesByTheme: Partial<Record<Theme, number>>;
  certificates: number | null;
  residentsReached: number;
  /** Sum over participants and domains of the change since intake; only in the last year, as it accumulates. */
  wellbeingPoints: number | null;
  /** Sum over the neighbourhoods of the cohesion score's change since the previous wave fielded that year. */
  cohesionPoints: number | null;
}

export interface CostInput {
  year: number;
  category: string;
  cents: number;
  bookings: number;
}

export interface CostBenefitBasis {
  baseYear: number;
  years: YearQuantities[];
  costs: CostInput[];
  agreements: AgreedReturn[];
}
