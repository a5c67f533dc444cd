import { Theme } from '@buurtvolk/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('ThemeHours')
export class ThemeHours {
  @Field(() => Theme)
  theme: Theme;

  @Field(() => Float)
  approvedHours: number;

  @Field(() => Float, { description: 'Submitted and not yet decided' })
  submittedHours: number;
}

@ObjectType('MonthHours')
export class MonthHours {
  @Field({ description: 'Calendar month in Amsterdam, e.g. 2026-03' })
  month: string;

  @Field(() => Float)
  approvedHours: number;

  @Field(() => Float)
  submittedHours: number;
}

@ObjectType('HoursSummary', { description: 'Volunteer hours of one calendar year' })
export class HoursSummary {
  @Field(() => Int)
  year: number;

  @Field(() => Float)
  approvedHours: number;

  @Field(() => Float)
  submittedHours: number;

  @Field(() => Int, { nullable: true, description: 'People with approved hours in the year; hidden by the small-numbers rule (README)' })
  activeVolunteers: number | null;

  /** The same per team of the group, for the small-numbers rule; not in the schema. */
  activeVolunteersPerTeam?: number[];

  @Field(() => Int, { description: 'Residents reached by activities done in the year' })
  residentsReached: number;

  @Field(() => [ThemeHours])
  byTheme: ThemeHours[];

  @Field(() => [MonthHours])
  byMonth: MonthHours[];
}

export enum PromiseStatus {
  REACHED = 'REACHED',
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
  MISSED = 'MISSED',
  NOT_STARTED = 'NOT_STARTED',
}
registerEnumType(PromiseStatus, { name: 'PromiseStatus', description: 'Against the 5,000 hours at the low end of the promise' });

@ObjectType('FirstYearProgress', {
  description: 'Approved hours in the 12 months from the team’s start against the promise of 5,000–10,000',
})
export class FirstYearProgress {
  @Field(() => LocalDateResolver)
  from: string;

  @Field(() => LocalDateResolver, { description: 'The last day of the first year' })
  until: string;

  @Field(() => Float)
  approvedHours: number;

  @Field(() => Int)
  lowTarget: number;

  @Field(() => Int)
  highTarget: number;

  @Field(() => Float, { nullable: true, description: 'Hours per week needed from today to reach 5,000; empty when reached or over' })
  hoursPerWeekNeededForLow: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours per week needed from today to reach 10,000' })
  hoursPerWeekNeededForHigh: number | null;

  @Field(() => PromiseStatus)
  status: PromiseStatus;
}

@ObjectType('MunicipalityThemeHours')
export class MunicipalityThemeHours {
  @Field({ description: 'CBS municipality code' })
  municipalityCode: string;

  @Field(() => Theme)
  theme: Theme;

  @Field(() => Float)
  approvedHours: number;
}
