import { todayInAmsterdam } from '@buurtvolk/domain';
import { Role } from '@buurtvolk/identity';
import { access, forbidden } from '@buurtvolk/subgraph-kit';
import { IsOptional, IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { TrainingContext } from '../context';
import { Course, CourseRun } from '../courses/course.entity';
import { NeighbourhoodReference, TeamReference, VolunteerReference } from '../references';
import { Certificate, Enrolment, EnrolmentStatus } from './enrolment.entity';

@ArgsType()
class EnrolArgs {
  @Field(() => ID, { description: 'The course run (CourseRun.id)' })
  @IsUUID()
  runId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to you; coordinators may enrol a member of their team' })
  @IsOptional()
  @IsUUID()
  volunteerId?: string;
}

@ObjectType('TrainingCoverage', {
  description: 'For one required course: current members who need it, and how many hold a valid certificate',
})
class TrainingCoverage {
  @Field(() => Course, { description: 'The required course' })
  course: Course;

  @Field(() => Int, { description: 'Current members in the roles that need it' })
  required: number;

  @Field(() => Int, { description: 'How many of them hold a valid certificate for it' })
  covered: number;

  @Field(() => [VolunteerReference], { nullable: true, description: 'Who still needs it; for the team’s coordinators and admins' })
  missing: VolunteerReference[] | null;
}

@ObjectType('TrainingFigures', { description: "Training in a neighbourhood's teams, for admins and partners serving the neighbourhood" })
class TrainingFiguresType {
  @Field(() => Int, { description: 'Course runs attended by people of the neighbourhood’s teams' })
  trainingsGiven: number;

  @Field(() => Int, { description: "Certificates issued to people of the neighbourhood's teams" })
  certificatesIssued: number;

  @Field(() => Int, { nullable: true, description: 'Hidden from partners under 10' })
  peopleCertified: number | null;
}

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER)
  @Mutation(() => Enrolment, { description: 'Enrols in a course run, or joins its waiting list when it is full' })
  enrol(@Args() { runId, volunteerId }: EnrolArgs, @Ctx() ctx: TrainingContext) {
    return ctx.enrolments.enrol(runId, volunteerId ?? ctx.identity?.volunteerId);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER)
  @Mutation(() => Enrolment, { description: 'Cancels an enrolment; the first on the waiting list moves up' })
  cancelEnrolment(@Arg('id', () => ID, { description: 'The enrolment to cancel (Enrolment.id)' }) id: string, @Ctx() ctx: TrainingContext) {
    return ctx.enrolments.cancel(id);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.VOLUNTEER)
  @Mutation(() => Enrolment, {
    description: 'The trainer or coordinator records attendance; attending every session issues the certificate',
  })
  recordAttendance(
    @Arg('sessionId', () => ID, { description: 'The session (Session.id)' }) sessionId: string,
    @Arg('volunteerId', () => ID, { description: "The person attending (Volunteer.id), enrolled in the session's run" })
    volunteerId: string,
    @Arg('present', { description: 'True when they attended' }) present: boolean,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.enrolments.recordAttendance(sessionId, volunteerId, present);
  }

  @FieldResolver(() => CourseRun, { description: 'The course run' })
  run(@Root() enrolment: Enrolment, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.run.load(enrolment.runId);
  }

  @FieldResolver(() => VolunteerReference, { nullable: true, description: 'The person; null after they were erased' })
  volunteer(@Root() enrolment: Enrolment): VolunteerReference | null {
    return enrolment.volunteerId ? { id: enrolment.volunteerId } : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place on the waiting list, 1 is next' })
  async waitingPosition(@Root() enrolment: Enrolment, @Ctx() ctx: TrainingContext) {
    if (enrolment.status !== EnrolmentStatus.WAITING) return null;
    const waiting = (await ctx.loaders.enrolmentsOfRun.load(enrolment.runId)).filter((other) => other.status === EnrolmentStatus.WAITING);
    return waiting.filter((other) => BigInt(other.waitingPosition ?? 0) < BigInt(enrolment.waitingPosition ?? 0)).length + 1;
  }
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @FieldResolver(() => Course, { description: 'The course completed' })
  course(@Root() certificate: Certificate, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.course.load(certificate.courseId);
  }

  @FieldResolver(() => Boolean, { description: 'True unless validUntil has passed (Europe/Amsterdam)' })
  valid(@Root() certificate: Certificate): boolean {
    return certificate.validUntil === null || certificate.validUntil >= todayInAmsterdam();
  }
}

@Resolver(() => VolunteerReference)
export class VolunteerTrainingResolver {
  @Authorized()
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: "The person's enrolments; for the person, their coordinators and admins (FORBIDDEN otherwise)",
  })
  async enrolments(@Root() volunteer: VolunteerReference, @Ctx() ctx: TrainingContext) {
    if (!(await ctx.policy.canManagePerson(volunteer.id))) throw forbidden('Only the person, their coordinators and admins see enrolments');
    return ctx.loaders.enrolmentsOfVolunteer.load(volunteer.id);
  }

  @Authorized()
  @FieldResolver(() => [Certificate], {
    nullable: true,
    description: "The person's certificates; for the person, their coordinators and admins (FORBIDDEN otherwise)",
  })
  async certificates(@Root() volunteer: VolunteerReference, @Ctx() ctx: TrainingContext) {
    if (!(await ctx.policy.canManagePerson(volunteer.id)))
      throw forbidden('Only the person, their coordinators and admins see certificates');
    return ctx.loaders.certificatesOfVolunteer.load(volunteer.id);
  }
}

@Resolver(() => TeamReference)
export class TeamCoverageResolver {
  @Authorized()
  @FieldResolver(() => [TrainingCoverage], {
    nullable: true,
    description: 'For each required course, how many current members hold a valid certificate',
  })
  async trainingCoverage(@Root() team: TeamReference, @Ctx() ctx: TrainingContext): Promise<TrainingCoverage[]> {
    if (!access.isAdmin(ctx.identity) && !access.belongsTo(ctx.identity, team.id))
      throw forbidden('Training coverage is for the team and admins');
    const seeNames = access.isAdmin(ctx.identity) || access.coordinates(ctx.identity, team.id);
    const coverage = await ctx.coverage.forTeam(team.id);
    return Promise.all(
      coverage.map(async (row) => ({
        course: (await ctx.loaders.course.load(row.courseId))!,
        required: row.required,
        covered: row.covered,
        missing: seeNames ? row.missingVolunteerIds.map((id) => ({ id })) : null,
      })),
    );
  }
}

@Resolver(() => NeighbourhoodReference)
export class NeighbourhoodTrainingResolver {
  @Authorized()
  @FieldResolver(() => TrainingFiguresType, {
    nullable: true,
    description: 'Training figures of the neighbourhood; for admins and partners serving it (FORBIDDEN otherwise)',
  })
  async trainingFigures(@Root() neighbourhood: NeighbourhoodReference, @Ctx() ctx: TrainingContext) {
    if (!(await ctx.policy.servesArea(neighbourhood.id)))
      throw forbidden('Training figures are for admins and partners serving the neighbourhood');
    return ctx.coverage.forNeighbourhood(neighbourhood.id);
  }
}
