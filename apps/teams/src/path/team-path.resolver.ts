import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Team } from '../teams/team.entity';
import { TeamChecklistItem, TeamFollowUp, TeamPhaseChange, TeamPhaseStanding, TeamYearlyReview } from './team-path.entity';
import {
  MoveTeamPhaseInput,
  RecordFollowUpMeasurementInput,
  SetYearlyGoalsInput,
  SetYearlyReflectionInput,
  TickTeamChecklistItemInput,
} from './team-path.inputs';

/** A team's 4 to 6 year path: the rules are in TeamPathService and TeamsPolicy. */
@Resolver(() => Team)
export class TeamPathResolver {
  @Authorized()
  @FieldResolver(() => TeamPhaseStanding, {
    nullable: true,
    description:
      "The phase the team is in and since when; null before any is recorded. For the team's members and coordinators, partners serving its neighbourhood and admins",
  })
  phase(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.path.phase(team);
  }

  @Authorized()
  @FieldResolver(() => [TeamPhaseChange], {
    nullable: true,
    description: 'Every phase change, oldest first, corrections included; for the same callers as phase',
  })
  phaseHistory(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.path.phaseHistory(team);
  }

  @Authorized()
  @FieldResolver(() => [TeamChecklistItem], {
    nullable: true,
    description:
      "The foundation's checklist for the phases up to the current one, with what is ticked; for the team's members and coordinators and admins",
  })
  checklist(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.path.checklist(team);
  }

  @Authorized()
  @FieldResolver(() => TeamYearlyReview, {
    nullable: true,
    description: "The team's review of a year; null when nothing is written for it. For the team's members and coordinators and admins",
  })
  yearlyReview(@Root() team: Team, @Arg('year', () => Int, { description: 'The calendar year' }) year: number, @Ctx() ctx: TeamsContext) {
    return ctx.path.yearlyReview(team, year);
  }

  @Authorized()
  @FieldResolver(() => [TeamFollowUp], {
    nullable: true,
    description:
      "The follow-up measurements 12 and 24 months after hand-over, with when they fall due; empty before hand-over. For the team's members and coordinators and admins",
  })
  followUps(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.path.followUps(team);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Team, {
    description: 'Records a team entering its next phase, or corrects the history with correction: true (admins only)',
  })
  moveTeamPhase(@Arg('input', { description: 'The team, the phase and the day' }) input: MoveTeamPhaseInput, @Ctx() ctx: TeamsContext) {
    return ctx.path.movePhase(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Team, { description: "Ticks or unticks an item of a team's phase checklist (admins only)" })
  tickTeamChecklistItem(
    @Arg('input', { description: 'The team and the item' }) input: TickTeamChecklistItemInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.path.tick(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => TeamYearlyReview, { description: "Sets a team's goals per theme for a year (its coordinators or admins)" })
  setYearlyGoals(@Arg('input', { description: 'The team, the year and the goals' }) input: SetYearlyGoalsInput, @Ctx() ctx: TeamsContext) {
    return ctx.path.setGoals(input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => TeamYearlyReview, { description: 'Records what the team says went well in a year and what not (its coordinators)' })
  setYearlyReflection(
    @Arg('input', { description: 'The team, the year and the reflection' }) input: SetYearlyReflectionInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.path.setReflection(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Team, { description: 'Records a follow-up measurement 12 or 24 months after hand-over (admins only)' })
  recordFollowUpMeasurement(
    @Arg('input', { description: 'The team, which follow-up and what was measured' }) input: RecordFollowUpMeasurementInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.path.recordFollowUp(input);
  }
}
