/** The training subgraph: the catalogue, enrolments, attendance, certificates and a team's training coverage. */
import type { Client } from 'pg';
import { trainingSubgraph } from '../../../apps/training/src/subgraph';
import { callers } from '../callers';
import { analyse, fillHistory, subjects, TODAY } from '../national-sample';
import { entityField, event, one, type Operation, request } from '../operation';
import { loadTraining } from './training-data';

const { team, volunteer } = subjects;

async function load(client: Client): Promise<void> {
  await loadTraining(client);
  await fillHistory(client, 'training');
  await analyse(client);
}

/** A run open to all whose sessions are still to come. */
const comingRun = (db: Client) =>
  one(
    db,
    `SELECT r.id FROM course_runs r JOIN courses c ON c.id = r.course_id WHERE r.team_id IS NULL AND c.kind = 'SKILL_TRAINING'
            AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.run_id = r.id AND s.starts_at < now()) ORDER BY c.title LIMIT 1`,
  );

const operations: Operation[] = [
  entityField(
    'Team.trainingCoverage: who lacks a required course (coordinator)',
    callers.coordinator,
    'Team',
    'trainingCoverage { course { title } required covered missing { id } }',
    { id: team.teamId },
  ),
  entityField(
    "Team.coachingSessions: the team's coaching (volunteer)",
    callers.volunteer,
    'Team',
    'coachingSessions { startsAt run { trainerName } }',
    { id: team.teamId },
  ),
  entityField(
    "Neighbourhood.trainingFigures: a neighbourhood's training (partner)",
    callers.partner,
    'Neighbourhood',
    'trainingFigures { trainingsGiven certificatesIssued peopleCertified }',
    { id: team.neighbourhoodId },
  ),
  entityField(
    "Volunteer.enrolments and certificates: a member's training (coordinator)",
    callers.coordinator,
    'Volunteer',
    'enrolments { status run { course { title } } } certificates { issuedOn course { title } }',
    { id: volunteer.volunteerId },
  ),
  request(
    'courses: the catalogue with its runs (volunteer)',
    callers.volunteer,
    '{ courses { id title runs { id enrolledCount waitingCount sessions { startsAt } } } }',
  ),
  request(
    'course: one course and who enrolled (coordinator)',
    callers.coordinator,
    'query ($id: ID!) { course(id: $id) { title runs { enrolledCount enrolments { status volunteer { id } } } } }',
    async ({ db }) => one(db, `SELECT id FROM courses WHERE 'MEMBER' = ANY(required_for_roles)`),
  ),
  request(
    'enrol: in a coming run (volunteer)',
    callers.volunteer,
    'mutation ($run: ID!) { enrol(runId: $run) { id status } }',
    async ({ db }) => ({ run: (await comingRun(db)).id }),
  ),
  request(
    'cancelEnrolment (volunteer)',
    callers.volunteer,
    'mutation ($id: ID!) { cancelEnrolment(id: $id) { id status } }',
    async ({ db }) =>
      one(db, `SELECT id FROM enrolments WHERE volunteer_id = $1 AND status = 'ENROLLED' ORDER BY enrolled_at DESC LIMIT 1`, [
        volunteer.volunteerId,
      ]),
  ),
  request(
    'scheduleCourseRun: coaching for the team (coordinator)',
    callers.coordinator,
    'mutation ($input: ScheduleCourseRunInput!) { scheduleCourseRun(input: $input) { id } }',
    async ({ db }) => {
      const startsAt = new Date(Date.now() + 14 * 86_400_000);
      const sessions = [
        { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(), location: 'Buurthuis' },
      ];
      return {
        input: {
          courseId: (await one(db, `SELECT id FROM courses WHERE kind = 'COACHING'`)).id,
          teamId: team.teamId,
          capacity: 25,
          trainerName: 'Coach',
          sessions,
        },
      };
    },
  ),
  request(
    'recordAttendance: a session of a run (coordinator)',
    callers.coordinator,
    'mutation ($session: ID!, $person: ID!) { recordAttendance(sessionId: $session, volunteerId: $person, present: true) { id status } }',
    async ({ db }) => {
      const person = team.members[3].volunteerId;
      const run = (await comingRun(db)).id;
      await db.query(`INSERT INTO enrolments (id, run_id, volunteer_id, status) VALUES (gen_random_uuid(), $1, $2, 'ENROLLED')`, [
        run,
        person,
      ]);
      return { person, session: (await one(db, 'SELECT id FROM sessions WHERE run_id = $1 ORDER BY starts_at LIMIT 1', [run])).id };
    },
  ),
  event('a new member in the team directory', 'MembershipStarted', async ({ db }) => {
    const { id } = await one(db, 'SELECT gen_random_uuid() AS id');
    return { membershipId: id, teamId: team.teamId, neighbourhoodId: team.neighbourhoodId, volunteerId: id, role: 'MEMBER', from: TODAY };
  }),
];

export const training = { definition: trainingSubgraph, load, operations };
