import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ImpactContext } from '../context';
import { NeighbourhoodBaseline } from './neighbourhood-baseline.entity';
import { SetNeighbourhoodBaselineInput } from './neighbourhood-baseline.inputs';

@Resolver(() => NeighbourhoodBaseline)
export class NeighbourhoodBaselineResolver {
  // Assumptions about a neighbourhood, not figures about people: admins keep them, so admins read the list.
  @Authorized(Role.ADMIN)
  @Query(() => [NeighbourhoodBaseline], {
    description:
      'Every neighbourhood’s baseline (hours that would have been given anyway) with its source (admins); reports show their own',
  })
  neighbourhoodBaselines(@Ctx() ctx: ImpactContext) {
    return ctx.baselines.list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeighbourhoodBaseline, { description: 'Records or corrects a neighbourhood’s baseline (admins; audited)' })
  setNeighbourhoodBaseline(
    @Arg('input', () => SetNeighbourhoodBaselineInput, {
      description: 'The neighbourhood, the baseline with its source, and the version you read when correcting',
    })
    input: SetNeighbourhoodBaselineInput,
    @Ctx() ctx: ImpactContext,
  ) {
    return ctx.baselines.set(input);
  }
}
