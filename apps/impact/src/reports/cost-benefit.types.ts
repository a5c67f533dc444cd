import { MoneyType } from '@buurtvolk/subgraph-kit';
import { Theme } from '@buurtvolk/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('ImpactCostLine')
export class CostLine {
  @Field(() => Int)
  year: number;

  @Field({ description: 'Budget category the money was allocated to' })
  category: string;

  @Field(() => MoneyType, { description: 'As booked, in the prices of its year (nominal)' })
  amount: MoneyType;

  @Field(() => Float, {
    nullable: true,
    description:
      'CPI of the price level divided by the CPI of the cost’s year (4 decimals); null when either year has no index, and then the cost counts nominal',
  })
  indexFactor: number | null;

  @Field(() => MoneyType, {
    description: 'The amount at the report’s price level (amount × indexFactor, whole cents); what the totals add up',
  })
  amountAtPriceLevel: MoneyType;

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

@ObjectType('ImpactEffectLine', {
  description: 'One effect: quantity × price = value, with the price’s source; value empty where no price is published',
})
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

  @Field(() => Int, { nullable: true, description: 'The year whose price level the published price is in' })
  priceYear: number | null;

  @Field(() => MoneyType, { nullable: true, description: 'The price as published, in the prices of its price year' })
  publishedPrice: MoneyType | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'CPI of the report’s price level divided by the CPI of the price year (4 decimals); null when either has no index or no price is published',
  })
  indexFactor: number | null;

  @Field(() => MoneyType, {
    nullable: true,
    description: 'The price used: the published price at the report’s price level (publishedPrice × indexFactor, whole cents)',
  })
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

@ObjectType('ImpactPriceIndexFactor', { description: 'One year of the consumer price index as a report used it' })
export class PriceIndexFactor {
  @Field(() => Int, { description: 'A year a price or a cost of the report is in' })
  year: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The CPI of that year; null when none is stored (then that year’s amounts stay nominal)',
  })
  indexValue: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'CPI of the price level / CPI of this year: what that year’s amounts are multiplied by',
  })
  factor: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the year’s CPI is not CBS’s final figure yet' })
  provisional: boolean | null;
}

export enum SensitivityCase {
  PRICES_LOW = 'PRICES_LOW',
  PRICES_HIGH = 'PRICES_HIGH',
  BASELINE_ZERO = 'BASELINE_ZERO',
  BASELINE_50_PERCENT_HIGHER = 'BASELINE_50_PERCENT_HIGHER',
  DISCOUNT_RATE_0 = 'DISCOUNT_RATE_0',
  DISCOUNT_RATE_4 = 'DISCOUNT_RATE_4',
}
registerEnumType(SensitivityCase, {
  name: 'ImpactSensitivityCase',
  description: 'One variation of the cost-benefit summary, all else as in the central case',
  valuesConfig: {
    PRICES_LOW: { description: 'Every price at the low end of its range' },
    PRICES_HIGH: { description: 'Every price at the high end of its range' },
    BASELINE_ZERO: { description: 'No hours that would have been given anyway: every hour counts as extra' },
    BASELINE_50_PERCENT_HIGHER: { description: 'The baseline (hours given anyway) 50 % higher than assumed' },
    DISCOUNT_RATE_0: { description: 'No discounting (0 %)' },
    DISCOUNT_RATE_4: { description: 'A discount rate of 4 %' },
  },
});

@ObjectType('ImpactSensitivityResult', { description: 'The totals and the ratio under one sensitivity case' })
export class SensitivityResult {
  @Field(() => SensitivityCase, { description: 'Which assumption is varied' })
  case: SensitivityCase;

  @Field(() => Float, { description: 'The discount rate of this case, percent' })
  discountRatePercent: number;

  @Field(() => Float, { description: 'The baseline of this case: percent of the informal-help hours counted as given anyway' })
  baselinePercent: number;

  @Field(() => MoneyType, { description: 'Discounted benefits at the report’s price level' })
  totalBenefits: MoneyType;

  @Field(() => MoneyType, { description: 'Discounted costs at the report’s price level' })
  totalCosts: MoneyType;

  @Field(() => Float, { nullable: true, description: 'Benefits per euro of cost; null without costs' })
  benefitCostRatio: number | null;

  @Field(() => MoneyType, { description: 'Discounted benefits minus discounted costs' })
  netPresentValue: MoneyType;
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

  @Field(() => Int, {
    nullable: true,
    description:
      'The price level (prijspeil) every price and cost is indexed to with the CPI: the price year asked for, or the latest year before it with an index; null when no index is stored (then all amounts are nominal)',
  })
  priceLevelYear: number | null;

  @Field(() => String, { nullable: true, description: 'The base of the consumer price index used, e.g. "2015=100"' })
  priceIndexBase: string | null;

  @Field(() => [PriceIndexFactor], { description: 'The index and factor of every year a price or cost of the summary is in' })
  priceIndex: PriceIndexFactor[];

  @Field(() => Float, {
    description:
      'Percent of the informal-help hours counted as given anyway (baseline); 0 while no baseline is recorded, so every hour counts as extra',
  })
  baselinePercent: number;

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

  @Field(() => [SensitivityResult], {
    description: 'The ratio under other assumptions: prices low and high, baseline 0 and 50 % higher, discount rate 0 % and 4 %',
  })
  sensitivity: SensitivityResult[];

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
