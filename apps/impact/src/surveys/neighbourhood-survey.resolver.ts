import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { ImpactContext } from '../context';
import { CHARACTERISTIC_LABELS, cohesionScore, STATEMENT_LABELS, surveyItems } from './cohesion.rules';
import { NeighbourhoodSurvey, SurveyItemScore } from './neighbourhood-survey.entity';
import { CorrectNeighbourhoodSurveyInput, RecordNeighbourhoodSurveyInput } from './neighbourhood-survey.inputs';

@Resolver(() => NeighbourhoodSurvey)
export class NeighbourhoodSurveyResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => NeighbourhoodSurvey, {
    description:
      'Enters a wave of the neighbourhood survey: the baseline once, then one follow-up a year (admins, coordinators of a team there)',
  })
  recordNeighbourhoodSurvey(
    @Arg('input', () => RecordNeighbourhoodSurveyInput, { description: 'The neighbourhood, wave, day and results' })
    input: RecordNeighbourhoodSurveyInput,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.surveys.record(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => NeighbourhoodSurvey, { description: 'Corrects the results of a survey wave' })
  correctNeighbourhoodSurvey(
    @Arg('input', () => CorrectNeighbourhoodSurveyInput, { description: 'The wave, the version you read and the results' })
    input: CorrectNeighbourhoodSurveyInput,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.surveys.correct(input);
  }

  @FieldResolver(() => Int, { description: 'Respondents' })
  sampleSize(@Root() survey: NeighbourhoodSurvey) {
    return survey.sampleSize;
  }

  @FieldResolver(() => Float, { description: 'CBS social cohesion scale, 0–10' })
  cohesionScore(@Root() survey: NeighbourhoodSurvey) {
    return cohesionScore(survey.statements);
  }

  @FieldResolver(() => [SurveyItemScore], { description: 'The five statements of the CBS cohesion scale' })
  statements(@Root() survey: NeighbourhoodSurvey) {
    return surveyItems(survey.statements, STATEMENT_LABELS);
  }

  @FieldResolver(() => [SurveyItemScore], { description: "The five characteristics of 'Een buurt voor iedereen'" })
  characteristics(@Root() survey: NeighbourhoodSurvey) {
    return surveyItems(survey.characteristics, CHARACTERISTIC_LABELS);
  }
}
