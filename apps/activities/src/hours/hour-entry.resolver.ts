import { Role } from '@buurtvolk/identity';
import { connectionTypes, forbidden } from '@buurtvolk/subgraph-kit';
import { Arg, Args, Authorized, Ctx, Float, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { ActivitiesContext } from '../context';
import { TeamReference, VolunteerReference } from '../references';
import { HourEntry } from './hour-entry.entity';
import {
  ApproveHourEntriesInput,
  DecideHourEntryInput,
  HourEntriesArgs,
  RegisterHoursInput,
  UpdateHourEntryInput,
} from './hour-entry.inputs';

export const HourEntryConnection = connectionTypes(HourEntry, 'HourEntry');

@Resolver(() => HourEntry)
export class HourEntryResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER)
  @Mutation(() => HourEntry, {
    description: 'Registers hours (status SUBMITTED) for yourself, or as coordinator for a member of your team',
  })
  registerHours(
    @Arg('input', { description: 'The day, minutes, theme and team' }) input: RegisterHoursInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.hours.register(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER)
  @Mutation(() => HourEntry, { description: 'Changes an entry that is not approved yet (a corrected rejected entry is submitted again)' })
  updateHourEntry(
    @Arg('input', { description: 'The entry, the version you read and the changes' }) input: UpdateHourEntryInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.hours.update(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => [HourEntry], { description: 'Approves entries, all or none; approving an approved entry again changes nothing' })
  approveHourEntries(
    @Arg('input', { description: 'The entries with the versions you read' }) input: ApproveHourEntriesInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.hours.approve(input.entries);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => HourEntry, { description: 'Rejects a submitted entry with a reason the volunteer sees' })
  rejectHourEntry(
    @Arg('input', { description: 'The entry, the version you read and the reason' }) input: DecideHourEntryInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.hours.reject(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => HourEntry, { description: 'Takes an approval back; the entry is submitted again' })
  revokeHourApproval(
    @Arg('input', { description: 'The entry, the version you read and the reason' }) input: DecideHourEntryInput,
    @Ctx() ctx: ActivitiesContext,
  ) {
    return ctx.hours.revokeApproval(input);
  }

  @FieldResolver(() => VolunteerReference, { description: 'The person whose hours these are' })
  volunteer(@Root() entry: HourEntry): VolunteerReference {
    return { id: entry.volunteerId };
  }

  @FieldResolver(() => TeamReference, { description: 'The team the hours were for' })
  team(@Root() entry: HourEntry): TeamReference {
    return { id: entry.teamId };
  }
}

@Resolver(() => VolunteerReference)
export class VolunteerHoursResolver {
  @Authorized()
  @FieldResolver(() => HourEntryConnection, {
    nullable: true,
    description: 'Hour entries, newest first; for the person, their coordinators and admins',
  })
  hourEntries(@Root() volunteer: VolunteerReference, @Args() args: HourEntriesArgs, @Ctx() ctx: ActivitiesContext) {
    return ctx.hours.listFor(volunteer.id, args);
  }

  @Authorized()
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Approved hours in a calendar year; for the person, the coordinators of their team and admins',
  })
  async hours(
    @Root() volunteer: VolunteerReference,
    @Arg('year', () => Int, { description: 'Calendar year (Europe/Amsterdam)' }) year: number,
    @Ctx() ctx: ActivitiesContext,
  ) {
    if (!(await ctx.policy.canSeePerson(volunteer.id)))
      throw forbidden('Only the person, the coordinators of their team and admins see their hours');
    return ctx.figures.volunteerYearHours(volunteer.id, year);
  }
}
