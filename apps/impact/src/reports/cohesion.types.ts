import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SurveyItemScore, SurveyWave } from '../surveys/neighbourhood-survey.entity';
import { ChangeEvidence, ConfidenceInterval } from './uncertainty.types';

@ObjectType('ImpactCohesionWave', {
  description: 'One wave of the neighbourhood survey; hidden from partners with fewer than 10 respondents',
})
export class CohesionWave {
  @Field(() => ID, { description: 'The survey wave (NeighbourhoodSurvey.id)' })
  surveyId: string;

  @Field(() => ID, { description: 'The neighbourhood (Neighbourhood.id)' })
  neighbourhoodId: string;

  @Field(() => SurveyWave, { description: 'Baseline or follow-up' })
  wave: SurveyWave;

  @Field(() => LocalDateResolver, { description: 'The day the fieldwork took place, a date in Europe/Amsterdam' })
  fieldedOn: string;

  @Field(() => Int, { nullable: true, description: 'Respondents; null when the wave is hidden' })
  sampleSize: number | null;

  @Field(() => Float, { nullable: true, description: 'CBS social cohesion scale, 0–10' })
  cohesionScore: number | null;

  @Field(() => Float, { nullable: true, description: 'Cohesion score minus the baseline’s' })
  changeSinceBaseline: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Standard deviation of the respondents’ cohesion scores (0–10); null when not recorded or hidden',
  })
  cohesionScoreStandardDeviation: number | null;

  @Field(() => ConfidenceInterval, {
    nullable: true,
    description: '95 % confidence interval of the cohesion score; null without a recorded spread or when hidden',
  })
  cohesionScoreInterval: ConfidenceInterval | null;

  @Field(() => ConfidenceInterval, {
    nullable: true,
    description:
      '95 % confidence interval of the change since the baseline (two independent samples, Welch); null for the baseline itself or without both spreads',
  })
  changeSinceBaselineInterval: ConfidenceInterval | null;

  @Field(() => ChangeEvidence, {
    nullable: true,
    description:
      'Whether the change since the baseline is demonstrable (its interval excludes 0); null for the baseline wave and hidden waves',
  })
  changeEvidence: ChangeEvidence | null;

  @Field(() => [SurveyItemScore], {
    nullable: true,
    description: 'The five statements of the CBS cohesion scale; null when the wave is hidden',
  })
  statements: SurveyItemScore[] | null;

  @Field(() => [SurveyItemScore], { nullable: true, description: "Movisie's five characteristics of 'Een buurt voor iedereen'" })
  characteristics: SurveyItemScore[] | null;
}
