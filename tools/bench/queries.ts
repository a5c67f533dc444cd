/**
 * The questions the benchmark asks, each twice: through the gateway as the user would (bearer token), and
 * straight to the subgraph that answers it (activities; teams for the public list, impact for the impact reports) with the gateway's signed identity header (`_entities` for fields on
 * entities), which shows how much of the time the subgraph itself takes.
 */
import { type Identity, Role } from '@buurtvolk/identity';
import { benchmarkSubjects, type NationalPlan } from '../seed/national-data';

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export type BenchService = 'activities' | 'teams' | 'impact';

export interface BenchQuery {
  id: string;
  title: string;
  /** null: no token (a public query). */
  identity: Identity | null;
  /** The subgraph the direct path asks; activities unless said. */
  service?: BenchService;
  /** p95 the gateway path must stay under. */
  targetP95Ms: number;
  gateway: Request;
  subgraph: Request;
  /** Why an answer without errors still says nothing (e.g. no data), or null. */
  emptiness: (data: any, path: 'gateway' | 'subgraph') => string | null;
}

const SUMMARY = 'approvedHours submittedHours activeVolunteers byTheme { theme approvedHours }';
const ENTRIES = 'hourEntries(first: 20) { totalCount edges { node { entryDate minutes theme status } } }';

/** `_entities(...) { ... on <type> { <selection> } }` for one entity, as the gateway would send it. */
function entityRequest(type: string, id: string, selection: string, year?: number): Request {
  const yearVariable = year === undefined ? '' : ', $year: Int!';
  return {
    query: `query ($representations: [_Any!]!${yearVariable}) { _entities(representations: $representations) { ... on ${type} { ${selection} } } }`,
    variables: { representations: [{ __typename: type, id }], ...(year === undefined ? {} : { year }) },
  };
}

const entity = (data: any) => data?._entities?.[0];

/** The headline figures of an impact report, as the README's funder report asks them. */
const IMPACT_REPORT =
  'totalHours hoursByTheme { labelNl hours } volunteers { active joined left } activities { completed residentsReached } wellbeing { participants domains { domain averageChange } }';

const PUBLIC_TEAMS = '{ teams(first: 20) { totalCount edges { node { id name status } } } }';

export function benchQueries(plan: NationalPlan, year: number): BenchQuery[] {
  const { team, volunteer, municipality } = benchmarkSubjects(plan);
  const teamHours = `hours(year: $year) { ${SUMMARY} byMonth { month approvedHours } }`;
  const neighbourhoodHours = `hours(year: $year) { ${SUMMARY} }`;
  const national = `query ($year: Int!) { nationalHours(year: $year) { municipalityCode theme approvedHours } }`;
  // The admin's national figures and a funder's report: both from impact's read model, built from the seeded history.
  const nationalImpact = `query ($year: Int!) { nationalImpact(year: $year) { year total { ${IMPACT_REPORT} } neighbourhoods { hours netHours activeVolunteers residentsReached } } }`;
  const funderReport = `impact(year: $year) { ${IMPACT_REPORT} costBenefit(discountRatePercent: 2.25) { totalCosts { cents } totalBenefits { cents } } }`;
  const noHours = (hours: any) => (!hours ? 'no hours summary' : hours.approvedHours > 0 ? null : `no approved hours in ${year}`);

  return [
    {
      id: 'a',
      title: `team year summary (${team.key}, COORDINATOR)`,
      identity: { subject: 'bench-coordinator', role: Role.COORDINATOR, teamIds: [team.teamId] },
      targetP95Ms: 50,
      gateway: { query: `query ($id: ID!, $year: Int!) { team(id: $id) { ${teamHours} } }`, variables: { id: team.teamId, year } },
      subgraph: entityRequest('Team', team.teamId, teamHours, year),
      emptiness: (data, path) => noHours(path === 'gateway' ? data?.team?.hours : entity(data)?.hours),
    },
    {
      id: 'b',
      title: 'national summary by municipality and theme (ADMIN)',
      identity: { subject: 'bench-admin', role: Role.ADMIN, teamIds: [] },
      targetP95Ms: 200,
      gateway: { query: national, variables: { year } },
      subgraph: { query: national, variables: { year } },
      emptiness: (data) => (data?.nationalHours?.length ? null : `no national figures for ${year}`),
    },
    {
      id: 'c',
      title: `volunteer's hour entries page (${volunteer.key}, VOLUNTEER)`,
      identity: {
        subject: `bench-volunteer-${volunteer.key}`,
        role: Role.VOLUNTEER,
        teamIds: [team.teamId],
        volunteerId: volunteer.volunteerId,
      },
      targetP95Ms: 50,
      gateway: { query: `query ($id: ID!) { volunteer(id: $id) { ${ENTRIES} } }`, variables: { id: volunteer.volunteerId } },
      subgraph: entityRequest('Volunteer', volunteer.volunteerId, ENTRIES),
      emptiness: (data, path) =>
        (path === 'gateway' ? data?.volunteer : entity(data))?.hourEntries?.totalCount > 0 ? null : 'no hour entries',
    },
    {
      id: 'd',
      title: `neighbourhood summary (${team.key}, PARTNER ${municipality.key})`,
      identity: { subject: `bench-partner-${municipality.key}`, role: Role.PARTNER, teamIds: [], partnerId: municipality.partnerId },
      targetP95Ms: 50,
      gateway: {
        query: `query ($id: ID!, $year: Int!) { neighbourhood(id: $id) { ${neighbourhoodHours} } }`,
        variables: { id: team.neighbourhoodId, year },
      },
      subgraph: entityRequest('Neighbourhood', team.neighbourhoodId, neighbourhoodHours, year),
      emptiness: (data, path) => noHours(path === 'gateway' ? data?.neighbourhood?.hours : entity(data)?.hours),
    },
    {
      id: 'f',
      title: 'national impact overview (ADMIN; impact read model)',
      identity: { subject: 'bench-admin', role: Role.ADMIN, teamIds: [] },
      service: 'impact',
      targetP95Ms: 200,
      gateway: { query: nationalImpact, variables: { year } },
      subgraph: { query: nationalImpact, variables: { year } },
      emptiness: (data) =>
        data?.nationalImpact?.neighbourhoods?.length > 1 && data.nationalImpact.total?.totalHours > 0
          ? null
          : `no national impact figures for ${year} (has impact replayed the seeded history?)`,
    },
    {
      id: 'g',
      title: `neighbourhood funder report (${team.key}, PARTNER ${municipality.key}; impact read model)`,
      identity: { subject: `bench-partner-${municipality.key}`, role: Role.PARTNER, teamIds: [], partnerId: municipality.partnerId },
      service: 'impact',
      targetP95Ms: 100,
      gateway: {
        query: `query ($id: ID!, $year: Int!) { neighbourhood(id: $id) { ${funderReport} } }`,
        variables: { id: team.neighbourhoodId, year },
      },
      subgraph: entityRequest('Neighbourhood', team.neighbourhoodId, funderReport, year),
      emptiness: (data, path) => {
        const report = (path === 'gateway' ? data?.neighbourhood : entity(data))?.impact;
        return report?.totalHours > 0 ? null : `no impact report with hours in ${year}`;
      },
    },
    {
      id: 'e',
      title: 'public teams list (no token; one subgraph)',
      identity: null,
      service: 'teams',
      targetP95Ms: 50,
      gateway: { query: PUBLIC_TEAMS, variables: {} },
      subgraph: { query: PUBLIC_TEAMS, variables: {} },
      emptiness: (data) => (data?.teams?.edges?.length ? null : 'no active teams'),
    },
  ];
}
