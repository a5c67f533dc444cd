import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Team } from '../teams/team.entity';
import { Membership } from './membership.entity';
import { AddMembershipInput, EndMembershipInput } from './membership.inputs';
import { VolunteerReference } from './volunteer-reference';

@Resolver(() => Membership)
export class MembershipResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Membership, { description: 'Adds a person to a team (admins, or its coordinators); a person is in one team at a time' })
  addMembership(
    @Arg('input', { description: 'The team, the person and the first day' }) input: AddMembershipInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.memberships.add(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Membership, { description: 'Ends a membership on its last day (admins, or its coordinators); the history stays' })
  endMembership(
    @Arg('input', { description: 'The membership, the version you read and the last day' }) input: EndMembershipInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.memberships.end(input);
  }

  @FieldResolver(() => Team, { description: 'The team of this membership' })
  team(@Root() membership: Membership, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.team.load(membership.teamId);
  }

  @FieldResolver(() => VolunteerReference, {
    description: 'The person (from the volunteers service, which decides what of them the caller may read)',
  })
  volunteer(@Root() membership: Membership): VolunteerReference {
    return { id: membership.volunteerId };
  }
}
