/** The teams subgraph: teams, their neighbourhoods, partners and memberships. */
import type { Client } from 'pg';
import { teamsSubgraph } from '../../../apps/teams/src/subgraph';
import { loadTeams } from '../../seed/load-teams';
import { callers } from '../callers';
import { analyse, fillHistory, plan, subjects, TODAY } from '../national-sample';
import { entityField, event, one, type Operation, request } from '../operation';

const { team, coordinator, volunteer, municipality } = subjects;
const TEAM =
  'id name status startsOn neighbourhood { name city } memberships { id role from volunteer { id } } coaches { name } memberCount sizeIndicator partners { name }';

async function load(client: Client): Promise<void> {
  await loadTeams(client, plan, () => undefined);
  // Each member was registered by their team (VolunteerRegistered), and each team has a coach.
  await client.query('INSERT INTO volunteer_registrations (volunteer_id, team_id) SELECT volunteer_id, team_id FROM memberships');
  await client.query(
    `INSERT INTO team_coaches (id, team_id, name, organisation, from_date) SELECT gen_random_uuid(), id, 'Coach', 'Stichting Buurtvolk', starts_on FROM teams`,
  );
  await fillHistory(client, 'teams');
  await analyse(client);
}

const operations: Operation[] = [
  request("team: a team's page with its members (coordinator)", callers.coordinator, `query ($id: ID!) { team(id: $id) { ${TEAM} } }`, {
    id: team.teamId,
  }),
  request('team: a team it serves (partner)', callers.partner, 'query ($id: ID!) { team(id: $id) { id name memberCount sizeIndicator } }', {
    id: team.teamId,
  }),
  request(
    'teams: the list of active teams (anonymous)',
    null,
    'query { teams(first: 20) { totalCount edges { node { id name neighbourhood { name } } } } }',
  ),
  request(
    'teams: teams in a city (admin)',
    callers.admin,
    'query ($city: String!) { teams(first: 20, city: $city, status: ACTIVE) { totalCount edges { node { id name } } } }',
    { city: municipality.name },
  ),
  request(
    "teams: the partner's teams (partner)",
    callers.partner,
    'query { teams(first: 20) { totalCount edges { node { id name memberCount } } } }',
  ),
  request(
    "neighbourhood: a neighbourhood's teams and partners (partner)",
    callers.partner,
    'query ($id: ID!) { neighbourhood(id: $id) { name teams { name } partners { name } } }',
    { id: team.neighbourhoodId },
  ),
  request(
    "partner: the partner's neighbourhoods (partner)",
    callers.partner,
    'query ($id: ID!) { partner(id: $id) { name neighbourhoods { name teams { name } } } }',
    { id: municipality.partnerId },
  ),
  entityField(
    "Volunteer.memberships and currentTeam: a member's teams (coordinator)",
    callers.coordinator,
    'Volunteer',
    'memberships { role from until team { name } } currentTeam { name }',
    { id: volunteer.volunteerId },
  ),
  request(
    'addMembership: placing a registered person (admin)',
    callers.admin,
    'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
    async ({ db }) => {
      const { id } = await one(db, 'SELECT gen_random_uuid() AS id');
      return { input: { teamId: team.teamId, volunteerId: id, from: TODAY } };
    },
  ),
  request(
    'endMembership: a member leaves (coordinator)',
    callers.coordinator,
    'mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id } }',
    async ({ db }) => ({
      input: {
        ...(await one(
          db,
          'SELECT id, version FROM memberships WHERE team_id = $1 AND volunteer_id <> $2 AND until_date IS NULL ORDER BY id LIMIT 1',
          [team.teamId, coordinator.volunteerId],
        )),
        until: TODAY,
      },
    }),
  ),
  request(
    'updateTeam (coordinator)',
    callers.coordinator,
    'mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }',
    async ({ db }) => ({
      input: { ...(await one(db, 'SELECT id, version FROM teams WHERE id = $1', [team.teamId])), name: `${team.name} (Oost)` },
    }),
  ),
  request(
    "teamsAuditLog: a team's changes (admin)",
    callers.admin,
    'query ($id: ID!) { teamsAuditLog(first: 20, entityId: $id) { totalCount edges { node { action occurredAt } } } }',
    { id: team.teamId },
  ),
  event('a new volunteer registered by a team', 'VolunteerRegistered', async ({ db }) => ({
    volunteerId: (await one(db, 'SELECT gen_random_uuid() AS id')).id,
    teamId: team.teamId,
  })),
];

export const teams = { definition: teamsSubgraph, load, operations };
