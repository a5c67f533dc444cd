import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

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
  description: 'How a neighbourhood’s first year stands against the promise of 5,000–10,000 extra hours',
  valuesConfig: {
    NOT_STARTED: { description: 'No team has started here yet' },
    ON_TRACK: { description: 'First year running; hours at or above the pro-rata share of 5,000' },
    BEHIND: { description: 'First year running; hours below the pro-rata share of 5,000' },
    BELOW: { description: 'First year over; fewer than 5,000 hours' },
    WITHIN: { description: 'First year over; 5,000–10,000 hours as promised' },
    ABOVE: { description: 'First year over; more than 10,000 hours' },
  },
});

@ObjectType('ImpactHoursPromise', {
  description: 'Progress against the promise of 5,000–10,000 extra hours in a neighbourhood’s first year',
})
export class HoursPromise {
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  neighbourhoodId: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The first team’s start' })
  from: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day of the first year; null before a team started' })
  until: string | null;

  @Field(() => Float, { description: 'Net extra hours: gross hours less the baseline (what the promise is about)' })
  hours: number;

  @Field(() => Float, { description: 'Approved volunteer hours before the baseline is taken off' })
  grossHours: number;

  @Field(() => Float, { description: 'Hours assumed given anyway in the first year (the neighbourhood’s baseline; 0 without one)' })
  baselineHours: number;

  @Field(() => Int, { description: 'The fewest extra hours promised: 5,000' })
  minimumHours: number;

  @Field(() => Int, { description: 'The most extra hours promised: 10,000' })
  maximumHours: number;

  @Field(() => Float, { description: 'Hours as a percentage of the minimum' })
  percentOfMinimum: number;

  @Field(() => Float, { description: 'The pro-rata share of the minimum due by today (all of it once the year is over)' })
  expectedByNow: number;

  @Field(() => PromiseStatus, { description: 'How the promise stands' })
  status: PromiseStatus;
}
