import { randomUUID } from 'node:crypto';
import { ADMINS_ONLY, NEIGHBOURHOOD_A, outcomes, SIGNED_IN } from '../cast';
import { unique } from '../fixtures/dates';
import { coach, membership, registeredBy } from '../fixtures/people';
import type { Row } from '../matrix';

/** Teams, neighbourhoods, partners, memberships and coaches (the teams subgraph). */

const includes = (list: { id: string }[] | undefined, id: string) => Boolean(list?.some((item) => item.id === id));
/** Team details are for its coordinators and admins to change. */
const TEAM_MANAGERS = outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' });

export const teamRows: Row<any>[] = [
  {
    operation: 'Query.themes',
    document: '{ themes { theme } }',
    // Theme labels are public.
    expect: outcomes({ anonymous: 'allowed' }, 'allowed'),
  },
  {
    operation: 'Query.teams',
    document: '{ teams(first: 100) { edges { node { id } } } }',
    answer: (data, cell) =>
      includes(
        data?.teams.edges.map((edge: { node: { id: string } }) => edge.node),
        cell.target.team,
      ),
    // Active teams are public; a partner lists only the teams of their own areas.
    expect: outcomes({ anonymous: 'allowed', partnerOnOtherArea: null }, 'allowed'),
  },
  {
    operation: 'Query.team',
    document: 'query ($id: ID!) { team(id: $id) { id name } }',
    variables: (cell) => ({ id: cell.target.team }),
    expect: outcomes({ anonymous: 'allowed', partnerOnOtherArea: null }, 'allowed'),
  },
  {
    operation: 'Query.neighbourhoods',
    document: '{ neighbourhoods { id } }',
    answer: (data, cell) => includes(data?.neighbourhoods, cell.target.neighbourhood),
    expect: outcomes({ partnerOnOtherArea: null }, 'allowed'),
  },
  {
    operation: 'Query.neighbourhood',
    document: 'query ($id: ID!) { neighbourhood(id: $id) { id name } }',
    variables: (cell) => ({ id: cell.target.neighbourhood }),
    expect: outcomes({ partnerOnOtherArea: null }, 'allowed'),
  },
  {
    operation: 'Query.partners',
    document: '{ partners { id name } }',
    expect: SIGNED_IN,
  },
  {
    operation: 'Query.partner',
    document: 'query ($id: ID!) { partner(id: $id) { id name } }',
    variables: (cell) => ({ id: cell.target.partner }),
    // Organisations are no secret among those signed in; what they fund is (Partner.fundingAgreements).
    expect: SIGNED_IN,
  },
  {
    operation: 'Query.teamsAuditLog',
    document: '{ teamsAuditLog(first: 1) { totalCount } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Query.deadLetteredEvents',
    document: '{ deadLetteredEvents { jobId } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.requeueDeadLetteredEvents',
    document: 'mutation { requeueDeadLetteredEvents(consumer: "finance", eventType: "HoursApproved") }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.createNeighbourhood',
    document: 'mutation ($input: CreateNeighbourhoodInput!) { createNeighbourhood(input: $input) { id } }',
    variables: () => ({
      input: {
        name: `Wijk ${unique()}`,
        city: 'Rotterdam',
        municipalityName: 'Rotterdam',
        municipalityCode: 'GM0599',
        classificationYear: 2024,
      },
    }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.updateNeighbourhood',
    document: 'mutation ($input: UpdateNeighbourhoodInput!) { updateNeighbourhood(input: $input) { id } }',
    arrange: async (cell, world) => {
      const { neighbourhood } = await world.admin('query ($id: ID!) { neighbourhood(id: $id) { version city } }', {
        id: cell.target.neighbourhood,
      });
      return { variables: { input: { id: cell.target.neighbourhood, version: neighbourhood.version, city: neighbourhood.city } } };
    },
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.createTeam',
    document: 'mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }',
    variables: (cell) => ({
      input: {
        name: `Team ${unique()}`,
        neighbourhoodId: cell.target.neighbourhood,
        startsOn: '2027-01-01',
        commitmentEndsOn: '2032-01-01',
      },
    }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.updateTeam',
    document: 'mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { id } }',
    arrange: async (cell, world) => {
      const { team } = await world.admin('query ($id: ID!) { team(id: $id) { version name } }', { id: cell.target.team });
      return { variables: { input: { id: cell.target.team, version: team.version, name: team.name } } };
    },
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.createPartner',
    document: 'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }',
    variables: (cell) => ({ input: { name: `Partner ${unique()}`, kind: 'OTHER', neighbourhoodIds: [cell.target.neighbourhood] } }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.updatePartner',
    document: 'mutation ($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }',
    arrange: async (cell, world) => {
      const { partner } = await world.admin('query ($id: ID!) { partner(id: $id) { version kind } }', { id: cell.target.partner });
      return { variables: { input: { id: cell.target.partner, version: partner.version, kind: partner.kind } } };
    },
    // Not even a partner about itself: the areas it serves decide what it sees.
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.assignTeamCoach',
    document: 'mutation ($input: AssignTeamCoachInput!) { assignTeamCoach(input: $input) { id } }',
    variables: (cell) => ({
      input: { teamId: cell.target.team, name: 'Matrix Coach', organisation: 'Stichting Buurtvolk', from: '2026-01-01' },
    }),
    // Coaches are professionals the foundation sends; a team's coordinators do not pick them.
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.endTeamCoach',
    document: 'mutation ($input: EndTeamCoachInput!) { endTeamCoach(input: $input) { id } }',
    arrange: async (cell, world) => ({ variables: { input: { ...(await coach(world, cell.target.team)), until: '2026-06-30' } } }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.addMembership',
    document: 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }',
    // A coordinator places people their own team registered: not themselves, nor an id they merely know.
    arrange: async (cell, world) => ({
      variables: {
        input: {
          teamId: cell.target.team,
          volunteerId: cell.self ? cell.target.person : await registeredBy(world, cell.target.team),
          from: '2026-01-01',
        },
      },
    }),
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', admin: 'allowed' }),
  },
  {
    operation: 'Mutation.endMembership',
    document: 'mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id } }',
    // Acting on themselves, the caller ends a membership of their own (a fresh one: ending a demo membership would
    // take away the rights every other row counts on).
    arrange: async (cell, world) => {
      const placed = await membership(world, cell.target.team, randomUUID());
      const caller = cell.self && cell.identity ? { ...cell.identity, volunteerId: placed.volunteerId } : cell.identity;
      return { variables: { input: { id: placed.id, version: placed.version, until: '2026-06-30' } }, caller };
    },
    expect: TEAM_MANAGERS,
  },
  // Anyone may ask for a team, signed in or not; only admins see the requests (they hold contact data).
  {
    operation: 'Mutation.requestTeam',
    document: 'mutation ($input: RequestTeamInput!) { requestTeam(input: $input) { received } }',
    variables: () => ({
      input: {
        postcode: '3071 AB',
        requesterKind: 'RESIDENT',
        reason: 'Een team voor onze straat, graag.',
        contactName: 'Access Matrix',
        contactEmail: 'matrix@example.org',
        consentToContact: true,
      },
    }),
    expect: outcomes({ anonymous: 'allowed' }, 'allowed'),
  },
  {
    operation: 'Query.neighbourhoodRequests',
    document: '{ neighbourhoodRequests(first: 1) { id } }',
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.followUpNeighbourhoodRequest',
    document: 'mutation ($input: FollowUpNeighbourhoodRequestInput!) { followUpNeighbourhoodRequest(input: $input) { id } }',
    arrange: async (cell, world) => {
      await world.admin('mutation ($input: RequestTeamInput!) { requestTeam(input: $input) { received } }', {
        input: {
          postcode: '3073',
          requesterKind: 'MUNICIPALITY',
          reason: 'Graag een gesprek over een team.',
          contactName: 'Access Matrix',
          contactEmail: 'matrix@example.org',
          consentToContact: true,
        },
      });
      const { neighbourhoodRequests } = await world.admin('{ neighbourhoodRequests(first: 1) { id version } }');
      const [request] = neighbourhoodRequests;
      return { variables: { input: { id: request.id, version: request.version, status: 'IN_CONVERSATION' } } };
    },
    expect: ADMINS_ONLY,
  },
  // A team's path: the foundation keeps the phases, checklist and follow-ups; the team sees them, partners of its
  // area see its phase; goals by its coordinators or admins, what went well by its coordinators only.
  {
    operation: 'Team.phase',
    document: 'query ($id: ID!) { team(id: $id) { id phase { phase } } }',
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team,
    expect: outcomes({
      volunteerSelf: 'allowed',
      volunteerOnMate: 'allowed',
      coordinatorOnOwnTeam: 'allowed',
      coordinatorSelf: 'allowed',
      partnerOnOwnArea: 'allowed',
      partnerOnOtherArea: null,
      admin: 'allowed',
    }),
  },
  {
    operation: 'Team.checklist',
    document: 'query ($id: ID!) { team(id: $id) { checklist { key done } } }',
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team?.checklist,
    expect: outcomes({
      volunteerSelf: 'allowed',
      volunteerOnMate: 'allowed',
      coordinatorOnOwnTeam: 'allowed',
      coordinatorSelf: 'allowed',
      partnerOnOtherArea: null,
      admin: 'allowed',
    }),
  },
  {
    operation: 'Mutation.moveTeamPhase',
    document: 'mutation ($input: MoveTeamPhaseInput!) { moveTeamPhase(input: $input) { id } }',
    // A fresh team, so the demo teams' phases stay as they are for the other rows.
    prepare: (world) => freshTeam(world),
    variables: (_cell, teamId: string) => ({ input: { teamId, phase: 'EXPLORATION', enteredOn: '2026-01-05' } }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.tickTeamChecklistItem',
    document: 'mutation ($input: TickTeamChecklistItemInput!) { tickTeamChecklistItem(input: $input) { id } }',
    variables: (cell) => ({ input: { teamId: cell.target.team, item: 'NEIGHBOURHOOD_SCAN_DONE' } }),
    expect: ADMINS_ONLY,
  },
  {
    operation: 'Mutation.setYearlyGoals',
    document: 'mutation ($input: SetYearlyGoalsInput!) { setYearlyGoals(input: $input) { version } }',
    arrange: async (cell, world) => {
      const year = new Date().getFullYear() + 1;
      const { team } = await world.admin('query ($id: ID!, $year: Int!) { team(id: $id) { yearlyReview(year: $year) { version } } }', {
        id: cell.target.team,
        year,
      });
      const goals = [{ theme: 'HEALTH', goal: 'Wekelijks samen wandelen' }];
      return { variables: { input: { teamId: cell.target.team, year, goals, version: team?.yearlyReview?.version ?? null } } };
    },
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.setYearlyReflection',
    document: 'mutation ($input: SetYearlyReflectionInput!) { setYearlyReflection(input: $input) { version } }',
    arrange: async (cell, world) => {
      const year = new Date().getFullYear() - 1;
      const { team } = await world.admin('query ($id: ID!, $year: Int!) { team(id: $id) { yearlyReview(year: $year) { version } } }', {
        id: cell.target.team,
        year,
      });
      const reflection = { wentWell: 'De buurtmaaltijden', wentLessWell: 'Te weinig vrijwilligers in de zomer' };
      return { variables: { input: { teamId: cell.target.team, year, ...reflection, version: team?.yearlyReview?.version ?? null } } };
    },
    // The team's own word: not even an admin writes it for them.
    expect: outcomes({ coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed' }),
  },
  {
    operation: 'Mutation.recordFollowUpMeasurement',
    document: 'mutation ($input: RecordFollowUpMeasurementInput!) { recordFollowUpMeasurement(input: $input) { id } }',
    prepare: async (world) => {
      const teamId = await freshTeam(world);
      await world.admin('mutation ($input: MoveTeamPhaseInput!) { moveTeamPhase(input: $input) { id } }', {
        input: { teamId, phase: 'HAND_OVER', enteredOn: '2024-06-01' },
      });
      return teamId;
    },
    variables: (_cell, teamId: string) => ({
      input: {
        teamId,
        monthsAfterHandOver: 12,
        measuredOn: '2025-06-02',
        stillActiveMembers: 14,
        hoursLastThreeMonths: 420,
        cohesionNote: 'De groep draait zelfstandig door.',
      },
    }),
    expect: ADMINS_ONLY,
  },
];

async function freshTeam(world: Parameters<NonNullable<Row['prepare']>>[0]): Promise<string> {
  const { createTeam } = await world.admin('mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }', {
    input: { name: `Team ${unique()}`, neighbourhoodId: NEIGHBOURHOOD_A, startsOn: '2024-01-01', commitmentEndsOn: '2029-01-01' },
  });
  return createTeam.id;
}
