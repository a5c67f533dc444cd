import { demoId } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph, deliverEvent } from '@buurtvolk/testing';
import { trainingSubgraph } from '../subgraph';

let subgraph: TestSubgraph;
const admin = testIdentities.admin();
const FEIJENOORD = demoId('team:feijenoord');
const member = (index: number) => demoId(`volunteer:feijenoord-${String(index).padStart(2, '0')}`);
const volunteer = (index: number) => testIdentities.volunteer(member(index), FEIJENOORD);
const coordinator = testIdentities.coordinator(FEIJENOORD, member(1));
const future = (days: number, hour = 9) => new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();

beforeAll(async () => {
  subgraph = await startTestSubgraph(trainingSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

const SCHEDULE = `mutation ($input: ScheduleCourseRunInput!) { scheduleCourseRun(input: $input) { id capacity } }`;
const ENROL = `mutation ($runId: ID!, $volunteerId: ID) { enrol(runId: $runId, volunteerId: $volunteerId) { id status waitingPosition } }`;
const CANCEL = `mutation ($id: ID!) { cancelEnrolment(id: $id) { status } }`;

async function schedule(course: string, capacity: number, sessions = 1): Promise<string> {
  const result = await subgraph.query(
    SCHEDULE,
    {
      input: {
        courseId: demoId(`course:${course}`),
        capacity,
        trainerName: 'Trainer',
        sessions: Array.from({ length: sessions }, (_, i) => ({
          startsAt: future(10 + i),
          endsAt: future(10 + i, 11),
          location: 'Buurthuis',
        })),
      },
    },
    admin,
  );
  if (!result.data?.scheduleCourseRun) throw new Error(JSON.stringify(result.errors));
  return result.data.scheduleCourseRun.id;
}

async function statuses(runId: string): Promise<{ status: string; position: string | null; volunteer: string }[]> {
  return subgraph.dataSource.query(
    `SELECT status, waiting_position AS position, volunteer_id AS volunteer FROM enrolments WHERE run_id = $1 ORDER BY enrolled_at`,
    [runId],
  );
}

describe('enrolment and the waiting list', () => {
  it('fills the places, then queues in order; a cancellation moves the first waiting person up and tells them', async () => {
    const runId = await schedule('first-aid', 2, 2);
    const results = [];
    for (const index of [2, 3, 4, 5]) results.push((await subgraph.query(ENROL, { runId }, volunteer(index))).data.enrol);
    expect(results.map((result) => [result.status, result.waitingPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITING', 1],
      ['WAITING', 2],
    ]);

    await subgraph.query(CANCEL, { id: results[0].id }, volunteer(2));
    const after = await statuses(runId);
    expect(
      after
        .filter((row) => row.status === 'ENROLLED')
        .map((row) => row.volunteer)
        .sort(),
    ).toEqual([member(3), member(4)].sort());
    const [event] = await subgraph.dataSource.query(`SELECT payload FROM event_outbox WHERE type = 'EnrolmentPromoted'`);
    expect(event.payload).toMatchObject({ volunteerId: member(4), runId });
  });

  it('never exceeds capacity nor skips the order when many enrol and cancel at once', async () => {
    const runId = await schedule('language-cafe', 5, 2);
    const people = Array.from({ length: 16 }, (_, i) => i + 2);
    const enrolled = await Promise.all(people.map((index) => subgraph.query(ENROL, { runId }, volunteer(index))));
    expect(enrolled.every((result) => result.data?.enrol)).toBe(true);
    let rows = await statuses(runId);
    expect(rows.filter((row) => row.status === 'ENROLLED')).toHaveLength(5);
    const waiting = rows.filter((row) => row.status === 'WAITING').sort((a, b) => Number(a.position) - Number(b.position));
    expect(waiting.map((row) => Number(row.position))).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));

    const toCancel = enrolled.filter((result) => result.data.enrol.status === 'ENROLLED').slice(0, 3);
    await Promise.all(toCancel.map((result) => subgraph.query(CANCEL, { id: result.data.enrol.id }, admin)));
    rows = await statuses(runId);
    expect(rows.filter((row) => row.status === 'ENROLLED')).toHaveLength(5);
    // The first three on the waiting list, and only they, moved up.
    const nowEnrolled = rows.filter((row) => row.status === 'ENROLLED').map((row) => row.volunteer);
    expect(nowEnrolled).toEqual(expect.arrayContaining(waiting.slice(0, 3).map((row) => row.volunteer)));
    expect(
      rows
        .filter((row) => row.status === 'WAITING')
        .map((row) => row.volunteer)
        .sort(),
    ).toEqual(
      waiting
        .slice(3)
        .map((row) => row.volunteer)
        .sort(),
    );
  });

  it('refuses enrolling twice, a run that has started, and a cancelled run', async () => {
    const runId = await schedule('energy-coach', 10, 4);
    await subgraph.query(ENROL, { runId }, volunteer(2));
    const twice = await subgraph.query(ENROL, { runId }, volunteer(2));
    expect(twice.errors?.[0]).toMatchObject({ message: 'Already enrolled in this run', extensions: { code: 'CONFLICT' } });
    const past = await subgraph.query(ENROL, { runId: demoId('run:energy-coach:past') }, volunteer(2));
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'runId', message: 'has started or is in the past' }],
    });
    await subgraph.dataSource.query(`UPDATE course_runs SET status = 'CANCELLED' WHERE id = $1`, [runId]);
    const cancelled = await subgraph.query(ENROL, { runId }, volunteer(3));
    expect(cancelled.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'runId', message: 'is cancelled' }],
    });
  });

  it('refuses sessions that end before they start, a negative capacity and the wrong number of sessions, writing nothing', async () => {
    const [{ before }] = await subgraph.dataSource.query('SELECT count(*)::int AS before FROM course_runs');
    const backwards = await subgraph.query(
      SCHEDULE,
      {
        input: {
          courseId: demoId('course:introduction'),
          capacity: 5,
          sessions: [{ startsAt: future(5, 11), endsAt: future(5, 9), location: 'x' }],
        },
      },
      admin,
    );
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sessions.0.endsAt' }] });
    const negative = await subgraph.query(
      SCHEDULE,
      {
        input: {
          courseId: demoId('course:introduction'),
          capacity: -3,
          sessions: [{ startsAt: future(5), endsAt: future(5, 11), location: 'x' }],
        },
      },
      admin,
    );
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'capacity' }] });
    const count = await subgraph.query(
      SCHEDULE,
      {
        input: {
          courseId: demoId('course:coordinator'),
          capacity: 5,
          sessions: [{ startsAt: future(5), endsAt: future(5, 11), location: 'x' }],
        },
      },
      admin,
    );
    expect(count.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'sessions', message: 'must be 3 sessions for this course' }],
    });
    const [{ after }] = await subgraph.dataSource.query('SELECT count(*)::int AS after FROM course_runs');
    expect(after).toBe(before);
  });
});

describe('attendance and certificates', () => {
  const ATTEND = `mutation ($sessionId: ID!, $volunteerId: ID!) { recordAttendance(sessionId: $sessionId, volunteerId: $volunteerId, present: true) { status } }`;
  const COVERAGE = `query ($id: ID!) { _entities(representations: [{ __typename: "Team", id: $id }]) { ... on Team { trainingCoverage { course { title } required covered missing { id } } } } }`;

  it('issues a certificate with its validity after every session, and the team’s coverage shows it', async () => {
    const coverage = async () => (await subgraph.query(COVERAGE, { id: FEIJENOORD }, coordinator)).data._entities[0].trainingCoverage;
    const before = (await coverage()).find((row: { course: { title: string } }) => row.course.title === 'Introductie Buurtvolk');
    expect(before.covered).toBeLessThan(before.required);
    const person = before.missing[0].id;

    const runId = await schedule('introduction', 10);
    await subgraph.query(ENROL, { runId, volunteerId: person }, coordinator);
    const [session] = await subgraph.dataSource.query('SELECT id FROM sessions WHERE run_id = $1', [runId]);
    const attended = await subgraph.query(ATTEND, { sessionId: session.id, volunteerId: person }, coordinator);
    expect(attended.data.recordAttendance.status).toBe('COMPLETED');

    const after = (await coverage()).find((row: { course: { title: string } }) => row.course.title === 'Introductie Buurtvolk');
    expect(after.covered).toBe(before.covered + 1);
    expect(after.missing.map((row: { id: string }) => row.id)).not.toContain(person);
    const [event] = await subgraph.dataSource.query(
      `SELECT payload FROM event_outbox WHERE type = 'CertificateIssued' AND payload->>'volunteerId' = $1`,
      [person],
    );
    expect(event.payload).toMatchObject({ courseId: demoId('course:introduction'), teamId: FEIJENOORD });
  });

  it('refuses attendance for someone not enrolled, and from the person themselves', async () => {
    const runId = await schedule('introduction', 10);
    const [session] = await subgraph.dataSource.query('SELECT id FROM sessions WHERE run_id = $1', [runId]);
    const notEnrolled = await subgraph.query(ATTEND, { sessionId: session.id, volunteerId: member(9) }, coordinator);
    expect(notEnrolled.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'volunteerId', message: 'is not enrolled in this run' }],
    });
    await subgraph.query(ENROL, { runId }, volunteer(9));
    const self = await subgraph.query(ATTEND, { sessionId: session.id, volunteerId: member(9) }, volunteer(9));
    expect(self.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('never lets a coordinator or a peer trainer certify their own enrolment', async () => {
    const runId = await schedule('introduction', 10);
    const [session] = await subgraph.dataSource.query('SELECT id FROM sessions WHERE run_id = $1', [runId]);
    await subgraph.query(ENROL, { runId }, coordinator);
    const own = await subgraph.query(ATTEND, { sessionId: session.id, volunteerId: member(1) }, coordinator);
    expect(own.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('Nobody records attendance for themselves'),
    });
    await subgraph.dataSource.query('UPDATE course_runs SET trainer_volunteer_id = $1 WHERE id = $2', [member(1), runId]);
    const asTrainer = await subgraph.query(ATTEND, { sessionId: session.id, volunteerId: member(1) }, volunteer(1));
    expect(asTrainer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ certificates }] = await subgraph.dataSource.query('SELECT count(*)::int AS certificates FROM certificates WHERE run_id = $1', [
      runId,
    ]);
    expect(certificates).toBe(0);
    expect((await subgraph.query(ATTEND, { sessionId: session.id, volunteerId: member(1) }, admin)).data.recordAttendance.status).toBe(
      'COMPLETED',
    );
  });

  it('shows volunteers their own enrolments and certificates, and partners only counts', async () => {
    const MINE = `query ($id: ID!) { _entities(representations: [{ __typename: "Volunteer", id: $id }]) { ... on Volunteer { certificates { course { title } valid } enrolments { status } } } }`;
    const own = await subgraph.query(MINE, { id: member(2) }, volunteer(2));
    expect(own.data._entities[0].certificates.map((row: { course: { title: string } }) => row.course.title)).toContain(
      'Introductie Buurtvolk',
    );
    const mate = await subgraph.query(MINE, { id: member(2) }, volunteer(3));
    expect(mate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const figures = await subgraph.query(
      `query ($id: ID!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) { ... on Neighbourhood { trainingFigures { trainingsGiven certificatesIssued peopleCertified } } } }`,
      { id: demoId('neighbourhood:feijenoord') },
      testIdentities.partner(demoId('partner:gemeente-rotterdam')),
    );
    expect(figures.data._entities[0].trainingFigures.certificatesIssued).toBeGreaterThan(10);
  });
});

describe('erasure', () => {
  it('unlinks an erased volunteer from enrolments and certificates but keeps the counts, with one receipt in the audit log', async () => {
    const erased = member(12);
    const [{ before }] = await subgraph.dataSource.query('SELECT count(*)::int AS before FROM certificates');
    // Delivered twice, as at-least-once delivery may.
    for (let delivery = 0; delivery < 2; delivery += 1)
      await subgraph.dataSource.transaction((manager) =>
        deliverEvent(trainingSubgraph, manager, 'VolunteerErased', { volunteerId: erased }),
      );
    const [{ linked }] = await subgraph.dataSource.query(
      'SELECT (SELECT count(*) FROM certificates WHERE volunteer_id = $1) + (SELECT count(*) FROM enrolments WHERE volunteer_id = $1) AS linked',
      [erased],
    );
    expect(Number(linked)).toBe(0);
    const [{ after }] = await subgraph.dataSource.query('SELECT count(*)::int AS after FROM certificates');
    expect(after).toBe(before);
    const receipts = await subgraph.query(
      `query ($id: ID!) { trainingAuditLog(entityId: $id) { edges { node { action entityType actorSubject } } } }`,
      { id: erased },
      admin,
    );
    expect(receipts.data.trainingAuditLog.edges.map(({ node }: { node: unknown }) => node)).toEqual([
      { action: 'volunteer.erased', entityType: 'Volunteer', actorSubject: 'volunteers-service' },
    ]);
  });
});
