/** The activities subgraph: hour figures, hour entries, activities and the decisions on hours. */
import type { Client } from 'pg';
import { activitiesSubgraph } from '../../../apps/activities/src/subgraph';
import { loadActivities } from '../../seed/load-activities';
import { callers } from '../callers';
import { analyse, fillHistory, plan, subjects, THIS_YEAR, TODAY } from '../national-sample';
import { entityField, event, one, type Operation, request } from '../operation';

const { team, coordinator, volunteer, municipality } = subjects;
const LAST_YEAR = THIS_YEAR - 1;
const SUMMARY =
  'approvedHours submittedHours activeVolunteers residentsReached byTheme { theme approvedHours submittedHours } byMonth { month approvedHours }';
const ENTRIES = 'totalCount pageInfo { hasNextPage endCursor } edges { node { id entryDate minutes theme status version } }';
const ACTIVITIES = 'totalCount edges { node { id title startsAt status signUpCount } }';

async function load(client: Client): Promise<void> {
  await loadActivities(client, plan, () => undefined);
  // A fifth of the team signs up for each activity.
  await client.query(`INSERT INTO sign_ups (activity_id, volunteer_id, signed_up_at)
    SELECT a.id, m.volunteer_id, a.created_at FROM activities a JOIN directory_memberships m ON m.team_id = a.team_id WHERE random() < 0.2`);
  await fillHistory(client, 'activities');
  await analyse(client);
}

/** A submitted entry of the team that its coordinator may decide on. */
const submittedEntry = (db: Client) =>
  one(
    db,
    `SELECT id, version FROM hour_entries WHERE team_id = $1 AND status = 'SUBMITTED' AND volunteer_id <> $2 ORDER BY entry_date DESC, id LIMIT 1`,
    [team.teamId, coordinator.volunteerId],
  );

const operations: Operation[] = [
  entityField(
    "Team.hours: a team's year figures (coordinator)",
    callers.coordinator,
    'Team',
    `hours(year: $year) { ${SUMMARY} }`,
    { id: team.teamId, year: LAST_YEAR },
    '$year: Int!',
  ),
  entityField(
    'Team.hours: the figures of a team it serves (partner)',
    callers.partner,
    'Team',
    `hours(year: $year) { ${SUMMARY} }`,
    { id: team.teamId, year: THIS_YEAR },
    '$year: Int!',
  ),
  entityField(
    'Team.firstYearProgress: the first-year promise (coordinator)',
    callers.coordinator,
    'Team',
    'firstYearProgress { approvedHours status }',
    { id: team.teamId },
  ),
  entityField(
    "Team.activities: the team's coming activities (volunteer)",
    callers.volunteer,
    'Team',
    `activities(first: 20, from: $from) { ${ACTIVITIES} }`,
    { id: team.teamId, from: new Date().toISOString() },
    '$from: DateTime',
  ),
  entityField(
    "Neighbourhood.hours: a neighbourhood's figures (partner)",
    callers.partner,
    'Neighbourhood',
    `hours(year: $year) { ${SUMMARY} }`,
    { id: team.neighbourhoodId, year: LAST_YEAR },
    '$year: Int!',
  ),
  request(
    'nationalHours: the national summary (admin)',
    callers.admin,
    'query ($year: Int!) { nationalHours(year: $year) { municipalityCode theme approvedHours } }',
    { year: LAST_YEAR },
  ),
  request(
    "nationalHours: the partner's neighbourhoods (partner)",
    callers.partner,
    'query ($year: Int!) { nationalHours(year: $year) { municipalityCode theme approvedHours } }',
    { year: LAST_YEAR },
  ),
  entityField(
    "Volunteer.hourEntries: a volunteer's hour entries page (volunteer)",
    callers.volunteer,
    'Volunteer',
    `hourEntries(first: 20) { ${ENTRIES} }`,
    { id: volunteer.volunteerId },
  ),
  entityField(
    'Volunteer.hourEntries: the next page',
    callers.volunteer,
    'Volunteer',
    `hourEntries(first: 20, after: $after) { ${ENTRIES} }`,
    async ({ subgraph }) => {
      const first = await subgraph.query(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Volunteer { hourEntries(first: 20) { pageInfo { endCursor } } } } }`,
        { representations: [{ __typename: 'Volunteer', id: volunteer.volunteerId }] },
        callers.volunteer,
      );
      return { id: volunteer.volunteerId, after: first.data._entities[0].hourEntries.pageInfo.endCursor };
    },
    '$after: String',
  ),
  entityField(
    "Volunteer.hourEntries: a member's submitted hours (coordinator)",
    callers.coordinator,
    'Volunteer',
    `hourEntries(first: 20, status: SUBMITTED) { ${ENTRIES} }`,
    { id: volunteer.volunteerId },
  ),
  entityField(
    "Volunteer.hours: a member's approved hours in a year (coordinator)",
    callers.coordinator,
    'Volunteer',
    'hours(year: $year)',
    { id: volunteer.volunteerId, year: LAST_YEAR },
    '$year: Int!',
  ),
  entityField(
    "Partner.activities: the partner's activities (partner)",
    callers.partner,
    'Partner',
    `activities(first: 20) { ${ACTIVITIES} }`,
    { id: municipality.partnerId },
  ),
  request(
    'activity: one activity with who signed up (volunteer)',
    callers.volunteer,
    'query ($id: ID!) { activity(id: $id) { id title signUpCount signedUp { id } } }',
    async ({ db }) =>
      one(db, `SELECT id FROM activities WHERE team_id = $1 AND status = 'PLANNED' ORDER BY starts_at LIMIT 1`, [team.teamId]),
  ),
  request(
    'registerHours: hours of today (volunteer)',
    callers.volunteer,
    'mutation ($input: RegisterHoursInput!) { registerHours(input: $input) { id } }',
    {
      input: { teamId: team.teamId, date: TODAY, minutes: 90, theme: 'COMMUNITY', description: 'Koffieochtend' },
    },
  ),
  request(
    'updateHourEntry: correcting a submitted entry (volunteer)',
    callers.volunteer,
    'mutation ($input: UpdateHourEntryInput!) { updateHourEntry(input: $input) { id } }',
    async ({ db }) => ({
      input: {
        ...(await one(
          db,
          `SELECT id, version FROM hour_entries WHERE volunteer_id = $1 AND status = 'SUBMITTED' ORDER BY entry_date DESC LIMIT 1`,
          [volunteer.volunteerId],
        )),
        minutes: 60,
      },
    }),
  ),
  request(
    'approveHourEntries: approving a week of the team (coordinator)',
    callers.coordinator,
    'mutation ($input: ApproveHourEntriesInput!) { approveHourEntries(input: $input) { id status } }',
    async ({ db }) => {
      const { rows } = await db.query(
        `SELECT id, version FROM hour_entries WHERE team_id = $1 AND status = 'SUBMITTED' AND volunteer_id <> $2 ORDER BY entry_date, id LIMIT 10`,
        [team.teamId, coordinator.volunteerId],
      );
      return { input: { entries: rows } };
    },
  ),
  request(
    'rejectHourEntry (coordinator)',
    callers.coordinator,
    'mutation ($input: DecideHourEntryInput!) { rejectHourEntry(input: $input) { id } }',
    async ({ db }) => ({ input: { ...(await submittedEntry(db)), reason: 'Dubbel ingevoerd' } }),
  ),
  request(
    'revokeHourApproval (coordinator)',
    callers.coordinator,
    'mutation ($input: DecideHourEntryInput!) { revokeHourApproval(input: $input) { id } }',
    async ({ db }) => ({
      input: {
        ...(await one(
          db,
          `SELECT id, version FROM hour_entries WHERE team_id = $1 AND status = 'APPROVED' AND volunteer_id <> $2 ORDER BY entry_date DESC LIMIT 1`,
          [team.teamId, coordinator.volunteerId],
        )),
        reason: 'Per ongeluk goedgekeurd',
      },
    }),
  ),
  request(
    'planActivity (coordinator)',
    callers.coordinator,
    'mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id } }',
    () => {
      const startsAt = new Date(Date.now() + 7 * 86_400_000);
      return Promise.resolve({
        input: {
          teamId: team.teamId,
          theme: 'COMMUNITY',
          title: 'Burendag',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          capacity: 30,
        },
      });
    },
  ),
  request('signUp (volunteer)', callers.volunteer, 'mutation ($id: ID!) { signUp(activityId: $id) { id } }', async ({ db }) =>
    one(
      db,
      `SELECT a.id FROM activities a WHERE a.team_id = $1 AND a.status = 'PLANNED' AND a.starts_at > now()
              AND (a.capacity IS NULL OR a.capacity > (SELECT count(*) FROM sign_ups s WHERE s.activity_id = a.id))
              AND NOT EXISTS (SELECT 1 FROM sign_ups s WHERE s.activity_id = a.id AND s.volunteer_id = $2) ORDER BY a.starts_at LIMIT 1`,
      [team.teamId, volunteer.volunteerId],
    ),
  ),
  request('cancelSignUp (volunteer)', callers.volunteer, 'mutation ($id: ID!) { cancelSignUp(activityId: $id) }', async ({ db }) =>
    one(db, `SELECT activity_id AS id FROM sign_ups WHERE volunteer_id = $1 ORDER BY signed_up_at DESC LIMIT 1`, [volunteer.volunteerId]),
  ),
  request(
    'completeActivity (coordinator)',
    callers.coordinator,
    'mutation ($input: CompleteActivityInput!) { completeActivity(input: $input) { id } }',
    async ({ db }) => {
      // Activities of the past are done or cancelled in the sample: plan one that started an hour ago.
      const { id } = await one(
        db,
        `INSERT INTO activities (id, team_id, neighbourhood_id, theme, title, starts_at, ends_at, status)
      VALUES (gen_random_uuid(), $1, $2, 'HEALTH', 'Wandelgroep', now() - interval '1 hour', now(), 'PLANNED') RETURNING id`,
        [team.teamId, team.neighbourhoodId],
      );
      return { input: { id, version: 1, residentsReached: 14 } };
    },
  ),
  event('a new member in the team directory', 'MembershipStarted', async ({ db }) => {
    const { id } = await one(db, 'SELECT gen_random_uuid() AS id');
    return { membershipId: id, teamId: team.teamId, neighbourhoodId: team.neighbourhoodId, volunteerId: id, role: 'MEMBER', from: TODAY };
  }),
];

export const activities = { definition: activitiesSubgraph, load, operations };
