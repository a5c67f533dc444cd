import { Role } from '@buurtvolk/identity';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Partner } from '../partners/partner.entity';
import { Team } from '../teams/team.entity';
import { present } from '../present';
import { Neighbourhood } from './neighbourhood.entity';
import { CreateNeighbourhoodInput, NeighbourhoodsArgs, UpdateNeighbourhoodInput } from './neighbourhood.inputs';

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  @Authorized()
  @Query(() => [Neighbourhood], { description: "Neighbourhoods by city and name; for partners, their organisation's" })
  async neighbourhoods(@Args() args: NeighbourhoodsArgs, @Ctx() ctx: TeamsContext) {
    return ctx.neighbourhoods.list(args, (await ctx.policy.teamScope()).neighbourhoodIds);
  }

  @Authorized()
  @Query(() => Neighbourhood, {
    nullable: true,
    description: "One neighbourhood; null when it does not exist or, for partners, is not one of their organisation's",
  })
  async neighbourhood(
    @Arg('id', () => ID, { description: 'Stable identifier (uuid) of the neighbourhood' }) id: string,
    @Ctx() ctx: TeamsContext,
  ) {
    return (await ctx.policy.canSeeNeighbourhood(id)) ? ctx.loaders.neighbourhood.load(id) : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Neighbourhood, { description: 'Creates a neighbourhood (admins only)' })
  createNeighbourhood(@Arg('input', { description: 'The new neighbourhood' }) input: CreateNeighbourhoodInput, @Ctx() ctx: TeamsContext) {
    return ctx.neighbourhoods.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Neighbourhood, { description: 'Changes a neighbourhood; send the version you read' })
  updateNeighbourhood(
    @Arg('input', { description: 'The neighbourhood, the version you read and the changes' }) input: UpdateNeighbourhoodInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.neighbourhoods.update(input);
  }

  @Authorized()
  @FieldResolver(() => [Team], { description: 'Teams working in the neighbourhood that the caller may see' })
  async teams(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: TeamsContext) {
    const teams = await ctx.loaders.teamsInNeighbourhood.load(neighbourhood.id);
    const visible = await Promise.all(teams.map((team) => ctx.policy.canSeeTeam(team)));
    return teams.filter((_, i) => visible[i]);
  }

  @Authorized()
  @FieldResolver(() => [Partner], { description: 'Partner organisations serving the neighbourhood' })
  async partners(@Root() neighbourhood: Neighbourhood, @Ctx() ctx: TeamsContext) {
    return present(await ctx.loaders.partner.loadMany(await ctx.loaders.partnerIdsServingNeighbourhood.load(neighbourhood.id)));
  }
}
