import type { Identity } from '@buurtvolk/identity';
import { randomUUID } from 'node:crypto';
import { ADMINS_ONLY, CASES, type CaseName, CELLS, outcomes, SIGNED_IN, TEAM_A } from '../cast';
import { THIS_YEAR, TODAY } from '../fixtures/dates';
import { freshPlace, latestSurveyWave, surveyResults } from '../fixtures/impact';
import { agreementKnownToImpact } from '../fixtures/impact-pdf';
import type { Row } from '../matrix';

/** Shadow prices, impact reports and neighbourhood surveys (the impact subgraph). */

/** Admins, and coordinators of a team in the neighbourhood, enter its surveys. */
const SURVEYORS = outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' });
const AGREEMENT = {
  PEOPLE_HARDLY_KNOW_EACH_OTHER: 3,
  PEOPLE_GET_ALONG_PLEASANTLY: 3,
  FRIENDLY_CLOSE_KNIT_NEIGHBOURHOOD: 3,
  FEEL_AT_HOME_WITH_NEIGHBOURS: 3,
  MUCH_CONTACT_WITH_NEIGHBOURS: 3,
};
/** The report as a PDF follows the report's own rules: admins; partners serving the area; a team's coordinators. */
const REPORT_READERS = outcomes({ partnerOnOwnArea: 'allowed', admin: 'allowed' });
const CHARACTERISTICS = { OPEN_ATTITUDE: 3, MEANINGFUL_ROLES: 3, LOCAL_RESOURCES_INVOLVED: 3, SHARED_ARRANGEMENTS: 3, FEELING_SAFE: 3 };

type Place = { neighbourhood: string; team: string };

/** The caller as a member of `team` instead of team A, so "their own neighbourhood" is the new one. */
function movedTo(identity: Identity | null, team: string): Identity | null {
  return identity && { ...identity, teamIds: identity.teamIds.map((id) => (id === TEAM_A ? team : id)) };
}

export const impactRows: Row<any>[] = [
  {
    operation: 'Neighbourhood.impactReportPdf',
    document: `query ($id: ID!) { neighbourhood(id: $id) { impactReportPdf(year: ${THIS_YEAR}) { fileName byteSize } } }`,
    variables: (cell) => ({ id: cell.target.neighbourhood }),
    answer: (data) => data?.neighbourhood?.impactReportPdf,
    // The teams service does not even name a neighbourhood a partner does not serve: nothing to make a report of.
    expect: { ...REPORT_READERS, partnerOnOtherArea: null },
  },
  {
    operation: 'Team.impactReportPdf',
    document: `query ($id: ID!) { team(id: $id) { impactReportPdf(year: ${THIS_YEAR}) { fileName byteSize } } }`,
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team?.impactReportPdf,
    // A partner does not see a team outside their areas at all.
    expect: { ...REPORT_READERS, coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', partnerOnOtherArea: null },
  },
  {
    operation: 'FundingAgreement.impactReportPdf',
    document: 'query ($partner: ID!) { partner(id: $partner) { fundingAgreements { id impactReportPdf { fileName byteSize } } } }',
    arrange: async (cell, world) => {
      await agreementKnownToImpact(world, cell.target.partner, cell.target.team);
      return { variables: { partner: cell.target.partner } };
    },
    answer: (data) =>
      data?.partner?.fundingAgreements?.find((agreement: { impactReportPdf: unknown }) => agreement.impactReportPdf)?.impactReportPdf,
    expect: REPORT_READERS,
  },
  {
    operation: 'Query.shadowPrices',
    document: `{ shadowPrices(year: ${THIS_YEAR}) { item } }`,
    expect: SIGNED_IN,
  },
  {
    operation: 'Query.shadowPriceYears',
    document: '{ shadowPriceYears }',
    expect: SIGNED_IN,
  },
  {
    operation: 'Query.nationalImpact',
    document: `{ nationalImpact(year: ${THIS_YEAR}) { year } }`,
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.impactAuditLog',
    document: '{ impactAuditLog(first: 1) { totalCount } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.setShadowPrice',
    document: 'mutation ($input: SetShadowPriceInput!) { setShadowPrice(input: $input) { id } }',
    variables: () => ({
      input: {
        priceYear: THIS_YEAR + 50,
        item: 'RESIDENT_REACHED',
        unit: 'resident',
        valueCents: 1_000,
        lowCents: 500,
        highCents: 1_500,
        source: 'Matrix',
      },
    }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.consumerPriceIndex',
    document: '{ consumerPriceIndex { year indexValue } }',
    expect: SIGNED_IN,
  },
  {
    operation: 'Mutation.setConsumerPriceIndex',
    document: 'mutation ($input: SetConsumerPriceIndexInput!) { setConsumerPriceIndex(input: $input) { year version } }',
    variables: () => ({ input: { year: THIS_YEAR + 50, indexValue: 200, base: '2015=100', source: 'Matrix', provisional: true } }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.neighbourhoodBaselines',
    document: '{ neighbourhoodBaselines { neighbourhoodId hoursPerYear sharePercent source } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.setNeighbourhoodBaseline',
    document: 'mutation ($input: SetNeighbourhoodBaselineInput!) { setNeighbourhoodBaseline(input: $input) { id version } }',
    // A neighbourhood of its own per cell: a second first baseline of the same one would be a conflict, not a refusal.
    variables: () => ({ input: { neighbourhoodId: randomUUID(), hoursPerYear: 100, source: 'Matrix', sourceYear: THIS_YEAR } }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.liveabilityScores',
    document: '{ liveabilityScores { neighbourhoodId edition score source } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.recordLiveabilityScore',
    document: 'mutation ($input: RecordLiveabilityScoreInput!) { recordLiveabilityScore(input: $input) { id version } }',
    // A neighbourhood of its own per cell: a second score of the same edition would be a correction, not a refusal.
    variables: () => ({
      input: { neighbourhoodId: randomUUID(), areaCode: 'WK059912', edition: THIS_YEAR, score: 4.2, source: 'Matrix' },
    }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.recordNeighbourhoodSurvey',
    document: 'mutation ($input: RecordNeighbourhoodSurveyInput!) { recordNeighbourhoodSurvey(input: $input) { id } }',
    // A baseline is taken once, and the demo neighbourhoods have one: whoever acts on their own neighbourhood (team
    // A's) acts on a new one here, with a team of its own in place of team A. Partners keep their areas.
    prepare: async (world) => {
      const own = CASES.filter((name) => CELLS[name].target.team === TEAM_A);
      return Object.fromEntries(await Promise.all(own.map(async (name) => [name, await freshPlace(world)] as const))) as Partial<
        Record<CaseName, Place>
      >;
    },
    arrange: async (cell, _world, places: Partial<Record<CaseName, Place>>) => {
      const place = places[cell.name];
      const input = {
        neighbourhoodId: place?.neighbourhood ?? cell.target.neighbourhood,
        wave: 'BASELINE',
        fieldedOn: TODAY,
        ...surveyResults(AGREEMENT, CHARACTERISTICS, 120),
      };
      return { variables: { input }, caller: place ? movedTo(cell.identity, place.team) : cell.identity };
    },
    expect: SURVEYORS,
  },
  {
    operation: 'Mutation.correctNeighbourhoodSurvey',
    document: 'mutation ($input: CorrectNeighbourhoodSurveyInput!) { correctNeighbourhoodSurvey(input: $input) { id } }',
    // Corrected to the results it has: the demo's figures stay as they are.
    arrange: async (cell, world) => ({ variables: { input: await latestSurveyWave(world, cell.target.neighbourhood) } }),
    expect: SURVEYORS,
  },
];
