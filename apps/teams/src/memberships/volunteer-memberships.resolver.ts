import { todayInAmsterdam } from '@buurtvolk/domain';
import { access } from '@buurtvolk/subgraph-kit';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Team } from '../teams/team.entity';
import { Membership } from './membership.entity';
import { VolunteerReference } from './volunteer-reference';

@Resolver(() => VolunteerReference)
export class VolunteerMembershipsResolver {
  @Authorized()
  @FieldResolver(() => [Membership], { nullable: true, description: "The person's memberships, past and present; for the person, their coordinators and admins" })
  async memberships(@Root() volunteer: VolunteerReference, @Ctx() ctx: TeamsContext) {
    const memberships = await ctx.loaders.membershipsOfVolunteer.load(volunteer.id);
    const identity = ctx.identity;
    const allowed = access.isAdmin(identity) || identity?.volunteerId === volunteer.id || memberships.some((membership) => access.coordinates(identity, membership.teamId));
    return allowed ? memberships : null;
  }

  @Authorized()
  @FieldResolver(() => Team, { nullable: true })
  async currentTeam(@Root() volunteer: VolunteerReference, @Ctx() ctx: TeamsContext) {
    const today = todayInAmsterdam();
    const current = (await ctx.loaders.membershipsOfVolunteer.load(volunteer.id)).find((membership) => membership.from <= today && (membership.until === null || membership.until >= today));
    const team = current ? await ctx.loaders.team.load(current.teamId) : null;
    return team && (await ctx.policy.canSeeTeam(team)) ? team : null;
  }
}
