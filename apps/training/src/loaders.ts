import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Course, CourseRun, Session } from './courses/course.entity';
import { Certificate, Enrolment } from './enrolments/enrolment.entity';

/** Per-request DataLoaders: one statement per batch. */
export function createLoaders(dataSource: DataSource) {
  const grouped = <T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null) => keys.map((key) => rows.filter((row) => keyOf(row) === key));
  return {
    course: new DataLoader<string, Course | null>(async (ids) => {
      const rows = await dataSource.getRepository(Course).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    run: new DataLoader<string, CourseRun | null>(async (ids) => {
      const rows = await dataSource.getRepository(CourseRun).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    sessionsOfRun: new DataLoader<string, Session[]>(async (runIds) =>
      grouped(runIds, await dataSource.getRepository(Session).find({ where: { runId: In([...runIds]) }, order: { startsAt: 'ASC' } }), (row) => row.runId),
    ),
    runsOfCourse: new DataLoader<string, CourseRun[]>(async (courseIds) =>
      grouped(courseIds, await dataSource.getRepository(CourseRun).findBy({ courseId: In([...courseIds]) }), (row) => row.courseId),
    ),
    runsOfTeam: new DataLoader<string, CourseRun[]>(async (teamIds) => grouped(teamIds, await dataSource.getRepository(CourseRun).findBy({ teamId: In([...teamIds]) }), (row) => row.teamId)),
    enrolmentsOfRun: new DataLoader<string, Enrolment[]>(async (runIds) =>
      grouped(runIds, await dataSource.getRepository(Enrolment).find({ where: { runId: In([...runIds]) }, order: { enrolledAt: 'ASC' } }), (row) => row.runId),
    ),
    enrolmentsOfVolunteer: new DataLoader<string, Enrolment[]>(async (ids) =>
      grouped(ids, await dataSource.getRepository(Enrolment).find({ where: { volunteerId: In([...ids]) }, order: { enrolledAt: 'ASC' } }), (row) => row.volunteerId),
    ),
    certificatesOfVolunteer: new DataLoader<string, Certificate[]>(async (ids) =>
      grouped(ids, await dataSource.getRepository(Certificate).find({ where: { volunteerId: In([...ids]) }, order: { issuedOn: 'ASC' } }), (row) => row.volunteerId),
    ),
  };
}

export type TrainingLoaders = ReturnType<typeof createLoaders>;
