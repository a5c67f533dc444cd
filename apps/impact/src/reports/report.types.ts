import { MoneyType } from '@buurtvolk/subgraph-kit';
import { Theme } from '@buurtvolk/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NeighbourhoodReference } from '../references';
import { SurveyWave, SurveyItemScore } from '../surveys/neighbourhood-survey.entity';
import type { CostBenefitBasis } from './cost-benefit.rules';

export enum ImpactScope {
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  TEAM = 'TEAM',
  FUNDING_AGREEMENT = 'FUNDING_AGREEMENT',
  NATIONAL = 'NATIONAL',
}
registerEnumType(ImpactScope, { name: 'ImpactScope' });
registerEnumType(Theme, { name: 'Theme', description: 'The six themes every team works on' });

/** The participant domains of the volunteers' wellbeing checks (same values as the volunteers service). */
export enum WellbeingDomain {
  LANGUAGE = 'LANGUAGE',
  SOCIAL_NETWORK = 'SOCIAL_NETWORK',
  MEANING = 'MEANING',
  DAILY_LIFE = 'DAILY_LIFE',
  HOME_SITUATION = 'HOME_SITUATION',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  PHYSICAL_HEALTH = 'PHYSICAL_HEALTH',
  FINANCIAL_HEALTH = 'FINANCIAL_HEALTH',
}
registerEnumType(WellbeingDomain, { name: 'WellbeingDomain' });

export enum PromiseStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
  BELOW = 'BELOW',
  WITHIN = 'WITHIN',
  ABOVE = 'ABOVE',
}
registerEnumType(PromiseStatus, {
  name: 'ImpactPromiseStatus',
  valuesConfig: {
    NOT_STARTED: { description: 'No team has started here yet' },
    ON_TRACK: { description: 'First year running; hours at or above the pro-rata share of 5,000' },
    BEHIND: { description: 'First year running; hours below the pro-rata share of 5,000' },
    BELOW: { description: 'First year over; fewer than 5,000 hours' },
    WITHIN: { description: 'First year over; 5,000–10,000 hours as promised' },
    ABOVE: { description: 'First year over; more than 10,000 hours' },
  },
});

@ObjectType('ImpactThemeHours')
export class ThemeHours {
  @Field(() => Theme)
  theme: Theme;

  @Field()
  labelNl: string;

  @Field()
  labelEn: string;

  @Field(() => Float)
  hours: number;

  @Field(() => Int, { description: 'Approved hour entries behind the hours' })
  entries: number;
}

@ObjectType('ImpactMonth')
export class MonthFigures {
  @Field({ description: 'YYYY-MM (Europe/Amsterdam)' })
  month: string;

  @Field(() => Float)
  hours: number;

  @Field(() => Int)
  activitiesCompleted: number;

  @Field(() => Int, { description: 'Residents reached by the activities completed (head counts, not registered people)' })
  residentsReached: number;
}

@ObjectType('ImpactVolunteers', { description: 'Team members; a count under 10 is hidden from partners (null), as is one that would reveal such a count' })
export class VolunteerFigures {
  @Field(() => Int, { nullable: true, description: 'Members and coordinators at any time in the period (coaches are staff, not counted)' })
  active: number | null;

  @Field(() => Int, { nullable: true })
  joined: number | null;

  @Field(() => Int, { nullable: true })
  left: number | null;
}

@ObjectType('ImpactActivities')
export class ActivityFigures {
  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  residentsReached: number;
}

@ObjectType('ImpactTraining')
export class TrainingFigures {
  @Field(() => Int, { nullable: true, description: 'Certificates earned by team members; hidden from partners under 10' })
  certificates: number | null;

  @Field(() => Int, { description: 'Different courses behind them' })
  courses: number;
}

@ObjectType('ImpactWellbeingChange')
export class WellbeingChange {
  @Field(() => WellbeingDomain)
  domain: WellbeingDomain;

  @Field(() => Float, { description: 'Average change since intake on a 0–10 scale' })
  averageChange: number;
}

@ObjectType('ImpactWellbeing', { description: 'Change since intake of consenting participants; only shown for groups of 10 or more' })
export class WellbeingFigures {
  @Field(() => Int, { description: 'The year the change is measured in' })
  year: number;

  @Field(() => Int, { nullable: true })
  participants: number | null;

  @Field(() => [WellbeingChange], { nullable: true })
  domains: WellbeingChange[] | null;
}

@ObjectType('ImpactCohesionWave', { description: 'One wave of the neighbourhood survey; hidden from partners with fewer than 10 respondents' })
export class CohesionWave {
  @Field(() => ID)
  surveyId: string;

  @Field(() => ID)
  neighbourhoodId: string;

  @Field(() => SurveyWave)
  wave: SurveyWave;

  @Field(() => LocalDateResolver)
  fieldedOn: string;

  @Field(() => Int, { nullable: true })
  sampleSize: number | null;

  @Field(() => Float, { nullable: true, description: 'CBS social cohesion scale, 0–10' })
  cohesionScore: number | null;

  @Field(() => Float, { nullable: true, description: 'Cohesion score minus the baseline’s' })
  changeSinceBaseline: number | null;

  @Field(() => [SurveyItemScore], { nullable: true })
  statements: SurveyItemScore[] | null;

  @Field(() => [SurveyItemScore], { nullable: true, description: "Movisie's five characteristics of 'Een buurt voor iedereen'" })
  characteristics: SurveyItemScore[] | null;
}

@ObjectType('ImpactHoursPromise', { description: 'Progress against the promise of 5,000–10,000 extra hours in a neighbourhood’s first year' })
export class HoursPromise {
  @Field(() => ID)
  neighbourhoodId: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The first team’s start' })
  from: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  until: string | null;

  @Field(() => Float)
  hours: number;

  @Field(() => Int)
  minimumHours: number;

  @Field(() => Int)
  maximumHours: number;

  @Field(() => Float, { description: 'Hours as a percentage of the minimum' })
  percentOfMinimum: number;

  @Field(() => Float, { description: 'The pro-rata share of the minimum due by today (all of it once the year is over)' })
  expectedByNow: number;

  @Field(() => PromiseStatus)
  status: PromiseStatus;
}

@ObjectType('ImpactReport', { description: 'What teams achieved in a neighbourhood, team, funding agreement or the country, and what it is worth' })
export class ImpactReport {
  @Field(() => ImpactScope)
  scope: ImpactScope;

  @Field(() => ID, { nullable: true })
  scopeId: string | null;

  @Field(() => Int, { nullable: true, description: 'The calendar year; null for a funding agreement’s whole period' })
  year: number | null;

  @Field(() => LocalDateResolver)
  from: string;

  @Field(() => LocalDateResolver)
  until: string;

  @Field(() => Float)
  totalHours: number;

  @Field(() => [ThemeHours])
  hoursByTheme: ThemeHours[];

  @Field(() => [MonthFigures])
  months: MonthFigures[];

  @Field(() => VolunteerFigures)
  volunteers: VolunteerFigures;

  @Field(() => ActivityFigures)
  activities: ActivityFigures;

  @Field(() => TrainingFigures)
  training: TrainingFigures;

  @Field(() => WellbeingFigures)
  wellbeing: WellbeingFigures;

  @Field(() => [CohesionWave], { description: 'Survey waves of the neighbourhoods in scope, oldest first' })
  cohesion: CohesionWave[];

  @Field(() => [HoursPromise])
  firstYearPromise: HoursPromise[];

  /** What the cost-benefit summary is computed from; resolved with the caller's discount rate and price year. */
  basis: CostBenefitBasis;
}

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

@ObjectType('ImpactCsvTable', { description: 'One table of the report as CSV (semicolon-separated, decimal comma, Dutch headers; "x" is a hidden cell)' })
export class CsvTable {
  @Field()
  name: string;

  @Field()
  fileName: string;

  @Field()
  content: string;
}

@ObjectType('ImpactNeighbourhoodRow')
export class NeighbourhoodRow {
  @Field(() => NeighbourhoodReference)
  neighbourhood: NeighbourhoodReference;

  @Field(() => Float)
  hours: number;

  @Field(() => Int, { nullable: true })
  activeVolunteers: number | null;

  @Field(() => Int)
  residentsReached: number;

  @Field(() => Int, { nullable: true })
  certificates: number | null;

  @Field(() => PromiseStatus)
  promiseStatus: PromiseStatus;
}

@ObjectType('ImpactNationalOverview', { description: 'All neighbourhoods in one year (admins)' })
export class NationalOverview {
  @Field(() => Int)
  year: number;

  @Field(() => ImpactReport)
  total: ImpactReport;

  @Field(() => [NeighbourhoodRow])
  neighbourhoods: NeighbourhoodRow[];
}
