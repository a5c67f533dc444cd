import { Role } from '@buurtvolk/identity';
import { access, connectionTypes, forbidden } from '@buurtvolk/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ActivitiesContext } from '../context';
import { NeighbourhoodReference, PartnerReference, TeamReference, VolunteerReference } from '../references';
import { Activity } from './activity.entity';
import { ActivitiesArgs, CompleteActivityInput, PlanActivityInput, PlanActivitySeriesInput, UpdateActivityInput } from './activity.inputs';

export const ActivityConnection = connectionTypes(Activity, 'Activity');

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized()
  @Query(() => Activity, { nullable: true })
  async activity(@Arg('id', () => ID) id: string, @Ctx() ctx: ActivitiesContext) {
    const activity = await ctx.loaders.activity.load(id);
    return activity && (await ctx.policy.canSeeTeam(activity.teamId)) ? activity : null;
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity)
  planActivity(@Arg('input') input: PlanActivityInput, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.plan(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => [Activity], {
    description: 'A weekly or monthly series; returns its occurrences, each changeable or cancellable on its own',
  })
  planActivitySeries(@Arg('input') input: PlanActivitySeriesInput, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.planSeries(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity, { description: 'Changes one planned activity (one occurrence of a series)' })
  updateActivity(@Arg('input') input: UpdateActivityInput, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.update(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity)
  cancelActivity(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.cancel(id, version);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Activity, { description: 'Marks an activity done with the residents it reached' })
  completeActivity(@Arg('input') input: CompleteActivityInput, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.complete(input);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => Activity, { description: 'Signs you up; refused with CONFLICT when full' })
  signUp(@Arg('activityId', () => ID) activityId: string, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.signUp(activityId);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => Boolean)
  cancelSignUp(@Arg('activityId', () => ID) activityId: string, @Ctx() ctx: ActivitiesContext) {
    return ctx.activities.cancelSignUp(activityId);
  }

  @FieldResolver(() => TeamReference)
  team(@Root() activity: Activity): TeamReference {
    return { id: activity.teamId };
  }

  @FieldResolver(() => NeighbourhoodReference)
  neighbourhood(@Root() activity: Activity): NeighbourhoodReference {
    return { id: activity.neighbourhoodId };
  }

  @FieldResolver(() => PartnerReference, { nullable: true })
  partner(@Root() activity: Activity): PartnerReference | null {
    return activity.partnerId ? { id: activity.partnerId } : null;
  }

  @FieldResolver(() => [VolunteerReference])
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
    return ctx.activities.list({ teamId: team.id }, args);
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
