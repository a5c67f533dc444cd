import { MoneyType } from '@buurtvolk/subgraph-kit';
import { Theme } from '@buurtvolk/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Actor {
  MUNICIPALITY = 'MUNICIPALITY',
  HOUSING_CORPORATION = 'HOUSING_CORPORATION',
  CARE_INSURER = 'CARE_INSURER',
  RESIDENTS = 'RESIDENTS',
  VOLUNTEERS = 'VOLUNTEERS',
  FOUNDATION_OTHER = 'FOUNDATION_OTHER',
}
registerEnumType(Actor, {
  name: 'ImpactActor',
  description: 'Who pays or gains in the MKBA’s table per actor',
  valuesConfig: {
    MUNICIPALITY: { description: 'Municipalities: funders whose partner is a municipality, and the effects that benefit municipalities' },
    HOUSING_CORPORATION: {
      description: 'Housing corporations: funders whose partner is a housing corporation, and the effects that benefit them',
    },
    CARE_INSURER: { description: 'Care insurers and care institutions' },
    RESIDENTS: { description: 'The neighbourhood’s residents: they gain effects and pay no costs' },
    VOLUNTEERS: { description: 'The team members themselves (allowances received)' },
    FOUNDATION_OTHER: { description: 'The foundation, other funders, and funders whose kind is not known' },
  },
});

@ObjectType('ImpactCostLine', { description: 'Money allocated from funding agreements to the teams’ budgets in one year and category' })
export class CostLine {
  @Field(() => Actor, { description: 'Who paid: the actor of the funding agreement’s partner (FOUNDATION_OTHER when unknown)' })
  payer: Actor;

  @Field(() => Int, { description: 'The year the cost was booked in' })
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
  PARTICIPATION = 'PARTICIPATION',
  LONELINESS = 'LONELINESS',
  INFORMAL_CARE_RESIDENTS = 'INFORMAL_CARE_RESIDENTS',
}
registerEnumType(EffectCategory, {
  name: 'ImpactEffectCategory',
  description: 'What kind of effect a line of the cost-benefit summary values',
  valuesConfig: {
    INFORMAL_HELP: { description: 'Net extra hours of informal help given by volunteers (hours)' },
    TRAINING: { description: 'Certificates earned by team members' },
    RESIDENTS_REACHED: { description: 'Residents reached by completed activities (head counts)' },
    PARTICIPANT_WELLBEING: { description: 'Points of wellbeing gained by participants since intake' },
    SOCIAL_COHESION: { description: 'Points gained on the neighbourhoods’ social cohesion scale' },
    PARTICIPATION: { description: 'Team members who moved into paid work, education or a training path (people)' },
    LONELINESS: { description: 'Team members no longer lonely on the De Jong Gierveld scale, net (people)' },
    INFORMAL_CARE_RESIDENTS: {
      description: 'Residents helped by informal-care activities (head counts; part of RESIDENTS_REACHED, never to be valued twice)',
    },
  },
});

export enum Beneficiary {
  MUNICIPALITY = 'MUNICIPALITY',
  HOUSING_CORPORATION = 'HOUSING_CORPORATION',
  CARE_INSURER = 'CARE_INSURER',
  RESIDENTS = 'RESIDENTS',
}
registerEnumType(Beneficiary, {
  name: 'ImpactBeneficiary',
  description: 'Who gains from an effect',
  valuesConfig: {
    MUNICIPALITY: { description: 'Municipalities' },
    HOUSING_CORPORATION: { description: 'Housing corporations' },
    CARE_INSURER: { description: 'Care insurers and care institutions' },
    RESIDENTS: { description: 'The neighbourhood’s residents' },
  },
});

@ObjectType('ImpactEffectLine', {
  description: 'One effect: quantity × price = value, with the price’s source; value empty where no price is published',
})
export class EffectLine {
  @Field(() => Int, { description: 'The year the effect happened in' })
  year: number;

  @Field(() => EffectCategory, { description: 'What kind of effect' })
  category: EffectCategory;

  @Field(() => Theme, { nullable: true, description: 'The theme of the hours, for INFORMAL_HELP; null for other categories' })
  theme: Theme | null;

  @Field(() => Beneficiary, { description: 'Who gains from it' })
  beneficiary: Beneficiary;

  @Field(() => Float, { nullable: true, description: 'Null when the figure itself is hidden (a group under 10)' })
  quantity: number | null;

  @Field({ description: 'What one unit of the quantity is, e.g. "hour"' })
  unit: string;

  @Field({ description: 'The ShadowPriceItem priced; empty when there is no price list' })
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

  @Field(() => MoneyType, {
    nullable: true,
    description: 'quantity × price, undiscounted; null when not valued (no published price or a hidden quantity)',
  })
  value: MoneyType | null;

  @Field(() => MoneyType, {
    nullable: true,
    description:
      'The part of the value attributed to the report’s funding agreement (value × its share of that year); equal to value outside an agreement’s report',
  })
  attributedValue: MoneyType | null;

  @Field(() => MoneyType, { nullable: true, description: 'quantity × the low end of the price range; null without one' })
  valueLow: MoneyType | null;

  @Field(() => MoneyType, { nullable: true, description: 'quantity × the high end of the price range; null without one' })
  valueHigh: MoneyType | null;

  @Field({ description: 'Where the price comes from; "No price list" without one' })
  source: string;

  @Field({ description: 'The sum written out, e.g. "6200.0 hour × €13.10 = €81220.00"' })
  calculation: string;
}

@ObjectType('ImpactBeneficiaryValue', { description: 'What the effects are worth to one beneficiary, discounted to the base year' })
export class BeneficiaryValue {
  @Field(() => Beneficiary, { description: 'Who gains' })
  beneficiary: Beneficiary;

  @Field(() => MoneyType, { description: 'Present value of their effects at the central prices' })
  value: MoneyType;

  @Field(() => MoneyType, { description: 'The same at the low end of the price ranges' })
  valueLow: MoneyType;

  @Field(() => MoneyType, { description: 'The same at the high end of the price ranges' })
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
  @Field(() => ID, { description: 'The funding agreement (FundingAgreement.id)' })
  agreementId: string;

  @Field({ description: 'The agreement’s name' })
  title: string;

  @Field(() => Int, { description: 'Cents back per euro, e.g. 190' })
  centsPerEuro: number;

  @Field(() => Float, { description: 'As a ratio, e.g. 1.9' })
  ratio: number;
}

export enum AttributionBasis {
  BOOKED_COSTS = 'BOOKED_COSTS',
  COMMITTED_FUNDING = 'COMMITTED_FUNDING',
  NONE = 'NONE',
}
registerEnumType(AttributionBasis, {
  name: 'ImpactAttributionBasis',
  description: 'What an agreement’s share of a year is taken of',
  valuesConfig: {
    BOOKED_COSTS: { description: 'Its booked costs over all agreements’ booked costs on the same teams that year' },
    COMMITTED_FUNDING: {
      description: 'No costs booked that year: its committed money (spread over its days) over all agreements financing the same teams',
    },
    NONE: { description: 'Neither costs nor committed money that year: nothing is attributed' },
  },
});

@ObjectType('ImpactAttributionYear', { description: 'A funding agreement’s share of one year' })
export class AttributionYear {
  @Field(() => Int, { description: 'A calendar year of the agreement’s period' })
  year: number;

  @Field(() => AttributionBasis, { description: 'What the share of this year is taken of' })
  basis: AttributionBasis;

  @Field(() => MoneyType, { description: 'The agreement’s booked costs (or committed money) that year, nominal' })
  agreementAmount: MoneyType;

  @Field(() => MoneyType, { description: 'All agreements’ booked costs (or committed money) on the same teams that year, nominal' })
  areaAmount: MoneyType;

  @Field(() => Float, { description: 'agreementAmount / areaAmount × 100, two decimals' })
  sharePercent: number;
}

@ObjectType('ImpactAttribution', {
  description:
    'How much of the benefits a funding agreement may claim: per year its share of the costs in the same period and area; co-funders’ shares add up to the whole',
})
export class Attribution {
  @Field(() => ID, { description: 'The funding agreement the report is about (FundingAgreement.id)' })
  agreementId: string;

  @Field(() => Float, { description: 'Attributed benefits / whole benefits × 100 (discounted), two decimals' })
  sharePercent: number;

  @Field(() => [AttributionYear], { description: 'The agreement’s share per year of its period' })
  years: AttributionYear[];

  @Field(() => MoneyType, { description: 'The benefits of the agreement’s teams before attribution (discounted)' })
  wholeBenefits: MoneyType;

  @Field(() => MoneyType, { description: 'The benefits attributed to this agreement (discounted); what totalBenefits shows' })
  attributedBenefits: MoneyType;

  @Field({ description: 'The rule in words (Dutch)' })
  ruleNl: string;

  @Field({ description: 'The rule in words (English)' })
  ruleEn: string;
}

@ObjectType('ImpactActorEffect', {
  description:
    'What one actor pays and gains (discounted, at the price level); transfers (allowances) are shown apart and add up to zero over the actors',
})
export class ActorEffect {
  @Field(() => Actor, { description: 'Whose costs and gains these are' })
  actor: Actor;

  @Field(() => MoneyType, { description: 'Costs this actor bears, transfers it pays included' })
  pays: MoneyType;

  @Field(() => MoneyType, { description: 'Valued effects this actor gains, transfers it receives included' })
  gains: MoneyType;

  @Field(() => MoneyType, { description: 'Of pays: transfers to another actor (allowances)' })
  transfersPaid: MoneyType;

  @Field(() => MoneyType, { description: 'Of gains: transfers from another actor (allowances)' })
  transfersReceived: MoneyType;

  @Field(() => MoneyType, { description: 'gains − pays' })
  net: MoneyType;
}

export enum TransferKind {
  ALLOWANCES = 'ALLOWANCES',
}
registerEnumType(TransferKind, {
  name: 'ImpactTransferKind',
  description: 'Money that moves between actors without using resources',
  valuesConfig: {
    ALLOWANCES: { description: 'Volunteer allowances: from whoever financed the allowance budget to the volunteers' },
  },
});

@ObjectType('ImpactTransferLine', {
  description: 'A transfer between actors: a cost to one and an equal benefit to another, zero for society',
})
export class TransferLine {
  @Field(() => Int, { description: 'The year the allowances were granted' })
  year: number;

  @Field(() => TransferKind, { description: 'What is transferred' })
  kind: TransferKind;

  @Field(() => Actor, {
    description:
      'Who pays: the actor of that year’s ALLOWANCES costs (else of all its costs), split in proportion; FOUNDATION_OTHER when none are booked',
  })
  from: Actor;

  @Field(() => Actor, { description: 'Who receives: VOLUNTEERS for allowances' })
  to: Actor;

  @Field(() => MoneyType, { description: 'As booked, nominal (an agreement’s report: its share)' })
  amount: MoneyType;

  @Field(() => MoneyType, { description: 'At the report’s price level' })
  amountAtPriceLevel: MoneyType;
}

export enum ReportNoteCode {
  VALUED_EFFECTS = 'VALUED_EFFECTS',
  UNPRICED_EFFECTS = 'UNPRICED_EFFECTS',
  NO_COSTS_RECORDED = 'NO_COSTS_RECORDED',
  BASELINE = 'BASELINE',
  ATTRIBUTION = 'ATTRIBUTION',
  TRANSFERS = 'TRANSFERS',
}
registerEnumType(ReportNoteCode, {
  name: 'ImpactReportNoteCode',
  description: 'Which point of the method a report note explains',
  valuesConfig: {
    VALUED_EFFECTS: { description: 'The effects valued in euros (quantity × published price); always present' },
    UNPRICED_EFFECTS: { description: 'The effects counted but not valued, so the ratio understates the return; always present' },
    NO_COSTS_RECORDED: { description: 'No costs are booked for the period, so there is no ratio or net present value; only then' },
    BASELINE: { description: 'Only net extra hours are valued, with the baseline percentage; always present' },
    ATTRIBUTION: { description: 'How the funding agreement’s share of the benefits is taken; only in an agreement’s report' },
    TRANSFERS: { description: 'Allowances are a transfer between actors, zero for society; always present' },
  },
});

@ObjectType('ImpactReportNote', { description: 'One point of the method in plain words, Dutch and English' })
export class ReportNote {
  @Field(() => ReportNoteCode, { description: 'Which point of the method the note explains' })
  code: ReportNoteCode;

  @Field({ description: 'The note in Dutch' })
  textNl: string;

  @Field({ description: 'The note in English' })
  textEn: string;
}

@ObjectType('ImpactCostBenefit', { description: 'Social cost-benefit summary (MKBA): costs from the ledger against the monetised effects' })
export class CostBenefit {
  @Field(() => Float, { description: 'The yearly discount rate in percent the summary uses' })
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

  @Field(() => [CostLine], { description: 'The costs per payer, year and budget category' })
  costs: CostLine[];

  @Field(() => MoneyType, { description: 'Present value of the costs: at the price level, discounted to baseYear' })
  totalCosts: MoneyType;

  @Field(() => [EffectLine], { description: 'The effects per year, category, theme and beneficiary, valued where a price is published' })
  effects: EffectLine[];

  @Field(() => [BeneficiaryValue], {
    description: 'The present value of the benefits per beneficiary (in a funding agreement’s report its share)',
  })
  benefitsByBeneficiary: BeneficiaryValue[];

  @Field(() => MoneyType, {
    description: 'Present value of the valued effects, discounted to baseYear; in a funding agreement’s report its share',
  })
  totalBenefits: MoneyType;

  @Field(() => MoneyType, { description: 'The same at the low end of the price ranges' })
  totalBenefitsLow: MoneyType;

  @Field(() => MoneyType, { description: 'The same at the high end of the price ranges' })
  totalBenefitsHigh: MoneyType;

  @Field(() => Float, { nullable: true, description: 'Benefits per euro of cost; null without costs' })
  benefitCostRatio: number | null;

  @Field(() => Float, { nullable: true, description: 'totalBenefitsLow per euro of cost; null without costs' })
  benefitCostRatioLow: number | null;

  @Field(() => Float, { nullable: true, description: 'totalBenefitsHigh per euro of cost; null without costs' })
  benefitCostRatioHigh: number | null;

  @Field(() => MoneyType, { description: 'Discounted benefits minus discounted costs' })
  netPresentValue: MoneyType;

  @Field(() => MoneyType, { description: 'totalBenefitsLow minus totalCosts' })
  netPresentValueLow: MoneyType;

  @Field(() => MoneyType, { description: 'totalBenefitsHigh minus totalCosts' })
  netPresentValueHigh: MoneyType;

  @Field(() => [SensitivityResult], {
    description: 'The ratio under other assumptions: prices low and high, baseline 0 and 50 % higher, discount rate 0 % and 4 %',
  })
  sensitivity: SensitivityResult[];

  @Field(() => [AgreedReturn], { description: 'What the funding agreements in scope promised, beside the ratio' })
  agreedReturns: AgreedReturn[];

  @Field({
    description:
      'False when no costs are booked for the period: then there is no ratio, and netPresentValue (the benefits alone) is no net present value; the notes say so',
  })
  costsRecorded: boolean;

  @Field(() => [EffectCategory], { description: 'Effects counted and valued with a published price' })
  valuedEffects: EffectCategory[];

  @Field(() => [EffectCategory], { description: 'Effects counted but not valued: no published price (or the figure is hidden)' })
  unpricedEffects: EffectCategory[];

  @Field(() => Attribution, {
    nullable: true,
    description: 'A funding agreement’s share of the benefits; null for a neighbourhood, team or the country (the whole)',
  })
  attribution: Attribution | null;

  @Field(() => [ActorEffect], { description: 'Per actor what it pays and gains, transfers marked' })
  actors: ActorEffect[];

  @Field(() => [TransferLine], {
    description: 'The transfers (allowances) per year and payer, undiscounted; in an agreement’s report its share',
  })
  transfers: TransferLine[];

  @Field(() => MoneyType, { description: 'Costs for society: totalCosts less the transfers within them (allowances)' })
  societyCosts: MoneyType;

  @Field(() => MoneyType, {
    description: 'totalBenefits − societyCosts: the sum of the actors’ net, the same with or without transfers',
  })
  societyNetPresentValue: MoneyType;

  @Field(() => [ReportNote], { description: 'The method in plain words: what is valued, unpriced, the baseline, attribution, transfers' })
  notes: ReportNote[];
}

// What the summary is computed from: plain data, not part of the schema. An ImpactReport carries it so that
// costBenefit can be resolved later with the discount rate and price year the caller asks for.

/** The quantities of one year that effects are valued from; null where the figure is hidden. */
export interface YearQuantities {
  year: number;
  minutesByTheme: Partial<Record<Theme, number>>;
  /** Of minutesByTheme, the minutes that would have been given anyway (baseline); absent: a share of options.baselinePercent. */
  baselineMinutesByTheme?: Partial<Record<Theme, number>>;
  certificates: number | null;
  residentsReached: number;
  /** Sum over participants and domains of the change since intake; only in the last year, as it accumulates. */
  wellbeingPoints: number | null;
  /** Sum over the neighbourhoods of the cohesion score's change since the previous wave fielded that year. */
  cohesionPoints: number | null;
  /** People who moved into work, education or a training path; null when hidden, absent when nobody was recorded. */
  participationMoves?: number | null;
  /** People no longer lonely, net (lonely at intake − lonely now); only in the last year; null when hidden, absent without data. */
  lonelinessReduced?: number | null;
  /** Residents reached by INFORMAL_CARE activities (part of residentsReached); no line when 0 or absent. */
  informalCareResidents?: number;
}

export interface CostInput {
  year: number;
  category: string;
  cents: number;
  bookings: number;
  /** The partner kind of the agreement the cost was booked against (teams' PartnerKind); null when not known. */
  payerKind?: string | null;
}

/** One year of an agreement's share, before it is shown. */
export interface AttributionYearInput {
  year: number;
  basis: AttributionBasis;
  agreementCents: number;
  areaCents: number;
}

export interface CostBenefitBasis {
  baseYear: number;
  years: YearQuantities[];
  costs: CostInput[];
  agreements: AgreedReturn[];
  /** Only in a funding agreement's report: its share per year of the period. */
  attribution?: { agreementId: string; years: AttributionYearInput[] } | null;
  /** Allowances granted per year (nominal; in an agreement's report all of its teams', the share is taken in the summary). */
  allowances?: { year: number; cents: number }[];
}
