import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Team } from '../teams/team.entity';
import { TeamCoach } from './team-coach.entity';
import { AssignTeamCoachInput, EndTeamCoachInput } from './team-coach.inputs';

@Resolver(() => TeamCoach)
export class TeamCoachResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => TeamCoach, { description: 'Assigns a professional coach to a team (admins); a coach is not a member' })
  assignTeamCoach(
    @Arg('input', { description: 'The team, the coach and the first day' }) input: AssignTeamCoachInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.coaches.assign(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamCoach, { description: "Ends a coach's assignment on its last day (admins); the history stays" })
  endTeamCoach(
    @Arg('input', { description: 'The coaching, the version you read and the last day' }) input: EndTeamCoachInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.coaches.end(input);
  }

  @FieldResolver(() => Team, { description: 'The team being coached' })
  team(@Root() coach: TeamCoach, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.team.load(coach.teamId);
  }
}
