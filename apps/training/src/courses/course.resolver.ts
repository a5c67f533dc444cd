import { Role } from '@buurtvolk/identity';
import { access } from '@buurtvolk/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TrainingContext } from '../context';
import { Enrolment, EnrolmentStatus } from '../enrolments/enrolment.entity';
import { TeamReference, VolunteerReference } from '../references';
import { Course, CourseRun, Session } from './course.entity';
import { CreateCourseInput, ScheduleCourseRunInput } from './course.inputs';

@Resolver(() => Course)
export class CourseResolver {
  @Authorized()
  @Query(() => [Course], { description: 'The course catalogue' })
  courses(@Ctx() ctx: TrainingContext) {
    return ctx.courses.list();
  }

  @Authorized()
  @Query(() => Course, {
    nullable: true,
    description: 'One course of the catalogue, for any signed-in caller; null when it does not exist',
  })
  course(@Arg('id', () => ID, { description: 'Stable identifier (uuid) of the course' }) id: string, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.course.load(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Course, { description: 'Adds a course to the catalogue (admins only)' })
  createCourse(@Arg('input', { description: 'The new course' }) input: CreateCourseInput, @Ctx() ctx: TrainingContext) {
    return ctx.courses.create(input);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => CourseRun, {
    description: 'Schedules a run of a course with its sessions; coordinators only coaching for their own team',
  })
  scheduleCourseRun(
    @Arg('input', { description: 'The course, places, trainer and sessions' }) input: ScheduleCourseRunInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return ctx.courses.schedule(input);
  }

  @FieldResolver(() => [CourseRun], { description: 'Runs open to all teams or to one of yours' })
  async runs(@Root() course: Course, @Ctx() ctx: TrainingContext) {
    const runs = await ctx.loaders.runsOfCourse.load(course.id);
    return runs.filter((run) => !run.teamId || access.isAdmin(ctx.identity) || (ctx.identity?.teamIds ?? []).includes(run.teamId));
  }
}

@Resolver(() => CourseRun)
export class CourseRunResolver {
  @FieldResolver(() => Course, { description: 'The course this is a run of' })
  course(@Root() run: CourseRun, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.course.load(run.courseId);
  }

  @FieldResolver(() => [Session], { description: "The run's sessions" })
  sessions(@Root() run: CourseRun, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.sessionsOfRun.load(run.id);
  }

  @FieldResolver(() => TeamReference, { nullable: true, description: 'Empty: open to all teams' })
  team(@Root() run: CourseRun): TeamReference | null {
    return run.teamId ? { id: run.teamId } : null;
  }

  @FieldResolver(() => VolunteerReference, { nullable: true, description: 'A peer trainer' })
  trainerVolunteer(@Root() run: CourseRun): VolunteerReference | null {
    return run.trainerVolunteerId ? { id: run.trainerVolunteerId } : null;
  }

  @FieldResolver(() => Int, { description: 'Places taken: enrolled and completed enrolments' })
  async enrolledCount(@Root() run: CourseRun, @Ctx() ctx: TrainingContext) {
    return (await ctx.loaders.enrolmentsOfRun.load(run.id)).filter(
      (enrolment) => enrolment.status === EnrolmentStatus.ENROLLED || enrolment.status === EnrolmentStatus.COMPLETED,
    ).length;
  }

  @FieldResolver(() => Int, { description: 'People on the waiting list' })
  async waitingCount(@Root() run: CourseRun, @Ctx() ctx: TrainingContext) {
    return (await ctx.loaders.enrolmentsOfRun.load(run.id)).filter((enrolment) => enrolment.status === EnrolmentStatus.WAITING).length;
  }

  @FieldResolver(() => [Enrolment], { description: 'The enrolments you may see: your own, or your teams’ people' })
  async enrolments(@Root() run: CourseRun, @Ctx() ctx: TrainingContext) {
    const all = await ctx.loaders.enrolmentsOfRun.load(run.id);
    const visible = await Promise.all(
      all.map((enrolment) => (enrolment.volunteerId ? ctx.policy.canManagePerson(enrolment.volunteerId) : false)),
    );
    return all.filter((_, i) => visible[i]);
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => CourseRun, { description: 'The course run this session belongs to' })
  run(@Root() session: Session, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.run.load(session.runId);
  }
}

@Resolver(() => TeamReference)
export class TeamCoachingResolver {
  @Authorized()
  @FieldResolver(() => [Session], { nullable: true, description: 'Coaching sessions for this team' })
  async coachingSessions(@Root() team: TeamReference, @Ctx() ctx: TrainingContext) {
    if (!access.isAdmin(ctx.identity) && !access.belongsTo(ctx.identity, team.id)) return null;
    const runs = await ctx.loaders.runsOfTeam.load(team.id);
    return (await Promise.all(runs.map((run) => ctx.loaders.sessionsOfRun.load(run.id))))
      .flat()
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }
}
