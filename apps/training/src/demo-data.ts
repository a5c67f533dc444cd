import { addYears, DEMO_PLACES, demoId, demoMembers, shiftKeepingAmsterdamTime, todayInAmsterdam } from '@buurtvolk/domain';
import type { Logger } from '@buurtvolk/subgraph-kit';
import { seedDemoDirectory } from '@buurtvolk/team-directory';
import type { DataSource, EntityManager } from 'typeorm';
import { SOURCE } from './enrolments/enrolment.service';

const COURSES = [
  {
    key: 'introduction',
    title: 'Introductie Buurtvolk',
    kind: 'INFORMATION_SESSION',
    theme: null,
    sessions: 1,
    hours: 3,
    months: null,
    roles: ['MEMBER'],
  },
  {
    key: 'coordinator',
    title: 'Coördinatorentraining',
    kind: 'SKILL_TRAINING',
    theme: null,
    sessions: 3,
    hours: 12,
    months: null,
    roles: ['COORDINATOR'],
  },
  { key: 'first-aid', title: 'Eerste hulp (EHBO)', kind: 'SKILL_TRAINING', theme: 'HEALTH', sessions: 2, hours: 8, months: 24, roles: [] },
  {
    key: 'energy-coach',
    title: 'Energiecoach',
    kind: 'SKILL_TRAINING',
    theme: 'SUSTAINABILITY',
    sessions: 4,
    hours: 16,
    months: 36,
    roles: [],
  },
  {
    key: 'language-cafe',
    title: 'Gastvrouw/-heer taalcafé',
    kind: 'SKILL_TRAINING',
    theme: 'PERSONAL_DEVELOPMENT',
    sessions: 2,
    hours: 6,
    months: null,
    roles: [],
  },
  { key: 'team-coaching', title: 'Teamcoaching', kind: 'COACHING', theme: null, sessions: 1, hours: 2, months: null, roles: [] },
] as const;

/** Which demo members hold which certificate: most have had the introduction, not all; coordinators of some teams lack their course. */
function holds(course: string, index: number, place: string): boolean {
  if (course === 'introduction') return index % 4 !== 3;
  if (course === 'coordinator') return index === 1 && !['delfshaven', 'crabbehof', 'te-werve'].includes(place);
  if (course === 'first-aid') return index % 5 === 2;
  return false;
}

/** The catalogue, a past run of each course with the certificates it gave, and upcoming runs to enrol in. */
export async function seedDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE courses IN EXCLUSIVE MODE');
    if (Number((await manager.query('SELECT count(*) AS n FROM courses'))[0].n) > 0) return;
    await seedDemoDirectory(manager);
    const today = todayInAmsterdam();
    const now = new Date(`${today}T09:00:00Z`);
    for (const course of COURSES) {
      await manager.query(
        `INSERT INTO courses (id, title, kind, theme, session_count, study_hours, gives_certificate, certificate_valid_months, required_for_roles)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          demoId(`course:${course.key}`),
          course.title,
          course.kind,
          course.theme,
          course.sessions,
          course.hours,
          course.kind !== 'COACHING',
          course.months,
          course.roles,
        ],
      );
      // A past run, one in a year ago, with everyone who holds the certificate; and an upcoming run.
      await insertRun(manager, course.key, 'past', course.sessions, shiftKeepingAmsterdamTime(now, { months: -12 }), 200, null);
      await insertRun(
        manager,
        course.key,
        'next',
        course.sessions,
        shiftKeepingAmsterdamTime(now, { days: 21 }),
        course.key === 'first-aid' ? 2 : 15,
        null,
      );
    }
    for (const member of demoMembers()) {
      for (const course of COURSES) {
        if (!holds(course.key, member.index, member.place.key)) continue;
        const issuedOn = shiftKeepingAmsterdamTime(now, { months: course.key === 'first-aid' && member.index % 10 === 2 ? -30 : -12 })
          .toISOString()
          .slice(0, 10);
        const enrolmentId = demoId(`enrolment:${course.key}:past:${member.volunteerId}`);
        await manager.query(`INSERT INTO enrolments (id, run_id, volunteer_id, status) VALUES ($1, $2, $3, 'COMPLETED')`, [
          enrolmentId,
          demoId(`run:${course.key}:past`),
          member.volunteerId,
        ]);
        await manager.query(
          `INSERT INTO attendance (session_id, enrolment_id, present) SELECT id, $1, true FROM sessions WHERE run_id = $2`,
          [enrolmentId, demoId(`run:${course.key}:past`)],
        );
        await manager.query(
          `INSERT INTO certificates (id, volunteer_id, course_id, run_id, team_id, neighbourhood_id, issued_on, valid_until) VALUES ($1, $2, $3, NULL, $4, $5, $6, $7)`,
          [
            demoId(`certificate:${course.key}:${member.volunteerId}`),
            member.volunteerId,
            demoId(`course:${course.key}`),
            member.teamId,
            member.neighbourhoodId,
            issuedOn,
            course.months ? addYears(issuedOn, course.months / 12) : null,
          ],
        );
      }
    }
    for (const place of DEMO_PLACES.filter((candidate) => candidate.status === 'ACTIVE')) {
      await insertRun(
        manager,
        'team-coaching',
        `coaching-${place.key}`,
        1,
        shiftKeepingAmsterdamTime(now, { days: 10 }),
        25,
        demoId(`team:${place.key}`),
      );
    }
    await recordDemoHistory(manager);
    logger.info({ courses: COURSES.length }, 'demo data loaded');
  });
}

/**
 * CertificateIssued as the live code would have recorded it for each seeded certificate, so that a consumer replaying
 * this outbox (impact) gets the demo's history. Already published: the demo is seeded before any consumer subscribes,
 * and live consumers must not handle it again. Ids are hashes of the certificate, the same on every machine; each
 * dates from the end of the day it was issued.
 */
async function recordDemoHistory(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     SELECT md5('CertificateIssued:' || c.id)::uuid, 'CertificateIssued', $1,
            jsonb_build_object('certificateId', c.id, 'volunteerId', c.volunteer_id, 'courseId', c.course_id, 'teamId', c.team_id,
                               'neighbourhoodId', c.neighbourhood_id, 'issuedOn', to_char(c.issued_on, 'YYYY-MM-DD')),
            least((c.issued_on + time '17:00') AT TIME ZONE 'Europe/Amsterdam', now()), now()
       FROM certificates c`,
    [SOURCE],
  );
}

async function insertRun(
  manager: EntityManager,
  course: string,
  key: string,
  sessions: number,
  firstStart: Date,
  capacity: number,
  teamId: string | null,
): Promise<void> {
  const runId = demoId(`run:${course}:${key}`);
  await manager.query(
    `INSERT INTO course_runs (id, course_id, team_id, capacity, trainer_name, trainer_organisation, status) VALUES ($1, $2, $3, $4, $5, $6, 'OPEN')`,
    [runId, demoId(`course:${course}`), teamId, capacity, 'Sanne de Boer', 'Stichting Buurtvolk'],
  );
  for (let i = 0; i < sessions; i += 1) {
    const startsAt = shiftKeepingAmsterdamTime(firstStart, { days: 7 * i });
    await manager.query(`INSERT INTO sessions (id, run_id, starts_at, ends_at, location) VALUES ($1, $2, $3, $4, 'Buurthuis De Kroon')`, [
      demoId(`session:${course}:${key}:${i}`),
      runId,
      startsAt,
      new Date(startsAt.getTime() + 2 * 3_600_000),
    ]);
  }
}
