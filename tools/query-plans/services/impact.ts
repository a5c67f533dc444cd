/** The impact subgraph: impact reports of a team, a neighbourhood, a funding agreement and the country, and the events that feed them. */
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { impactSubgraph } from '../../../apps/impact/src/subgraph';
import { CohesionStatement, InclusionCharacteristic } from '../../../apps/impact/src/surveys/cohesion.rules';
import { callers } from '../callers';
import { analyse, fillHistory, subjects, THIS_YEAR, TODAY } from '../national-sample';
import { entityField, event, one, type Operation, request } from '../operation';
import { loadImpact } from './impact-data';

const { team, municipality } = subjects;
const LAST_YEAR = THIS_YEAR - 1;
const REPORT = `totalHours hoursByTheme { theme hours } months { month hours activitiesCompleted } volunteers { active joined left } activities { completed residentsReached }
  training { certificates courses } wellbeing { participants domains { domain } } cohesion { wave cohesionScore changeSinceBaseline } firstYearPromise { hours status }
  costBenefit { totalCosts { cents } totalBenefits { cents } netPresentValue { cents } agreedReturns { agreementId } }`;

async function load(client: Client): Promise<void> {
  await loadImpact(client);
  await fillHistory(client, 'impact');
  await analyse(client);
}

const operations: Operation[] = [
  entityField(
    "Team.impact: a team's impact report (coordinator)",
    callers.coordinator,
    'Team',
    `impact(year: $year) { ${REPORT} }`,
    { id: team.teamId, year: LAST_YEAR },
    '$year: Int!',
  ),
  entityField(
    "Neighbourhood.impact: a neighbourhood's impact report (partner)",
    callers.partner,
    'Neighbourhood',
    `impact(year: $year) { ${REPORT} }`,
    { id: team.neighbourhoodId, year: LAST_YEAR },
    '$year: Int!',
  ),
  entityField(
    'Neighbourhood.impact: the report as CSV (partner)',
    callers.partner,
    'Neighbourhood',
    'impact(year: $year) { csv { fileName content } }',
    { id: team.neighbourhoodId, year: LAST_YEAR },
    '$year: Int!',
  ),
  entityField(
    "FundingAgreement.impact: what the partner's agreement achieved (partner)",
    callers.partner,
    'FundingAgreement',
    `impact { ${REPORT} }`,
    async ({ db }) => one(db, 'SELECT agreement_id AS id FROM funding_agreements WHERE partner_id = $1', [municipality.partnerId]),
  ),
  request(
    'nationalImpact: the country in a year (admin)',
    callers.admin,
    'query ($year: Int!) { nationalImpact(year: $year) { total { totalHours } neighbourhoods { hours activeVolunteers promiseStatus } } }',
    { year: LAST_YEAR },
  ),
  request(
    'recordNeighbourhoodSurvey: this year’s wave (admin)',
    callers.admin,
    'mutation ($input: RecordNeighbourhoodSurveyInput!) { recordNeighbourhoodSurvey(input: $input) { id } }',
    {
      input: {
        neighbourhoodId: team.neighbourhoodId,
        wave: 'FOLLOW_UP',
        fieldedOn: TODAY,
        sampleSize: 140,
        statements: Object.values(CohesionStatement).map((statement) => ({ statement, meanAgreement: 3.5 })),
        characteristics: Object.values(InclusionCharacteristic).map((characteristic) => ({ characteristic, meanAgreement: 3.7 })),
      },
    },
  ),
  event('approved hours into the figures', 'HoursApproved', {
    entryId: randomUUID(),
    volunteerId: randomUUID(),
    teamId: team.teamId,
    neighbourhoodId: team.neighbourhoodId,
    date: TODAY,
    minutes: 120,
    theme: 'COMMUNITY',
    entryVersion: 2,
  }),
  event('an approval taken back', 'HoursApprovalRevoked', async ({ db }) => {
    const state = await one(
      db,
      `SELECT entry_id AS "entryId", team_id AS "teamId", neighbourhood_id AS "neighbourhoodId", entry_date::text AS date, minutes, theme, entry_version + 1 AS "entryVersion"
                                   FROM hour_entry_states WHERE team_id = $1 AND approved ORDER BY entry_date DESC LIMIT 1`,
      [team.teamId],
    );
    return { ...state, volunteerId: randomUUID() };
  }),
  event('an activity done', 'ActivityCompleted', {
    activityId: randomUUID(),
    teamId: team.teamId,
    neighbourhoodId: team.neighbourhoodId,
    theme: 'HEALTH',
    residentsReached: 18,
    on: TODAY,
  }),
  event('a certificate issued', 'CertificateIssued', {
    certificateId: randomUUID(),
    courseId: randomUUID(),
    volunteerId: randomUUID(),
    teamId: team.teamId,
    neighbourhoodId: team.neighbourhoodId,
    issuedOn: TODAY,
  }),
  event('a member joins', 'MembershipStarted', {
    membershipId: randomUUID(),
    teamId: team.teamId,
    neighbourhoodId: team.neighbourhoodId,
    volunteerId: randomUUID(),
    role: 'MEMBER',
    from: TODAY,
  }),
];

export const impact = { definition: impactSubgraph, load, operations };
