/** The teams database: neighbourhoods, teams, memberships, municipality partners and the areas they serve. */
import type { Client } from 'pg';
import { copyInto, copyLine } from './copy';
import { recordTeamsHistory } from './history';
import { inTransaction, type Log, rows, step, truncate } from './load-support';
import type { NationalPlan } from './national-data';

/**
 * The seed fills these (team_coaches only wiped: the national plan has no coaches) and the outbox with their history;
 * requests and postcodes point at the neighbourhoods it replaces, so they go too.
 */
export const TEAMS_TABLES = [
  'neighbourhoods',
  'teams',
  'memberships',
  'team_coaches',
  'partners',
  'partner_neighbourhoods',
  'neighbourhood_requests',
  'postcode_areas',
  'event_outbox',
] as const;
const CLASSIFICATION_YEAR = 2024;

export function* neighbourhoodLines(plan: NationalPlan): Generator<string> {
  for (const team of plan.teams) {
    const { municipality } = team;
    yield copyLine([
      team.neighbourhoodId,
      team.neighbourhoodName,
      municipality.name,
      municipality.name,
      municipality.code,
      null,
      CLASSIFICATION_YEAR,
    ]);
  }
}

export function* teamLines(plan: NationalPlan): Generator<string> {
  for (const team of plan.teams)
    yield copyLine([team.teamId, team.name, team.neighbourhoodId, 'ACTIVE', team.startsOn, team.commitmentEndsOn]);
}

/** One open membership per person (the exclusion constraint allows no other), from the team's start. */
export function* membershipLines(plan: NationalPlan): Generator<string> {
  for (const member of plan.members)
    yield copyLine([member.membershipId, member.team.teamId, member.volunteerId, member.role, member.team.startsOn, null]);
}

export function* partnerLines(plan: NationalPlan): Generator<string> {
  for (const municipality of plan.municipalities) yield copyLine([municipality.partnerId, municipality.partnerName, 'MUNICIPALITY']);
}

/** Each municipality partner serves every neighbourhood of its municipality. */
export function* partnerAreaLines(plan: NationalPlan): Generator<string> {
  for (const municipality of plan.municipalities) {
    for (const team of municipality.teams) yield copyLine([municipality.partnerId, team.neighbourhoodId]);
  }
}

export async function loadTeams(client: Client, plan: NationalPlan, log: Log): Promise<void> {
  await inTransaction(client, async () => {
    await step(log, 'wipe', () => truncate(client, TEAMS_TABLES));
    const freeze = { freeze: true };
    await step(
      log,
      'neighbourhoods',
      () =>
        copyInto(
          client,
          'neighbourhoods',
          ['id', 'name', 'city', 'municipality_name', 'municipality_code', 'cbs_code', 'classification_year'],
          neighbourhoodLines(plan),
          freeze,
        ),
      rows,
    );
    await step(
      log,
      'teams',
      () =>
        copyInto(client, 'teams', ['id', 'name', 'neighbourhood_id', 'status', 'starts_on', 'commitment_ends_on'], teamLines(plan), freeze),
      rows,
    );
    await step(
      log,
      'memberships',
      () =>
        copyInto(
          client,
          'memberships',
          ['id', 'team_id', 'volunteer_id', 'role', 'from_date', 'until_date'],
          membershipLines(plan),
          freeze,
        ),
      rows,
    );
    await step(log, 'partners', () => copyInto(client, 'partners', ['id', 'name', 'kind'], partnerLines(plan), freeze), rows);
    await step(
      log,
      'partner_neighbourhoods',
      () => copyInto(client, 'partner_neighbourhoods', ['partner_id', 'neighbourhood_id'], partnerAreaLines(plan), freeze),
      rows,
    );
    await recordTeamsHistory(client, log);
  });
}
