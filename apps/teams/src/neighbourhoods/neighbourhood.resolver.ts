import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Partner } from '../partners/partner.entity';
import { Team } from '../teams/team.entity';
import { present } from '../present';
import { Neighbourhood } from './neighbourhood.entity';
import { CreateNeighbourhoodInput, NeighbourhoodsArgs, UpdateNeighbourhoodInput } from './neighbourhood.inputs';

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  @Query(() => [Neighbourhood], { description: 'Neighbourhoods by city and name' })
  neighbourhoods(@Args() args: NeighbourhoodsArgs, @Ctx() ctx: TeamsContext) {
    return ctx.neighbourhoods.list(args);
  }

  @Query(() => Neighbourhood, { nullable: true })
  neighbourhood(@Arg('id', () => ID) id: string, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.neighbourhood.load(id);
  }

  @Mutation(() => Neighbourhood)
  createNeighbourhood(@Arg('input') input: CreateNeighbourhoodInput, @Ctx() ctx: TeamsContext) {
    return ctx.neighbourhoods.create(input);
  }

  @Mutation(() => Neighbourhood, { description: 'Changes a neighbourhood; send the version you read' })
  updateNeighbourhood(@Arg('input') input: UpdateNeighbourhoodInput, @Ctx() ctx: TeamsContext) {
    return ctx.neighbourhoods.update(input);
  }

  @FieldResolver(() => [Team])
  teams(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.teamsInNeighbourhood.load(neighbourhood.id);
  }

  @FieldResolver(() => [Partner])
  async partners(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: TeamsContext) {
    return present(await ctx.loaders.partner.loadMany(await ctx.loaders.partnerIdsServingNeighbourhood.load(neighbourhood.id)));
  }
}
