import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SurveyItemScore, SurveyWave } from '../surveys/neighbourhood-survey.entity';

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
