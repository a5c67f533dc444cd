/**
 * The team directory (libs/team-directory) the volunteers and activities services keep of the teams service's
 * facts: the same teams, memberships and partner areas as in the teams database, as the teams service's events
 * would have left them.
 */
import type { Client } from 'pg';
import { copyInto, copyLine } from './copy';
import { type Log, rows, step } from './load-support';
import { partnerAreaLines } from './load-teams';
import type { NationalPlan } from './national-data';

export const DIRECTORY_TABLES = ['directory_teams', 'directory_memberships', 'directory_partner_areas'] as const;

function* directoryTeamLines(plan: NationalPlan): Generator<string> {
  for (const team of plan.teams) yield copyLine([team.teamId, team.neighbourhoodId, team.municipality.code, team.startsOn]);
}

function* directoryMembershipLines(plan: NationalPlan): Generator<string> {
  for (const member of plan.members) {
    yield copyLine([
      member.membershipId,
      member.team.teamId,
      member.team.neighbourhoodId,
      member.volunteerId,
      member.role,
      member.team.startsOn,
      null,
    ]);
  }
}

/** Fills the three directory tables; they must have been truncated in the current transaction (FREEZE). */
export async function loadDirectory(client: Client, plan: NationalPlan, log: Log): Promise<void> {
  const freeze = { freeze: true };
  await step(
    log,
    'directory_teams',
    () =>
      copyInto(
        client,
        'directory_teams',
        ['team_id', 'neighbourhood_id', 'municipality_code', 'starts_on'],
        directoryTeamLines(plan),
        freeze,
      ),
    rows,
  );
  await step(
    log,
    'directory_memberships',
    () =>
      copyInto(
        client,
        'directory_memberships',
        ['membership_id', 'team_id', 'neighbourhood_id', 'volunteer_id', 'role', 'from_date', 'until_date'],
        directoryMembershipLines(plan),
        freeze,
      ),
    rows,
  );
  await step(
    log,
    'directory_partner_areas',
    () => copyInto(client, 'directory_partner_areas', ['partner_id', 'neighbourhood_id'], partnerAreaLines(plan), freeze),
    rows,
  );
}
