import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ImpactContext } from '../context';
import { LiveabilityScore } from './liveability-score.entity';
import { RecordLiveabilityScoreInput } from './liveability-score.inputs';

@Resolver(() => LiveabilityScore)
export class LiveabilityScoreResolver {
  // Published data about places that admins import; reports show the scores of their own neighbourhoods.
  @Authorized(Role.ADMIN)
  @Query(() => [LiveabilityScore], {
    description: 'Imported Leefbaarometer scores per neighbourhood and edition, with their sources (admins); reports show their own',
  })
  liveabilityScores(
    @Arg('neighbourhoodId', () => ID, { nullable: true, description: 'Only this neighbourhood’s editions; all when left out' })
    neighbourhoodId: string | undefined,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.liveability.list(neighbourhoodId ?? undefined);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LiveabilityScore, {
    description: 'Imports or corrects a neighbourhood’s Leefbaarometer score for one edition (admins; audited)',
  })
  recordLiveabilityScore(
    @Arg('input', () => RecordLiveabilityScoreInput, {
      description: 'The neighbourhood, the edition, the score with its source, and the version you read when correcting',
    })
    input: RecordLiveabilityScoreInput,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.liveability.record(input);
  }
}
