import { Role } from '@buurtvolk/identity';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import { Team } from '../teams/team.entity';
import { NeighbourhoodRequest, TeamRequestReceipt } from './neighbourhood-request.entity';
import { FollowUpNeighbourhoodRequestInput, NeighbourhoodRequestsArgs, RequestTeamInput } from './neighbourhood-request.inputs';

@Resolver(() => NeighbourhoodRequest)
export class NeighbourhoodRequestResolver {
  // Open to anyone, signed in or not: the gateway's rate limit for anonymous callers, the size limits of the input
  // and the honeypot keep it from being flooded.
  @Mutation(() => TeamRequestReceipt, {
    description: 'Asks the foundation for a team in a neighbourhood (the public form "Een team in uw buurt?"); no sign-in needed',
  })
  async requestTeam(
    @Arg('input', { description: 'The request' }) input: RequestTeamInput,
    @Ctx() ctx: TeamsContext,
  ): Promise<TeamRequestReceipt> {
    await ctx.requests.receive(input);
    return { received: true };
  }

  @Authorized(Role.ADMIN)
  @Query(() => [NeighbourhoodRequest], { description: 'Requests for a team, newest first (admins only: they hold contact data)' })
  neighbourhoodRequests(@Args() args: NeighbourhoodRequestsArgs, @Ctx() ctx: TeamsContext) {
    return ctx.requests.list(args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeighbourhoodRequest, {
    description: 'Records how the follow-up of a request stands (admins only); send the version you read',
  })
  followUpNeighbourhoodRequest(
    @Arg('input', { description: 'The request, the version you read and its new status' }) input: FollowUpNeighbourhoodRequestInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.requests.followUp(input);
  }

  @FieldResolver(() => Neighbourhood, { nullable: true, description: 'The neighbourhood, when the postcode or an admin told which' })
  neighbourhood(@Root() request: NeighbourhoodRequest, @Ctx() ctx: TeamsContext) {
    return request.neighbourhoodId ? ctx.loaders.neighbourhood.load(request.neighbourhoodId) : null;
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the request became (BECAME_TEAM only)' })
  team(@Root() request: NeighbourhoodRequest, @Ctx() ctx: TeamsContext) {
    return request.teamId ? ctx.loaders.team.load(request.teamId) : null;
  }
}
