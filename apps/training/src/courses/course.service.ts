import { PG_UNIQUE_VIOLATION, pgErrorCode } from '@buurtvolk/database';
import { type AuditTrail, badUserInput, conflict, type FieldError, notFound } from '@buurtvolk/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { TrainingPolicy } from '../policy';
import { Course, CourseRun, Session } from './course.entity';
import type { CreateCourseInput, ScheduleCourseRunInput } from './course.inputs';

/** The catalogue: admins keep it; coordinators schedule coaching for their own team. */
export class CourseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TrainingPolicy,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<Course[]> {
    return this.dataSource.getRepository(Course).find({ order: { title: 'ASC' } });
  }

  async create(input: CreateCourseInput): Promise<Course> {
    if (!input.givesCertificate && input.certificateValidMonths) {
      throw badUserInput('certificateValidMonths applies only to a course that gives a certificate', [
        { field: 'certificateValidMonths', message: 'needs givesCertificate' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const course = manager.create(Course, {
        ...input,
        description: input.description ?? null,
        theme: input.theme ?? null,
        certificateValidMonths: input.certificateValidMonths ?? null,
        requiredForRoles: [...new Set(input.requiredForRoles ?? [])],
        id: randomUUID(),
        version: 1,
      });
      await manager.save(course).catch((error) => {
        if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw conflict(`A course named "${input.title}" already exists`);
        throw error;
      });
      await this.audit.record(manager, { action: 'course.created', entityType: 'Course', entityId: course.id });
      return course;
    });
  }

  /** A run with exactly the course's number of sessions, each ending after it starts, all in the future. */
  async schedule(input: ScheduleCourseRunInput): Promise<CourseRun> {
    this.policy.assertCanSchedule(input.teamId);
    const course = await this.dataSource.getRepository(Course).findOneBy({ id: input.courseId });
    if (!course) throw notFound('course', input.courseId);
    const problems: FieldError[] = [];
    if (input.sessions.length !== course.sessionCount)
      problems.push({ field: 'sessions', message: `must be ${course.sessionCount} sessions for this course` });
    input.sessions.forEach((session, i) => {
      if (session.endsAt <= session.startsAt) problems.push({ field: `sessions.${i}.endsAt`, message: 'must be after startsAt' });
      if (session.startsAt.getTime() < Date.now()) problems.push({ field: `sessions.${i}.startsAt`, message: 'must be in the future' });
      if (!session.location && !session.onlineLink)
        problems.push({ field: `sessions.${i}`, message: 'needs a location or an online link' });
    });
    const trainerProblem = input.trainerVolunteerId ? await this.policy.trainerProblem(input.trainerVolunteerId) : null;
    if (trainerProblem) problems.push({ field: 'trainerVolunteerId', message: trainerProblem });
    if (problems.length)
      throw badUserInput(`Invalid input: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`, problems);
    return this.dataSource.transaction(async (manager) => {
      const run = manager.create(CourseRun, {
        id: randomUUID(),
        courseId: course.id,
        teamId: input.teamId ?? null,
        capacity: input.capacity,
        trainerName: input.trainerName ?? null,
        trainerOrganisation: input.trainerOrganisation ?? null,
        trainerVolunteerId: input.trainerVolunteerId ?? null,
        status: 'OPEN',
        version: 1,
      });
      await manager.save(run);
      await manager.insert(
        Session,
        input.sessions.map((session) => ({
          id: randomUUID(),
          runId: run.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          location: session.location ?? null,
          onlineLink: session.onlineLink ?? null,
        })),
      );
      await this.audit.record(manager, {
        action: 'course-run.scheduled',
        entityType: 'CourseRun',
        entityId: run.id,
        relatedIds: [course.id],
      });
      return run;
    });
  }
}
