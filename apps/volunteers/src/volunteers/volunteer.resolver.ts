import { Role } from '@buurtvolk/identity';
import { forbidden, PageInfo, suppressSmallCell } from '@buurtvolk/subgraph-kit';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Consent } from '../consents/consent.entity';
import type { VolunteersContext } from '../context';
import { NeighbourhoodReference } from '../references';
import { WellbeingCheck } from '../wellbeing/wellbeing-check.entity';
import { DomainChangeType } from '../wellbeing/wellbeing.resolver';
import { personalChange } from '../wellbeing/wellbeing.rules';
import { VolunteerStatusChange } from './status-change.entity';
import { VogStatus, Volunteer } from './volunteer.entity';
import {
  ChangeVolunteerStatusInput,
  DayPart,
  RegisterVolunteerInput,
  UpdateVolunteerInput,
  VolunteersArgs,
  Weekday,
} from './volunteer.inputs';

@ObjectType('Availability', { description: 'A part of a weekday on which the person is available' })
class Availability {
  @Field(() => Weekday, { description: 'The weekday' })
  day: Weekday;

  @Field(() => DayPart, { description: 'Morning, afternoon or evening' })
  part: DayPart;
}

@ObjectType('VolunteerEdge', { description: 'One Volunteer on a page of a VolunteerConnection, with its cursor' })
class VolunteerEdge {
  @Field({ description: 'Opaque position of this item; pass it as after to get the items that follow it' })
  cursor: string;

  @Field(() => Volunteer, { description: 'The Volunteer itself' })
  node: Volunteer;
}

@ObjectType('VolunteerConnection', { description: 'Partners get the count only (hidden under 10), never the people' })
export class VolunteerConnection {
  @Field(() => [VolunteerEdge], {
    nullable: true,
    description: 'The volunteers on this page with their cursors, by display name; FORBIDDEN for partners',
  })
  edges: VolunteerEdge[];

  @Field(() => PageInfo, { description: 'Whether more items follow and the cursor to ask for them' })
  pageInfo: PageInfo;

  @Field(() => Int, {
    nullable: true,
    description: 'All volunteers that match the filters, across pages; hidden (null) for partners when under 10',
  })
  totalCount: number;
}

@Resolver(() => VolunteerConnection)
export class VolunteerConnectionResolver {
  @FieldResolver(() => [VolunteerEdge], {
    nullable: true,
    description: 'The volunteers on this page with their cursors, by display name; FORBIDDEN for partners',
  })
  edges(@Root() connection: VolunteerConnection, @Ctx() ctx: VolunteersContext) {
    if (ctx.policy.isPartner) throw forbidden('Partners see counts and figures, not people');
    return connection.edges;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'All volunteers that match the filters, across pages; hidden (null) for partners when under 10',
  })
  totalCount(@Root() connection: VolunteerConnection, @Ctx() ctx: VolunteersContext) {
    return suppressSmallCell(connection.totalCount, ctx.identity);
  }
}

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Authorized()
  @Query(() => VolunteerConnection, { description: "Volunteers by display name, within the caller's teams (admins: all)" })
  volunteers(@Args() args: VolunteersArgs, @Ctx() ctx: VolunteersContext) {
    return ctx.volunteers.list(args);
  }

  @Authorized()
  @Query(() => Volunteer, { nullable: true, description: "One volunteer; null when it does not exist or is outside the caller's teams" })
  async volunteer(
    @Arg('id', () => ID, { description: 'Stable identifier (uuid) of the volunteer' }) id: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    const volunteer = await ctx.loaders.volunteer.load(id);
    return volunteer && (await ctx.policy.canSee(volunteer)) ? volunteer : null;
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Volunteer, { description: 'Registers a resident for a team (status INTAKE)' })
  registerVolunteer(
    @Arg('input', { description: "The team, the person's details and the day they joined" }) input: RegisterVolunteerInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.volunteers.register(input);
  }

  @Authorized()
  @Mutation(() => Volunteer, {
    description: 'Changes details: the person their own contact, languages, talents and availability; coordinators and admins everything',
  })
  updateVolunteer(
    @Arg('input', { description: 'The volunteer, the version you read and the changes' }) input: UpdateVolunteerInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.volunteers.update(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => Volunteer, {
    description: "Changes a volunteer's status from a given day (admins, or the coordinators of their team); the history is kept",
  })
  changeVolunteerStatus(
    @Arg('input', { description: 'The volunteer, the version you read, the new status and the day' }) input: ChangeVolunteerStatusInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.volunteers.changeStatus(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ID, { description: 'Erases a volunteer (right to be forgotten): personal data is wiped here and in every other service' })
  eraseVolunteer(
    @Arg('id', () => ID, { description: 'Stable identifier (uuid) of the volunteer' }) id: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.volunteers.erase(id);
  }

  @FieldResolver(() => [Availability], { description: 'When the person is available, by weekday and part of day' })
  availability(@Root() volunteer: Volunteer): Availability[] {
    return volunteer.availability.map((slot) => {
      const [day, part] = slot.split(':');
      return { day: day as Weekday, part: part as DayPart };
    });
  }

  @FieldResolver(() => NeighbourhoodReference, {
    nullable: true,
    description: 'Where the person lives; for the person, their coordinators and admins',
  })
  async neighbourhood(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext): Promise<NeighbourhoodReference | null> {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.neighbourhoodId ? { id: volunteer.neighbourhoodId } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Given name; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async givenName(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.givenName;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Family name; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async familyName(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.familyName;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'E-mail address; for the person, admins, and their coordinators when the person gave CONTACT consent (FORBIDDEN otherwise)',
  })
  async email(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertContact(volunteer);
    return volunteer.email;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Phone number; for the person, admins, and their coordinators when the person gave CONTACT consent (FORBIDDEN otherwise)',
  })
  async phone(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertContact(volunteer);
    return volunteer.phone;
  }

  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description: 'Date of birth; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async dateOfBirth(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.dateOfBirth;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Dutch postal code; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async postalCode(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.postalCode;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'House number; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async houseNumber(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.houseNumber;
  }

  @FieldResolver(() => VogStatus, { nullable: true, description: 'Certificate of conduct' })
  async vogStatus(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.vogStatus;
  }

  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day the certificate of conduct is valid; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async vogValidUntil(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return volunteer.vogValidUntil;
  }

  @FieldResolver(() => [VolunteerStatusChange], { nullable: true, description: 'Dated status transitions, oldest first' })
  async statusHistory(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return ctx.loaders.statusChanges.load(volunteer.id);
  }

  @FieldResolver(() => [Consent], {
    nullable: true,
    description: 'Consents given and withdrawn; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async consents(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return ctx.loaders.consents.load(volunteer.id);
  }

  @FieldResolver(() => [WellbeingCheck], { nullable: true, description: 'The wellbeing history, oldest first' })
  async wellbeingChecks(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return ctx.loaders.wellbeingChecks.load(volunteer.id);
  }

  @FieldResolver(() => WellbeingCheck, {
    nullable: true,
    description: 'The most recent wellbeing check; for the person, their coordinators and admins (FORBIDDEN otherwise)',
  })
  async latestWellbeing(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return (await ctx.loaders.wellbeingChecks.load(volunteer.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [DomainChangeType], { nullable: true, description: 'Change per domain from the first check to the latest' })
  async wellbeingChange(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    await ctx.policy.assertPersonal(volunteer);
    return personalChange(await ctx.loaders.wellbeingChecks.load(volunteer.id));
  }
}
