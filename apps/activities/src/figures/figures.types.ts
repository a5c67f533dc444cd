import { Theme } from '@buurtvolk/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

@ObjectType('ThemeHours', { description: 'Hours of one theme in a year' })
export class ThemeHours {
  @Field(() => Theme, { description: 'The theme' })
  theme: Theme;

  @Field(() => Float, { description: 'Approved hours (fractional: minutes / 60)' })
  approvedHours: number;

  @Field(() => Float, { description: 'Submitted and not yet decided' })
  submittedHours: number;
}

@ObjectType('MonthHours', { description: 'Hours of one calendar month' })
export class MonthHours {
  @Field({ description: 'Calendar month in Amsterdam, e.g. 2026-03' })
  month: string;

  @Field(() => Float, { description: 'Approved hours (fractional: minutes / 60)' })
  approvedHours: number;

  @Field(() => Float, { description: 'Hours registered and still waiting for approval' })
  submittedHours: number;
}

@ObjectType('HoursSummary', { description: 'Volunteer hours of one calendar year' })
export class HoursSummary {
  @Field(() => Int, { description: 'The calendar year (Europe/Amsterdam)' })
  year: number;

  @Field(() => Float, { description: 'Approved hours in the year' })
  approvedHours: number;

  @Field(() => Float, { description: 'Hours registered in the year and still waiting for approval' })
  submittedHours: number;

  @Field(() => Int, { nullable: true, description: 'People with approved hours in the year; hidden by the small-numbers rule (README)' })
  activeVolunteers: number | null;

  /** The same per team of the group, for the small-numbers rule; not in the schema. */
  activeVolunteersPerTeam?: number[];

  @Field(() => Int, { description: 'Residents reached by activities done in the year' })
  residentsReached: number;

  @Field(() => [ThemeHours], { description: 'Hours per theme that has any, by theme name' })
  byTheme: ThemeHours[];

  @Field(() => [MonthHours], { description: 'Hours per month that has any, earliest first' })
  byMonth: MonthHours[];
}

export enum PromiseStatus {
  REACHED = 'REACHED',
  ON_TRACK = 'ON_TRACK',
  BEHIND = 'BEHIND',
  MISSED = 'MISSED',
  NOT_STARTED = 'NOT_STARTED',
}
registerEnumType(PromiseStatus, {
  name: 'PromiseStatus',
  description: 'Against the 5,000 hours at the low end of the promise',
  valuesConfig: {
    REACHED: { description: '5,000 or more hours approved' },
    ON_TRACK: { description: 'Not reached yet, but at least the share of 5,000 that matches the time elapsed' },
    BEHIND: { description: 'Below the share of 5,000 that matches the time elapsed' },
    MISSED: { description: 'The 12 months are over without reaching 5,000' },
    NOT_STARTED: { description: 'The team has not started yet' },
  },
});

@ObjectType('FirstYearProgress', {
  description: 'Approved hours in the 12 months from the team’s start against the promise of 5,000–10,000',
})
export class FirstYearProgress {
  @Field(() => LocalDateResolver, { description: "The team's first day, where the 12 months start" })
  from: string;

  @Field(() => LocalDateResolver, { description: 'The last day of the first year' })
  until: string;

  @Field(() => Float, { description: 'Hours approved so far in the 12 months' })
  approvedHours: number;

  @Field(() => Int, { description: 'The low end of the promise: 5,000 hours' })
  lowTarget: number;

  @Field(() => Int, { description: 'The high end of the promise: 10,000 hours' })
  highTarget: number;

  @Field(() => Float, { nullable: true, description: 'Hours per week needed from today to reach 5,000; empty when reached or over' })
  hoursPerWeekNeededForLow: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours per week needed from today to reach 10,000' })
  hoursPerWeekNeededForHigh: number | null;

  @Field(() => PromiseStatus, { description: 'Where the team stands against the low end' })
  status: PromiseStatus;
}

@ObjectType('MunicipalityThemeHours', { description: 'Approved hours in one municipality on one theme' })
export class MunicipalityThemeHours {
  @Field({ description: 'CBS municipality code' })
  municipalityCode: string;

  @Field(() => Theme, { description: 'The theme' })
  theme: Theme;

  @Field(() => Float, { description: 'Approved hours (fractional: minutes / 60)' })
  approvedHours: number;
}
