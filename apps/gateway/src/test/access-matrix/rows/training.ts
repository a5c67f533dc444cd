import { demoId } from '@buurtvolk/domain';
import { Role } from '@buurtvolk/identity';
import { ADMINS_ONLY, outcomes, SIGNED_IN } from '../cast';
import { unique } from '../fixtures/dates';
import { courseRun, courseRunInput, enrolment } from '../fixtures/training';
import type { Row } from '../matrix';

/** The course catalogue, runs, enrolments and attendance (the training subgraph). */

export const trainingRows: Row<any>[] = [
  {
    operation: 'Query.courses',
    document: '{ courses { id title } }',
    expect: SIGNED_IN,
  },
  {
    operation: 'Query.course',
    document: 'query ($id: ID!) { course(id: $id) { id title } }',
    variables: () => ({ id: demoId('course:introduction') }),
    expect: SIGNED_IN,
  },
  {
    operation: 'Query.trainingAuditLog',
    document: '{ trainingAuditLog(first: 1) { totalCount } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.createCourse',
    document: 'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
    variables: () => ({
      input: { title: `Matrix ${unique()}`, kind: 'SKILL_TRAINING', sessionCount: 1, studyHours: 2, givesCertificate: false },
    }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.scheduleCourseRun',
    document: 'mutation ($input: ScheduleCourseRunInput!) { scheduleCourseRun(input: $input) { id } }',
    // Coaching for one team: its coordinators schedule it; every other run is scheduled by admins.
    variables: (cell) => ({ input: courseRunInput(demoId('course:team-coaching'), cell.target.team) }),
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.enrol',
    document: 'mutation ($run: ID!, $person: ID) { enrol(runId: $run, volunteerId: $person) { id } }',
    arrange: async (cell, world) => ({ variables: { run: (await courseRun(world)).id, person: cell.target.person } }),
    expect: outcomes({ volunteerSelf: 'allowed', coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.cancelEnrolment',
    document: 'mutation ($id: ID!) { cancelEnrolment(id: $id) { id } }',
    arrange: async (cell, world) => ({ variables: { id: await enrolment(world, (await courseRun(world)).id, cell.target.person) } }),
    // Someone else's enrolment is not found.
    expect: outcomes({
      volunteerSelf: 'allowed',
      volunteerOnMate: 'NOT_FOUND',
      volunteerOnOtherTeam: 'NOT_FOUND',
      coordinatorOnOwnTeam: 'allowed',
      coordinatorOnOtherTeam: 'NOT_FOUND',
      coordinatorSelf: 'allowed',
      admin: 'allowed',
    }),
  },
  {
    operation: 'Mutation.recordAttendance',
    document:
      'mutation ($session: ID!, $person: ID!) { recordAttendance(sessionId: $session, volunteerId: $person, present: true) { id } }',
    // A volunteer caller is the run's peer trainer, who records attendance of anyone in it — except their own, as
    // attending every session certifies.
    arrange: async (cell, world) => {
      const trainer = cell.identity?.role === Role.VOLUNTEER ? cell.identity.volunteerId : undefined;
      const run = await courseRun(world, { trainer });
      await enrolment(world, run.id, cell.target.person);
      return { variables: { session: run.sessionId, person: cell.target.person } };
    },
    expect: outcomes({ volunteerOnMate: 'allowed', volunteerOnOtherTeam: 'allowed', coordinatorOnOwnTeam: 'allowed', admin: 'allowed' }),
  },
];
