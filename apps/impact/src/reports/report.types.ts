import { Theme, WellbeingDomain } from '@buurtvolk/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NeighbourhoodReference } from '../references';
import { CohesionWave } from './cohesion.types';
import type { CostBenefitBasis } from './cost-benefit.types';
import { InformalCareFigures, LiveabilityContext, LonelinessFigures, ParticipationFigures } from './outcomes.types';
import { HoursPromise, PromiseStatus } from './promise.types';
import { ChangeEvidence, ConfidenceInterval } from './uncertainty.types';

export enum ImpactScope {
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  TEAM = 'TEAM',
  FUNDING_AGREEMENT = 'FUNDING_AGREEMENT',
  NATIONAL = 'NATIONAL',
}
registerEnumType(ImpactScope, {
  name: 'ImpactScope',
  description: 'What an impact report is about',
  valuesConfig: {
    NEIGHBOURHOOD: { description: 'The teams working in one neighbourhood' },
    TEAM: { description: 'One team' },
    FUNDING_AGREEMENT: { description: 'The teams a funding agreement covers, over its period' },
    NATIONAL: { description: 'All teams in the country' },
  },
});

@ObjectType('ImpactThemeHours', { description: 'Approved volunteer hours on one theme' })
export class ThemeHours {
  @Field(() => Theme, { description: 'The theme' })
  theme: Theme;

  @Field({ description: 'The theme’s name in Dutch' })
  labelNl: string;

  @Field({ description: 'The theme’s name in English' })
  labelEn: string;

  @Field(() => Float, { description: 'Approved hours, to one decimal' })
  hours: number;

  @Field(() => Int, { description: 'Approved hour entries behind the hours' })
  entries: number;
}

@ObjectType('ImpactMonth', { description: 'The figures of one month of the period' })
export class MonthFigures {
  @Field({ description: 'YYYY-MM (Europe/Amsterdam)' })
  month: string;

  @Field(() => Float, { description: 'Approved volunteer hours' })
  hours: number;

  @Field(() => Int, { description: 'Activities completed in the month' })
  activitiesCompleted: number;

  @Field(() => Int, { description: 'Residents reached by the activities completed (head counts, not registered people)' })
  residentsReached: number;
}

@ObjectType('ImpactVolunteers', {
  description: 'Team members; a count under 10 is hidden from partners (null), as is one that would reveal such a count',
})
export class VolunteerFigures {
  @Field(() => Int, { nullable: true, description: 'Members and coordinators at any time in the period (coaches are staff, not counted)' })
  active: number | null;

  @Field(() => Int, { nullable: true, description: 'Members and coordinators who joined a team in the period' })
  joined: number | null;

  @Field(() => Int, { nullable: true, description: 'Members and coordinators who left a team in the period' })
  left: number | null;
}

@ObjectType('ImpactActivities', { description: 'Activities completed in the period' })
export class ActivityFigures {
  @Field(() => Int, { description: 'Activities completed' })
  completed: number;

  @Field(() => Int, { description: 'Residents reached by them (head counts, not registered people)' })
  residentsReached: number;
}

@ObjectType('ImpactTraining', { description: 'Certificates earned in the period' })
export class TrainingFigures {
  @Field(() => Int, { nullable: true, description: 'Certificates earned by team members; hidden from partners under 10' })
  certificates: number | null;

  @Field(() => Int, { description: 'Different courses behind them' })
  courses: number;
}

@ObjectType('ImpactWellbeingChange', { description: 'The average change since intake in one wellbeing domain' })
export class WellbeingChange {
  @Field(() => WellbeingDomain, { description: 'The domain' })
  domain: WellbeingDomain;

  @Field(() => Float, { description: 'Average change since intake on a 0–10 scale' })
  averageChange: number;

  @Field(() => Int, { description: 'Participants the average is over (the sample size); the same for every domain' })
  sampleSize: number;

  @Field(() => ConfidenceInterval, {
    nullable: true,
    description:
      '95 % confidence interval of the average change (paired: each participant against their own intake); null while the spread of the changes is not recorded',
  })
  interval: ConfidenceInterval | null;

  @Field(() => ChangeEvidence, {
    description:
      'DEMONSTRABLE when the interval excludes 0, NOT_DEMONSTRABLE ("niet aantoonbaar") when it includes 0, NOT_ASSESSED without an interval',
  })
  evidence: ChangeEvidence;
}

@ObjectType('ImpactWellbeing', { description: 'Change since intake of consenting participants; only shown for groups of 10 or more' })
export class WellbeingFigures {
  @Field(() => Int, { description: 'The year the change is measured in' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'Consenting participants measured; null under 10 (for everyone, admins included)' })
  participants: number | null;

  @Field(() => [WellbeingChange], { nullable: true, description: 'The change per domain; null when participants is' })
  domains: WellbeingChange[] | null;
}

@ObjectType('ImpactBaselineUsed', { description: 'The baseline of one neighbourhood as the report used it' })
export class BaselineUsed {
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  neighbourhoodId: string;

  @Field(() => Float, { nullable: true, description: 'Hours a year assumed given anyway (pro rata over the period)' })
  hoursPerYear: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of the gross hours assumed given anyway' })
  sharePercent: number | null;

  @Field({ description: 'Where the assumption comes from (study, survey, own count)' })
  source: string;

  @Field(() => Int, { description: 'The year of the source' })
  sourceYear: number;

  @Field(() => Float, { description: 'The baseline hours of this report’s teams in this neighbourhood' })
  baselineHours: number;
}

@ObjectType('ImpactExtraHours', {
  description:
    'Gross volunteer hours, the hours that would have been given anyway (baseline, nulalternatief) and the net extra hours the promise and the MKBA use',
})
export class ExtraHours {
  @Field(() => Float, { description: 'Approved volunteer hours (coaches’ hours never count); the same as totalHours' })
  grossHours: number;

  @Field(() => Float, { description: 'Of those, the hours assumed given anyway; 0 where no baseline is recorded' })
  baselineHours: number;

  @Field(() => Float, { description: 'grossHours − baselineHours' })
  netHours: number;

  @Field(() => [BaselineUsed], { description: 'The recorded baselines of the neighbourhoods in scope, with their sources' })
  baselines: BaselineUsed[];

  @Field(() => [ID], { description: 'Neighbourhoods in scope without a recorded baseline: there every hour counts as extra' })
  neighbourhoodsWithoutBaseline: string[];

  @Field({ description: 'How the net hours are made, in words (Dutch)' })
  noteNl: string;

  @Field({ description: 'How the net hours are made, in words (English)' })
  noteEn: string;
}

@ObjectType('ImpactReport', {
  description: 'What teams achieved in a neighbourhood, team, funding agreement or the country, and what it is worth',
})
export class ImpactReport {
  @Field(() => ImpactScope, { description: 'What the report is about' })
  scope: ImpactScope;

  @Field(() => ID, { nullable: true, description: 'The neighbourhood, team or funding agreement; null for NATIONAL' })
  scopeId: string | null;

  @Field(() => Int, { nullable: true, description: 'The calendar year; null for a funding agreement’s whole period' })
  year: number | null;

  @Field(() => LocalDateResolver, { description: 'The first day of the period, a date in Europe/Amsterdam' })
  from: string;

  @Field(() => LocalDateResolver, {
    description: 'The last day of the period, a date in Europe/Amsterdam; for a funding agreement today at the latest',
  })
  until: string;

  @Field(() => Float, { description: 'Approved volunteer hours in the period, to one decimal (coaches’ hours never count)' })
  totalHours: number;

  @Field(() => ExtraHours, { description: 'Gross hours, the baseline (hours given anyway) and the net extra hours' })
  extraHours: ExtraHours;

  @Field(() => [ThemeHours], { description: 'The hours per theme' })
  hoursByTheme: ThemeHours[];

  @Field(() => [MonthFigures], { description: 'The figures per month of the period' })
  months: MonthFigures[];

  @Field(() => VolunteerFigures, { description: 'Team members active, joined and left' })
  volunteers: VolunteerFigures;

  @Field(() => ActivityFigures, { description: 'Activities completed and residents reached' })
  activities: ActivityFigures;

  @Field(() => TrainingFigures, { description: 'Certificates earned and the courses behind them' })
  training: TrainingFigures;

  @Field(() => WellbeingFigures, { description: 'Participants’ wellbeing change since intake' })
  wellbeing: WellbeingFigures;

  @Field(() => [CohesionWave], { description: 'Survey waves of the neighbourhoods in scope, oldest first' })
  cohesion: CohesionWave[];

  @Field(() => ParticipationFigures, { description: 'Team members who moved into paid work, education or a training path (counts only)' })
  participation: ParticipationFigures;

  @Field(() => LonelinessFigures, { description: 'Share lonely (De Jong Gierveld) with its 95 % interval, and its change since intake' })
  loneliness: LonelinessFigures;

  @Field(() => InformalCareFigures, { description: 'Residents helped by informal-care activities (head counts)' })
  informalCare: InformalCareFigures;

  @Field(() => LiveabilityContext, { description: 'The neighbourhoods’ Leefbaarometer scores: context, not the teams’ effect' })
  liveability: LiveabilityContext;

  @Field(() => [HoursPromise], { description: 'Per neighbourhood in scope, the hours promised for its first year and how that stands' })
  firstYearPromise: HoursPromise[];

  /** What the cost-benefit summary is computed from; resolved with the caller's discount rate and price year. */
  basis: CostBenefitBasis;
}

@ObjectType('ImpactCsvTable', {
  description: 'One table of the report as CSV (semicolon-separated, decimal comma, Dutch headers; "x" is a hidden cell)',
})
export class CsvTable {
  @Field({ description: 'What the table holds, in Dutch, e.g. kerncijfers' })
  name: string;

  @Field({ description: 'A file name for it, e.g. buurtvolk-team-2026-kerncijfers.csv' })
  fileName: string;

  @Field({ description: 'The CSV text, UTF-8 with BOM' })
  content: string;
}

@ObjectType('ImpactNeighbourhoodRow', { description: 'One neighbourhood’s figures in the national overview' })
export class NeighbourhoodRow {
  @Field(() => NeighbourhoodReference, { description: 'The neighbourhood' })
  neighbourhood: NeighbourhoodReference;

  @Field(() => Float, { description: 'Gross approved volunteer hours' })
  hours: number;

  @Field(() => Float, { description: 'Of those, assumed given anyway (the neighbourhood’s baseline)' })
  baselineHours: number;

  @Field(() => Float, { description: 'Net extra hours: hours − baselineHours' })
  netHours: number;

  @Field(() => Int, { nullable: true, description: 'Members and coordinators of its teams active in the year' })
  activeVolunteers: number | null;

  @Field(() => Int, { description: 'Residents reached by completed activities (head counts)' })
  residentsReached: number;

  @Field(() => Int, { nullable: true, description: 'Certificates earned by its teams’ members in the year' })
  certificates: number | null;

  @Field(() => PromiseStatus, { description: 'How the promise of hours for its first year stands' })
  promiseStatus: PromiseStatus;
}

@ObjectType('ImpactNationalOverview', { description: 'All neighbourhoods in one year (admins)' })
export class NationalOverview {
  @Field(() => Int, { description: 'The calendar year' })
  year: number;

  @Field(() => ImpactReport, { description: 'The report of the whole country' })
  total: ImpactReport;

  @Field(() => [NeighbourhoodRow], { description: 'One row per neighbourhood with teams' })
  neighbourhoods: NeighbourhoodRow[];
}
