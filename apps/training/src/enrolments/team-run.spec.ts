import { demoId } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { trainingSubgraph } from '../subgraph';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const FEIJENOORD = demoId('team:feijenoord');
const CHARLOIS = demoId('team:charlois');
const member = (place: string, index: number) => demoId(`volunteer:${place}-${String(index).padStart(2, '0')}`);
const future = (days: number, hour = 9) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();

beforeAll(async () => {
  subgraph = await startTestSubgraph(trainingSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const SCHEDULE = `mutation ($input: ScheduleCourseRunInput!) { scheduleCourseRun(input: $input) { id } }`;
const ENROL = `mutation ($runId: ID!, $volunteerId: ID) { enrol(runId: $runId, volunteerId: $volunteerId) { id status } }`;
const ATTEND = `mutation ($sessionId: ID!, $volunteerId: ID!) { recordAttendance(sessionId: $sessionId, volunteerId: $volunteerId, present: true) { status } }`;

async function schedule(course: string, extra: Record<string, unknown>): Promise<string> {
  const result = await subgraph.query(
    SCHEDULE,
    {
      input: {
        courseId: demoId(`course:${course}`),
        capacity: 30,
        sessions: [{ startsAt: future(10), endsAt: future(10, 11), location: 'Buurthuis' }],
        ...extra,
      },
    },
    admin,
  );
  if (!result.data?.scheduleCourseRun) throw new Error(JSON.stringify(result.errors));
  return result.data.scheduleCourseRun.id;
}

// More requests at once than the pool has connections: none may wait for a second connection while its transaction
// holds one (and the run's lock), or they all wait on each other.
describe('many at once', () => {
  it('a team’s own run enrols all its members who sign up together, and refuses people of another team', async () => {
    const runId = await schedule('team-coaching', { teamId: FEIJENOORD });
    const people = Array.from({ length: 12 }, (_, i) => member('feijenoord', i + 2));
    const results = await Promise.all(
      people.map((person) => subgraph.query(ENROL, { runId }, testIdentities.volunteer(person, FEIJENOORD))),
    );
    expect(results.map((result) => result.data?.enrol?.status ?? result.errors)).toEqual(people.map(() => 'ENROLLED'));

    const outsider = await subgraph.query(ENROL, { runId }, testIdentities.volunteer(member('charlois', 2), CHARLOIS));
    expect(outsider.errors?.[0]).toMatchObject({
      message: 'This run is only for one team',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'runId', message: 'is for another team' }] },
    });
  });

  it('a volunteer trainer records everyone’s last session together, and each certificate names the person’s team', async () => {
    const trainer = member('feijenoord', 1);
    const runId = await schedule('introduction', { trainerVolunteerId: trainer });
    const people = Array.from({ length: 10 }, (_, i) => member('feijenoord', i + 2));
    for (const person of people) await subgraph.query(ENROL, { runId }, testIdentities.volunteer(person, FEIJENOORD));
    const [session] = await subgraph.dataSource.query('SELECT id FROM sessions WHERE run_id = $1', [runId]);

    const results = await Promise.all(
      people.map((person) =>
        subgraph.query(ATTEND, { sessionId: session.id, volunteerId: person }, testIdentities.volunteer(trainer, FEIJENOORD)),
      ),
    );
    expect(results.map((result) => result.data?.recordAttendance?.status ?? result.errors)).toEqual(people.map(() => 'COMPLETED'));
    const certificates = await subgraph.dataSource.query(
      'SELECT volunteer_id AS "volunteerId", team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM certificates WHERE run_id = $1 ORDER BY volunteer_id',
      [runId],
    );
    expect(certificates).toEqual(
      [...people].sort().map((volunteerId) => ({ volunteerId, teamId: FEIJENOORD, neighbourhoodId: demoId('neighbourhood:feijenoord') })),
    );
  });

  it('takes as peer trainer only a current team member, and from a coordinator only someone of their own team', async () => {
    const input = (trainerVolunteerId: string) => ({
      input: {
        courseId: demoId('course:team-coaching'),
        teamId: FEIJENOORD,
        capacity: 10,
        trainerVolunteerId,
        sessions: [{ startsAt: future(12), endsAt: future(12, 11), location: 'Buurthuis' }],
      },
    });
    const coordinator = testIdentities.coordinator(FEIJENOORD, member('feijenoord', 1));
    const stranger = await subgraph.query(SCHEDULE, input('00000000-0000-4000-8000-000000000abc'), admin);
    expect(stranger.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'trainerVolunteerId', message: 'is not a current member of a team' }],
    });
    const otherTeam = await subgraph.query(SCHEDULE, input(member('charlois', 3)), coordinator);
    expect(otherTeam.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'trainerVolunteerId', message: 'is not a member of your team' }],
    });
    expect((await subgraph.query(SCHEDULE, input(member('feijenoord', 3)), coordinator)).data.scheduleCourseRun.id).toEqual(
      expect.any(String),
    );
  });
});
