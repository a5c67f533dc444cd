import { Role } from '@buurtvolk/identity';
import { access, connectionTypes, forbidden } from '@buurtvolk/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ActivitiesContext } from '../context';
import type { TeamActivitiesPage } from '../loaders';
import { NeighbourhoodReference, PartnerReference, TeamReference, VolunteerReference } from '../references';
import { Activity } from './activity.entity';
import { ActivitiesArgs, CompleteActivityInput, PlanActivityInput, PlanActivitySeriesInput, UpdateActivityInput } from './activity.inputs';

export const ActivityConnection = connectionTypes(Activity, 'Activity');

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized()
  @Query(() => Activity, {
    nullable: true,
    description:
      "One activity; null when it does not exist or the caller may not see its team (admins, the team's people, partners serving its neighbourhood)",
  })
  async activity(
    @Arg('id', () => ID, { description: 'Stable identifier (uuid) of the activity' }) id: string,
    @Ctx() ctx: ActivitiesContext,
  ) {
    const activity = await ctx.loaders.activity.load(id);
    return activity && (await ctx.policy.canSeeTeam(activity.teamId)) ? activity : null;
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity, { description: "Plans one activity for a team (admins, or the team's coordinators)" })
  planActivity(@Arg('input', { description: 'The activity to plan' }) input: PlanActivityInput, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.plan(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => [Activity], {
    description: 'A weekly or monthly series; returns its occurrences, each changeable or cancellable on its own',
  })
  planActivitySeries(@Arg('input', { description: 'The series to plan' }) input: PlanActivitySeriesInput, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.planSeries(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity, { description: 'Changes one planned activity (one occurrence of a series)' })
  updateActivity(
    @Arg('input', { description: 'The activity, the version you read and the changes' }) input: UpdateActivityInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.activities.update(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity, {
    description: "Cancels a planned activity (admins, or the team's coordinators); it stays in the agenda as CANCELLED",
  })
  cancelActivity(
    @Arg('id', () => ID, { description: 'Stable identifier (uuid) of the activity' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.activities.cancel(id, version);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity, { description: 'Marks an activity done with the residents it reached' })
  completeActivity(
    @Arg('input', { description: 'The activity, the version you read and the outcome' }) input: CompleteActivityInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.activities.complete(input);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => Activity, { description: 'Signs you up; refused with CONFLICT when full' })
  signUp(
    @Arg('activityId', () => ID, { description: 'The activity to sign up for (Activity.id)' }) activityId: string,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.activities.signUp(activityId);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => Boolean, { description: "Takes the caller's sign-up back; true when there was one" })
  cancelSignUp(
    @Arg('activityId', () => ID, { description: 'The activity signed up for (Activity.id)' }) activityId: string,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.activities.cancelSignUp(activityId);
  }

  @FieldResolver(() => TeamReference, { description: 'The team that organises it' })
  team(@Root() activity: Activity): TeamReference {
    return { id: activity.teamId };
  }

  @FieldResolver(() => NeighbourhoodReference, { description: 'The neighbourhood the team works in' })
  neighbourhood(@Root() activity: Activity): NeighbourhoodReference {
    return { id: activity.neighbourhoodId };
  }

  @FieldResolver(() => PartnerReference, { nullable: true, description: 'The partner organisation involved; null when none' })
  partner(@Root() activity: Activity): PartnerReference | null {
    return activity.partnerId ? { id: activity.partnerId } : null;
  }

  @FieldResolver(() => [VolunteerReference], { description: 'The team members who organise it' })
  organisers(@Root() activity: Activity): VolunteerReference[] {
    return activity.organiserIds.map((id) => ({ id }));
  }

  @FieldResolver(() => Int, { description: 'People signed up' })
  async signUpCount(@Root() activity: Activity, @Ctx() ctx: ActivitiesContext) {
    return (await ctx.loaders.signUps.load(activity.id)).length;
  }

  @FieldResolver(() => [VolunteerReference], { nullable: true, description: 'Who signed up; for the team and admins' })
  async signedUp(@Root() activity: Activity, @Ctx() ctx: ActivitiesContext) {
    if (!access.isAdmin(ctx.identity) && !access.belongsTo(ctx.identity, activity.teamId))
      throw forbidden('Only the team sees who signed up');
    return (await ctx.loaders.signUps.load(activity.id)).map((id) => ({ id }));
  }
}

@Resolver(() => TeamReference)
export class TeamActivitiesResolver {
  @Authorized()
  @FieldResolver(() => ActivityConnection, { nullable: true, description: "The team's activities by start" })
  async activities(@Root() team: TeamReference, @Args() args: ActivitiesArgs, @Ctx() ctx: ActivitiesContext) {
    if (!(await ctx.policy.canSeeTeam(team.id)))
      throw forbidden('Activities are for admins, the team and partners serving its neighbourhood');
    if (args.after) return ctx.activities.list({ teamId: team.id }, args);
    const page: TeamActivitiesPage = {
      teamId: team.id,
      first: args.first,
      from: args.from?.toISOString() ?? null,
      to: args.to?.toISOString() ?? null,
      status: args.status ?? null,
    };
    return ctx.loaders.teamActivitiesFirstPage.load(JSON.stringify(page));
  }
}

@Resolver(() => PartnerReference)
export class PartnerActivitiesResolver {
  @Authorized()
  @FieldResolver(() => ActivityConnection, { nullable: true, description: 'Activities this partner is involved in' })
  async activities(@Root() partner: PartnerReference, @Args() args: ActivitiesArgs, @Ctx() ctx: ActivitiesContext) {
    const identity = ctx.identity;
    if (access.isAdmin(identity) || identity?.partnerId === partner.id) return ctx.activities.list({ partnerId: partner.id }, args);
    if (identity?.role === Role.COORDINATOR || identity?.role === Role.VOLUNTEER)
      return ctx.activities.list({ partnerId: partner.id, teamIds: identity.teamIds }, args);
    throw forbidden('Partners see their own activities');
  }
}
