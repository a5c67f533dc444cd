/**
 * Impact's read model as the other services' events leave it after years (the seed does not fill it): the
 * directory, memberships without the person, the state of every decided hour entry and its monthly sums, completed
 * activities, certificates, booked costs, funding agreements, wellbeing per team and year, and a neighbourhood
 * survey every year since each team started.
 */
import type { Client } from 'pg';
import { WellbeingDomain } from '@buurtvolk/domain';
import { CohesionStatement, InclusionCharacteristic } from '../../../apps/impact/src/surveys/cohesion.rules';
import { plan, stageActivities, stageHourEntries, THIS_YEAR } from '../national-sample';

const CATEGORIES = ['ALLOWANCES', 'ACTIVITIES', 'TRAINING', 'COORDINATION'];

export async function loadImpact(client: Client): Promise<void> {
  await loadDirectory(client);
  await stageHourEntries(client);
  await stageActivities(client);
  await client.query(`INSERT INTO hour_entry_states (entry_id, team_id, neighbourhood_id, theme, entry_date, minutes, approved, event_at, event_id, entry_version)
    SELECT id, team_id, neighbourhood_id, theme, entry_date, minutes, status = 'APPROVED', coalesce(decided_at, created_at), gen_random_uuid(), 2 FROM seed_hour_entries WHERE status <> 'SUBMITTED'`);
  await client.query(`INSERT INTO monthly_hours (team_id, neighbourhood_id, theme, month, minutes, entries)
    SELECT team_id, neighbourhood_id, theme, date_trunc('month', entry_date)::date, sum(minutes), count(*) FROM hour_entry_states WHERE approved GROUP BY 1, 2, 3, 4`);
  await client.query(`INSERT INTO completed_activities (activity_id, team_id, neighbourhood_id, theme, completed_on, residents_reached)
    SELECT id, team_id, neighbourhood_id, theme, (starts_at AT TIME ZONE 'Europe/Amsterdam')::date, coalesce(residents_reached, 0) FROM seed_activities WHERE status = 'DONE'`);
  // Two certificates per member: the introduction on joining, another course a year on.
  await client.query(`INSERT INTO issued_certificates (certificate_id, course_id, team_id, issued_on)
    SELECT gen_random_uuid(), c.course_id, m.team_id, m.from_date + c.after FROM team_memberships m,
           (VALUES (gen_random_uuid(), 30), (gen_random_uuid(), 400)) AS c (course_id, after) WHERE m.from_date + c.after <= now()`);
  await client.query(`INSERT INTO funding_agreements (agreement_id, partner_id, title, starts_on, ends_on, team_ids, neighbourhood_ids, amount_cents, social_return_cents_per_euro, version)
    SELECT gen_random_uuid(), partner_id, 'Buurtvolk in de gemeente', '2020-01-01', '2032-12-31', '{}', array_agg(neighbourhood_id), 1500000000, 250, 1
      FROM directory_partner_areas GROUP BY partner_id`);
  await client.query(
    `INSERT INTO booked_costs (entry_id, agreement_id, team_id, category, year, amount_cents, booked_on)
    SELECT gen_random_uuid(), a.agreement_id, t.team_id, c, y, 5000000, make_date(y, 1, 2)
      FROM directory_teams t JOIN funding_agreements a ON t.neighbourhood_id = ANY(a.neighbourhood_ids),
           generate_series(extract(year FROM t.starts_on)::int, $1) y, unnest($2::text[]) c`,
    [THIS_YEAR, CATEGORIES],
  );
  await client.query('INSERT INTO wellbeing_snapshots (team_id, version) SELECT team_id, 1 FROM directory_teams');
  await client.query(
    `INSERT INTO wellbeing_figures (team_id, year, participants, change_sums)
    SELECT t.team_id, y, 8, (SELECT jsonb_object_agg(d, 4) FROM unnest($2::text[]) d) FROM directory_teams t, generate_series(extract(year FROM t.starts_on)::int, $1) y`,
    [THIS_YEAR, Object.values(WellbeingDomain)],
  );
  await client.query(
    `INSERT INTO neighbourhood_surveys (id, neighbourhood_id, wave, fielded_on, wave_year, sample_size, statements, characteristics)
    SELECT gen_random_uuid(), t.neighbourhood_id, CASE WHEN y = extract(year FROM t.starts_on) THEN 'BASELINE' ELSE 'FOLLOW_UP' END, make_date(y, 11, 1), y, 120,
           (SELECT jsonb_object_agg(s, 3.4) FROM unnest($2::text[]) s), (SELECT jsonb_object_agg(c, 3.6) FROM unnest($3::text[]) c)
      FROM directory_teams t, generate_series(extract(year FROM t.starts_on)::int, $1 - 1) y`,
    [THIS_YEAR, Object.values(CohesionStatement), Object.values(InclusionCharacteristic)],
  );
}

async function loadDirectory(client: Client): Promise<void> {
  const teams = plan.teams.map((team) => ({
    teamId: team.teamId,
    neighbourhoodId: team.neighbourhoodId,
    code: team.municipality.code,
    startsOn: team.startsOn,
    partnerId: team.municipality.partnerId,
  }));
  const members = plan.members.map((member) => ({
    membershipId: member.membershipId,
    teamId: member.team.teamId,
    role: member.role,
    from: member.team.startsOn,
  }));
  await client.query(
    `INSERT INTO directory_teams (team_id, neighbourhood_id, municipality_code, starts_on)
    SELECT "teamId", "neighbourhoodId", code, "startsOn" FROM json_to_recordset($1::json) AS t ("teamId" uuid, "neighbourhoodId" uuid, code text, "startsOn" date)`,
    [JSON.stringify(teams)],
  );
  await client.query(
    `INSERT INTO directory_partner_areas (partner_id, neighbourhood_id)
    SELECT "partnerId", "neighbourhoodId" FROM json_to_recordset($1::json) AS t ("partnerId" uuid, "neighbourhoodId" uuid)`,
    [JSON.stringify(teams)],
  );
  await client.query(
    `INSERT INTO team_memberships (membership_id, team_id, role, from_date)
    SELECT "membershipId", "teamId", role, "from" FROM json_to_recordset($1::json) AS m ("membershipId" uuid, "teamId" uuid, role text, "from" date)`,
    [JSON.stringify(members)],
  );
}
