/**
 * Training data in the shape years of national use leave (the seed does not fill training): the catalogue, a run
 * of each course every quarter and a coaching run per team per quarter, every member through the courses their role
 * requires and a third through each other course, attendance of every session, and the certificates that gave.
 */
import type { Client } from 'pg';
import { DIRECTORY_TABLES, loadDirectory } from '../../seed/directory';
import { inTransaction, truncate } from '../../seed/load-support';
import { plan } from '../national-sample';

const COURSES = [
  ['Introductie Buurtvolk', 'INFORMATION_SESSION', 1, 3, true, null, ['MEMBER']],
  ['Coördinatorentraining', 'SKILL_TRAINING', 3, 12, true, null, ['COORDINATOR']],
  ['Eerste hulp (EHBO)', 'SKILL_TRAINING', 2, 8, true, 24, []],
  ['Energiecoach', 'SKILL_TRAINING', 4, 16, true, 36, []],
  ['Gastvrouw/-heer taalcafé', 'SKILL_TRAINING', 2, 6, true, null, []],
  ['Teamcoaching', 'COACHING', 1, 2, false, null, []],
] as const;

export async function loadTraining(client: Client): Promise<void> {
  await inTransaction(client, async () => {
    await truncate(client, DIRECTORY_TABLES);
    await loadDirectory(client, plan, () => undefined);
  });
  for (const [title, kind, sessions, hours, certifies, months, roles] of COURSES) {
    await client.query(
      `INSERT INTO courses (id, title, kind, session_count, study_hours, gives_certificate, certificate_valid_months, required_for_roles) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7)`,
      [title, kind, sessions, hours, certifies, months, roles],
    );
  }
  // Runs open to all every quarter since the first team started, and through next quarter; coaching per team.
  await client.query(`CREATE TEMP TABLE seed_runs AS
    SELECT gen_random_uuid() AS id, c.id AS course_id, NULL::uuid AS team_id, q AS quarter, 250 AS capacity
      FROM courses c, generate_series((SELECT date_trunc('quarter', min(starts_on)) FROM directory_teams), now() + interval '3 months', interval '3 months') q
     WHERE c.kind <> 'COACHING'
    UNION ALL
    SELECT gen_random_uuid(), c.id, t.team_id, q, 25
      FROM courses c, directory_teams t, generate_series(date_trunc('quarter', t.starts_on), now() + interval '3 months', interval '3 months') q
     WHERE c.kind = 'COACHING'`);
  await client.query(`INSERT INTO course_runs (id, course_id, team_id, capacity, trainer_name, status)
    SELECT id, course_id, team_id, capacity, CASE WHEN team_id IS NULL THEN 'Trainer' ELSE 'Coach' END, 'OPEN' FROM seed_runs`);
  // Weekly evening sessions from the third week of the quarter.
  await client.query(`INSERT INTO sessions (id, run_id, starts_at, ends_at, location)
    SELECT gen_random_uuid(), r.id, r.quarter + interval '20 days 19 hours' + n * interval '7 days', r.quarter + interval '20 days 21 hours' + n * interval '7 days', 'Buurthuis'
      FROM seed_runs r JOIN courses c ON c.id = r.course_id, generate_series(0, c.session_count - 1) n`);
  // Members take the course their role requires in the quarter after they join, and each other course by chance.
  await client.query(`INSERT INTO enrolments (id, run_id, volunteer_id, status, enrolled_at)
    SELECT gen_random_uuid(), q.id, m.volunteer_id, CASE WHEN q.quarter < date_trunc('quarter', now()) THEN 'COMPLETED' ELSE 'ENROLLED' END, q.quarter
      FROM directory_memberships m CROSS JOIN courses c
      JOIN seed_runs q ON q.course_id = c.id AND q.team_id IS NULL AND q.quarter = date_trunc('quarter', m.from_date) + interval '3 months'
     WHERE c.kind <> 'COACHING' AND (m.role = ANY(c.required_for_roles) OR ('MEMBER' = ANY(c.required_for_roles) AND random() < 0.9) OR random() < 0.3)`);
  await client.query(`INSERT INTO attendance (session_id, enrolment_id, present, recorded_at)
    SELECT s.id, e.id, random() < 0.95, s.ends_at FROM enrolments e JOIN sessions s ON s.run_id = e.run_id WHERE e.status = 'COMPLETED'`);
  await client.query(`INSERT INTO certificates (id, volunteer_id, course_id, run_id, team_id, neighbourhood_id, issued_on, valid_until)
    SELECT gen_random_uuid(), e.volunteer_id, c.id, r.id, m.team_id, m.neighbourhood_id, q.quarter::date + 60,
           CASE WHEN c.certificate_valid_months IS NOT NULL THEN q.quarter::date + 60 + c.certificate_valid_months * interval '1 month' END
      FROM enrolments e JOIN course_runs r ON r.id = e.run_id JOIN courses c ON c.id = r.course_id JOIN seed_runs q ON q.id = r.id
      JOIN directory_memberships m ON m.volunteer_id = e.volunteer_id
     WHERE e.status = 'COMPLETED' AND c.gives_certificate`);
}
