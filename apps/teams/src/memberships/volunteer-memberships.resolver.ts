import { todayInAmsterdam } from '@buurtvolk/domain';
import { access, forbidden } from '@buurtvolk/subgraph-kit';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Team } from '../teams/team.entity';
import { Membership } from './membership.entity';
import { VolunteerReference } from './volunteer-reference';

/**
 * Fields about a person that this service resolves follow the volunteers service's rules: rights follow current
 * membership, so a coordinator of a team the person has left no longer sees where they went.
 */
@Resolver(() => VolunteerReference)
export class VolunteerMembershipsResolver {
  @Authorized()
  @FieldResolver(() => [Membership], {
    nullable: true,
    description: "The person's memberships, past and present; for the person, the coordinators of their current team and admins",
  })
  async memberships(@Root() volunteer: VolunteerReference, @Ctx() ctx: TeamsContext) {
    const memberships = await ctx.loaders.membershipsOfVolunteer.load(volunteer.id);
    const identity = ctx.identity;
    const allowed =
      access.isAdmin(identity) ||
      identity?.volunteerId === volunteer.id ||
      memberships.some((membership) => isCurrent(membership) && access.coordinates(identity, membership.teamId));
    if (!allowed) throw forbidden("Only the person, the coordinators of their team and admins see a person's memberships");
    return memberships;
  }

  @Authorized()
  @FieldResolver(() => Team, { nullable: true, description: "The person's team now; for the person, their team and admins" })
  async currentTeam(@Root() volunteer: VolunteerReference, @Ctx() ctx: TeamsContext) {
    const current = (await ctx.loaders.membershipsOfVolunteer.load(volunteer.id)).find((membership) => isCurrent(membership));
    if (!current) return null;
    const identity = ctx.identity;
    if (!access.isAdmin(identity) && identity?.volunteerId !== volunteer.id && !access.belongsTo(identity, current.teamId)) {
      throw forbidden("Only the person, their team and admins see a person's team");
    }
    return ctx.loaders.team.load(current.teamId);
  }
}

function isCurrent(membership: Membership): boolean {
  const today = todayInAmsterdam();
  return membership.from <= today && (membership.until === null || membership.until >= today);
}
