/** The volunteers subgraph: people, their consents and wellbeing. */
import type { Client } from 'pg';
import { volunteersSubgraph } from '../../../apps/volunteers/src/subgraph';
import { loadVolunteers } from '../../seed/load-volunteers';
import { callers } from '../callers';
import { analyse, fillHistory, plan, subjects, TODAY } from '../national-sample';
import { entityField, event, one, type Operation, request } from '../operation';

const { team, coordinator, volunteer } = subjects;
const PAGE = 'totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName talents status } }';
const PERSON =
  'id displayName givenName familyName dateOfBirth status statusHistory { to on } consents { purpose givenOn } wellbeingChecks { takenOn } latestWellbeing { takenOn } wellbeingChange { domain change }';
const WELLBEING = 'wellbeing { people domains { domain change } }';
const SCORES = {
  language: 6,
  socialNetwork: 7,
  meaning: 7,
  dailyLife: 6,
  homeSituation: 7,
  mentalHealth: 6,
  physicalHealth: 7,
  financialHealth: 5,
};

async function load(client: Client): Promise<void> {
  await loadVolunteers(client, plan, () => undefined);
  await fillHistory(client, 'volunteers');
  await analyse(client);
}

/** A member of the team (not its coordinator) in the wellbeing monitor. */
const monitoredMember = (db: Client) =>
  one(
    db,
    `SELECT c.volunteer_id AS id FROM consents c JOIN directory_memberships m ON m.volunteer_id = c.volunteer_id
            WHERE c.purpose = 'WELLBEING_MONITOR' AND m.team_id = $1 AND m.volunteer_id <> $2 ORDER BY c.volunteer_id LIMIT 1`,
    [team.teamId, coordinator.volunteerId],
  );

const operations: Operation[] = [
  request(
    "volunteers: the team's people (coordinator)",
    callers.coordinator,
    `query ($team: ID!) { volunteers(first: 20, team: $team) { ${PAGE} } }`,
    { team: team.teamId },
  ),
  request(
    'volunteers: everyone the coordinator looks after, the next page',
    callers.coordinator,
    `query ($after: String) { volunteers(first: 20, after: $after) { ${PAGE} } }`,
    async ({ subgraph }) => {
      const first = await subgraph.query('{ volunteers(first: 20) { pageInfo { endCursor } } }', {}, callers.coordinator);
      return { after: first.data.volunteers.pageInfo.endCursor };
    },
  ),
  request(
    'volunteers: active people with a talent (coordinator)',
    callers.coordinator,
    `query ($team: ID!) { volunteers(first: 20, team: $team, status: ACTIVE, talent: "cooking") { ${PAGE} } }`,
    { team: team.teamId },
  ),
  request(
    'volunteers: people with a talent, nationally (admin)',
    callers.admin,
    `{ volunteers(first: 20, status: ACTIVE, talent: "cooking") { ${PAGE} } }`,
  ),
  request(
    'volunteers: people living in a neighbourhood (admin)',
    callers.admin,
    `query ($id: ID!) { volunteers(first: 20, neighbourhood: $id) { ${PAGE} } }`,
    { id: team.neighbourhoodId },
  ),
  request("volunteers: how many people the partner's teams have (partner)", callers.partner, '{ volunteers(first: 20) { totalCount } }'),
  request(
    'volunteers: how many people one team has (partner)',
    callers.partner,
    'query ($team: ID!) { volunteers(first: 20, team: $team) { totalCount } }',
    { team: team.teamId },
  ),
  request("volunteer: a member's record (coordinator)", callers.coordinator, `query ($id: ID!) { volunteer(id: $id) { ${PERSON} } }`, {
    id: volunteer.volunteerId,
  }),
  request('volunteer: a team mate (volunteer)', callers.volunteer, 'query ($id: ID!) { volunteer(id: $id) { id displayName talents } }', {
    id: coordinator.volunteerId,
  }),
  entityField("Team.wellbeing: the team's wellbeing (coordinator)", callers.coordinator, 'Team', WELLBEING, { id: team.teamId }),
  entityField("Neighbourhood.wellbeing: a neighbourhood's wellbeing (partner)", callers.partner, 'Neighbourhood', WELLBEING, {
    id: team.neighbourhoodId,
  }),
  request(
    'registerVolunteer (coordinator)',
    callers.coordinator,
    'mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }',
    {
      input: { teamId: team.teamId, displayName: 'Nieuwe buur', joinedOn: TODAY, talents: ['cooking'] },
    },
  ),
  request(
    'updateVolunteer: own talents (volunteer)',
    callers.volunteer,
    'mutation ($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { id } }',
    async ({ db }) => ({
      input: {
        ...(await one(db, 'SELECT id, version FROM volunteers WHERE id = $1', [volunteer.volunteerId])),
        talents: ['cooking', 'gardening'],
      },
    }),
  ),
  request(
    'changeVolunteerStatus: a member pauses (coordinator)',
    callers.coordinator,
    'mutation ($input: ChangeVolunteerStatusInput!) { changeVolunteerStatus(input: $input) { id } }',
    async ({ db }) => ({
      input: {
        ...(await one(
          db,
          `SELECT v.id, v.version FROM volunteers v JOIN directory_memberships m ON m.volunteer_id = v.id WHERE m.team_id = $1 AND v.id NOT IN ($2, $3) AND v.status = 'ACTIVE' ORDER BY v.id LIMIT 1`,
          [team.teamId, coordinator.volunteerId, volunteer.volunteerId],
        )),
        status: 'PAUSED',
        on: TODAY,
      },
    }),
  ),
  request(
    'recordWellbeingCheck (coordinator)',
    callers.coordinator,
    'mutation ($input: RecordWellbeingCheckInput!) { recordWellbeingCheck(input: $input) { id } }',
    async ({ db }) => ({
      input: { volunteerId: (await monitoredMember(db)).id, takenOn: TODAY, ...SCORES },
    }),
  ),
  request('giveConsent (volunteer)', callers.volunteer, 'mutation ($input: ConsentInput!) { giveConsent(input: $input) { purpose } }', {
    input: { volunteerId: volunteer.volunteerId, purpose: 'PHOTOS' },
  }),
  request(
    "volunteersAuditLog: a person's changes (admin)",
    callers.admin,
    'query ($id: ID!) { volunteersAuditLog(first: 20, entityId: $id) { totalCount edges { node { action } } } }',
    { id: volunteer.volunteerId },
  ),
  event('a new member in the team directory', 'MembershipStarted', async ({ db }) => {
    const { id } = await one(db, 'SELECT gen_random_uuid() AS id');
    return { membershipId: id, teamId: team.teamId, neighbourhoodId: team.neighbourhoodId, volunteerId: id, role: 'MEMBER', from: TODAY };
  }),
];

export const volunteers = { definition: volunteersSubgraph, load, operations };
