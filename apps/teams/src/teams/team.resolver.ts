import { Role } from '@buurtvolk/identity';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, suppressSmallCell } from '@buurtvolk/subgraph-kit';
import type { TeamsContext } from '../context';
import { TeamCoach } from '../coaches/team-coach.entity';
import { Membership } from '../memberships/membership.entity';
import { Neighbourhood } from '../neighbourhoods/neighbourhood.entity';
import { Partner } from '../partners/partner.entity';
import { present } from '../present';
import { Team, TeamSizeIndicator } from './team.entity';
import { CreateTeamInput, TeamsArgs, UpdateTeamInput } from './team.inputs';
import { sizeIndicator } from './team.rules';

export const TeamConnection = connectionTypes(Team, 'Team');

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => TeamConnection, {
    description: 'Teams by name, optionally in one city or with one status; without a token, active teams only',
  })
  teams(@Args() args: TeamsArgs, @Ctx() ctx: TeamsContext) {
    return ctx.teams.list(args);
  }

  @Query(() => Team, {
    nullable: true,
    description:
      'One team; null when it does not exist or the caller may not see it (without a token, active teams only; partners, teams in their neighbourhoods)',
  })
  async team(@Arg('id', () => ID, { description: 'Stable identifier (uuid) of the team' }) id: string, @Ctx() ctx: TeamsContext) {
    const team = await ctx.loaders.team.load(id);
    return team && (await ctx.policy.canSeeTeam(team)) ? team : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Team, { description: 'Creates a team (admins only); it starts FORMING unless a status is given' })
  createTeam(@Arg('input', { description: 'The new team' }) input: CreateTeamInput, @Ctx() ctx: TeamsContext) {
    return ctx.teams.create(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Team, { description: 'Changes a team (admins, or its coordinators); send the version you read' })
  updateTeam(
    @Arg('input', { description: 'The team, the version you read and the changes' }) input: UpdateTeamInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.teams.update(input);
  }

  @FieldResolver(() => Neighbourhood, { description: 'The neighbourhood the team works in' })
  neighbourhood(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.neighbourhood.load(team.neighbourhoodId);
  }

  @Authorized()
  @FieldResolver(() => [Membership], {
    nullable: true,
    description: "Current memberships, or the whole history with includeEnded; for the team's own members, coordinators and admins",
  })
  memberships(
    @Root() team: Team,
    @Arg('includeEnded', { defaultValue: false, description: 'True to include memberships that have ended; false by default' })
    includeEnded: boolean,
    @Ctx() ctx: TeamsContext,
  ) {
    ctx.policy.assertCanSeeMembers(team.id);
    return includeEnded ? ctx.loaders.allMembershipsOfTeam.load(team.id) : ctx.loaders.currentMembershipsOfTeam.load(team.id);
  }

  @Authorized()
  @FieldResolver(() => [TeamCoach], {
    nullable: true,
    description:
      "The team's professional coaches now, or all of them with includeEnded; for the team's own members, coordinators and admins",
  })
  coaches(
    @Root() team: Team,
    @Arg('includeEnded', { defaultValue: false, description: 'True to include coaches whose assignment has ended; false by default' })
    includeEnded: boolean,
    @Ctx() ctx: TeamsContext,
  ) {
    ctx.policy.assertCanSeeMembers(team.id);
    return includeEnded ? ctx.loaders.allCoachesOfTeam.load(team.id) : ctx.loaders.currentCoachesOfTeam.load(team.id);
  }

  @Authorized()
  @FieldResolver(() => Int, { nullable: true, description: 'Current members and coordinators; empty for partners when under 10' })
  async memberCount(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return suppressSmallCell((await ctx.loaders.currentMembershipsOfTeam.load(team.id)).length, ctx.identity);
  }

  @Authorized()
  @FieldResolver(() => TeamSizeIndicator, {
    description: 'Current members against the target of 15 to 25, also when the count itself is hidden',
  })
  async sizeIndicator(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return sizeIndicator((await ctx.loaders.currentMembershipsOfTeam.load(team.id)).length);
  }

  @Authorized()
  @FieldResolver(() => [Partner], { description: "Partner organisations serving the team's neighbourhood" })
  async partners(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    const partnerIds = await ctx.loaders.partnerIdsServingNeighbourhood.load(team.neighbourhoodId);
    return present(await ctx.loaders.partner.loadMany(partnerIds));
  }
}
