import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LiveabilityScore } from '../liveability/liveability-score.entity';
import { ChangeEvidence } from './uncertainty.types';

@ObjectType('ImpactParticipation', {
  description:
    'Team members who moved into paid work, education or a training path (recorded with their consent); counted, never listed. Under 10 hidden from partners (null), as is any count that would reveal one',
})
export class ParticipationFigures {
  @Field(() => Int, { nullable: true, description: 'People who moved on in the period (a person moving into two kinds counts once)' })
  people: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, into paid work' })
  paidWork: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, into education' })
  education: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, into a training path' })
  trainingPath: number | null;
}

@ObjectType('ImpactShareInterval', { description: 'A 95 % confidence interval of a share, in percent (Wilson score interval)' })
export class ShareInterval {
  @Field(() => Float, { description: 'Lower bound in percent' })
  lowPercent: number;

  @Field(() => Float, { description: 'Upper bound in percent' })
  highPercent: number;

  @Field(() => Int, { description: 'The confidence level in percent (95)' })
  confidencePercent: number;

  @Field({ description: 'How it is computed: "WILSON" (Wilson score interval, z = 1.96)' })
  method: string;
}

@ObjectType('ImpactLoneliness', {
  description:
    'Loneliness of consenting team members on the six-item De Jong Gierveld scale (lonely: score 2 or more), in the report’s last year; only shown for groups of 10 or more',
})
export class LonelinessFigures {
  @Field(() => Int, { description: 'The year the figures are of' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'People with a check in the year (their latest counts); null under 10' })
  measured: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of them lonely (score 2 or more); null under 10' })
  lonelyPercent: number | null;

  @Field(() => ShareInterval, { nullable: true, description: '95 % interval of lonelyPercent (Wilson); null under 10' })
  interval: ShareInterval | null;

  @Field(() => Int, { nullable: true, description: 'People with an intake check and a later one (the change is over them); null under 10' })
  paired: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of the paired people lonely at intake' })
  lonelyAtIntakePercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of the paired people lonely at their latest check' })
  lonelyLatestPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'lonelyLatestPercent − lonelyAtIntakePercent, in percentage points (negative: fewer lonely)',
  })
  changePoints: number | null;

  @Field(() => ChangeEvidence, {
    description:
      'NOT_ASSESSED: the counts sent carry no pairing per person, so no interval of the change is given; compare the intervals of the share instead',
  })
  changeEvidence: ChangeEvidence;
}

@ObjectType('ImpactInformalCare', {
  description: 'Residents helped by the teams’ informal-care activities (theme INFORMAL_CARE): head counts, not registered people',
})
export class InformalCareFigures {
  @Field(() => Int, { description: 'Completed activities on the INFORMAL_CARE theme' })
  activities: number;

  @Field(() => Int, {
    description: 'Residents they reached (head counts; a resident helped twice counts twice); part of activities.residentsReached',
  })
  residentsHelped: number;
}

@ObjectType('ImpactLiveabilityNeighbourhood', { description: 'The Leefbaarometer editions of one neighbourhood of the report' })
export class LiveabilityNeighbourhood {
  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  neighbourhoodId: string;

  @Field(() => [LiveabilityScore], { description: 'Its imported editions, oldest first' })
  editions: LiveabilityScore[];
}

@ObjectType('ImpactLiveability', {
  description: 'The neighbourhoods’ Leefbaarometer scores as context: never claimed as the teams’ effect, never valued in the MKBA',
})
export class LiveabilityContext {
  @Field(() => [LiveabilityNeighbourhood], { description: 'Per neighbourhood in scope with an imported score' })
  neighbourhoods: LiveabilityNeighbourhood[];

  @Field({ description: 'Why this is context and not an effect, in Dutch' })
  noteNl: string;

  @Field({ description: 'Why this is context and not an effect, in English' })
  noteEn: string;
}
