import { byIdLoader, groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Course, CourseRun, Session } from './courses/course.entity';
import { Certificate, Enrolment } from './enrolments/enrolment.entity';

/** Per-request DataLoaders: one statement per batch. */
export function createLoaders(dataSource: DataSource) {
  return {
    course: byIdLoader(dataSource, Course),
    run: byIdLoader(dataSource, CourseRun),
    sessionsOfRun: new DataLoader<string, Session[]>(async (runIds) =>
      groupInto(
        runIds,
        await dataSource.getRepository(Session).find({ where: { runId: In([...runIds]) }, order: { startsAt: 'ASC' } }),
        (row) => row.runId,
      ),
    ),
    runsOfCourse: new DataLoader<string, CourseRun[]>(async (courseIds) =>
      groupInto(courseIds, await dataSource.getRepository(CourseRun).findBy({ courseId: In([...courseIds]) }), (row) => row.courseId),
    ),
    runsOfTeam: new DataLoader<string, CourseRun[]>(async (teamIds) =>
      groupInto(teamIds, await dataSource.getRepository(CourseRun).findBy({ teamId: In([...teamIds]) }), (row) => row.teamId),
    ),
    enrolmentsOfRun: new DataLoader<string, Enrolment[]>(async (runIds) =>
      groupInto(
        runIds,
        await dataSource.getRepository(Enrolment).find({ where: { runId: In([...runIds]) }, order: { enrolledAt: 'ASC' } }),
        (row) => row.runId,
      ),
    ),
    enrolmentsOfVolunteer: new DataLoader<string, Enrolment[]>(async (ids) =>
      groupInto(
        ids,
        await dataSource.getRepository(Enrolment).find({ where: { volunteerId: In([...ids]) }, order: { enrolledAt: 'ASC' } }),
        (row) => row.volunteerId,
      ),
    ),
    certificatesOfVolunteer: new DataLoader<string, Certificate[]>(async (ids) =>
      groupInto(
        ids,
        await dataSource.getRepository(Certificate).find({ where: { volunteerId: In([...ids]) }, order: { issuedOn: 'ASC' } }),
        (row) => row.volunteerId,
      ),
    ),
  };
}

export type TrainingLoaders = ReturnType<typeof createLoaders>;
