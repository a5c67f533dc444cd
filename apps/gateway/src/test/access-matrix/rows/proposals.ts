import { demoId } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { testIdentities } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { type Cell, MATE, OTHER, outcomes, TEAM_A } from '../cast';
import { key, THIS_YEAR, TODAY } from '../fixtures/dates';
import type { Row } from '../matrix';
import type { World } from '../world';

/** Deciding together: team proposals and votes (teams), and the budget commitments they become (finance). */

/** Current members of the team (coordinators are members): the demo's volunteer and coordinator on team A. */
const MEMBER_CELLS = {
  volunteerSelf: 'allowed',
  volunteerOnMate: 'allowed',
  coordinatorOnOwnTeam: 'allowed',
  coordinatorSelf: 'allowed',
} as const;
const MEMBERS_OF_TEAM = outcomes(MEMBER_CELLS);
/** Those who may look at a proposal, by lookup or by id: callers outside the team get a NOT_FOUND they cannot tell apart. */
const MEMBERS_BY_ID = outcomes({
  ...MEMBER_CELLS,
  volunteerOnOtherTeam: 'NOT_FOUND',
  coordinatorOnOtherTeam: 'NOT_FOUND',
});
const MANAGER_CELLS = { coordinatorOnOwnTeam: 'allowed', coordinatorSelf: 'allowed', admin: 'allowed' } as const;
const TEAM_MANAGERS = outcomes(MANAGER_CELLS);

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000).toISOString();
const PROPOSE = 'mutation ($input: ProposeToTeamInput!) { proposeToTeam(input: $input) { id } }';

/** A member of the team proposes: `proposer`, or the person `volunteerId` of that team (MATE on A, OTHER on B). */
async function proposalIn(
  world: World,
  teamId: string,
  volunteerId: string,
  proposer: Identity = testIdentities.volunteer(volunteerId, teamId),
): Promise<string> {
  const { proposeToTeam } = await world.as(proposer, PROPOSE, {
    input: {
      teamId,
      kind: 'THEME_FOCUS',
      title: 'Focus op gezondheid',
      description: 'Volgend jaar samen bewegen.',
      theme: 'HEALTH',
      focusYear: THIS_YEAR,
      closesAt: inTwoDays(),
    },
  });
  return proposeToTeam.id;
}

/** One proposal per team for the rows that only read or vote. */
function proposalOfTarget(world: World, cell: Cell): Promise<string> {
  const team = cell.target.team;
  return world.once(`proposal:${team}`, () => proposalIn(world, team, team === TEAM_A ? MATE : OTHER));
}

/** An open commitment on the team's ACTIVITIES budget of this year, as the consumer records one. */
async function openCommitment(world: World, teamId: string): Promise<string> {
  const id = randomUUID();
  const place = teamId === TEAM_A ? 'feijenoord' : 'charlois';
  await world.federation.finance!.dataSource.query(
    `INSERT INTO budget_commitments (id, proposal_id, team_id, year, category, budget_id, amount_cents, currency, decided_at, status, version)
     VALUES ($1, $2, $3, $4, 'ACTIVITIES', $5, 100, 'EUR', now() - interval '1 day', 'OPEN', 1)`,
    [id, randomUUID(), teamId, THIS_YEAR, demoId(`budget:${place}:${THIS_YEAR}:ACTIVITIES`)],
  );
  return id;
}

export const proposalRows: Row<any>[] = [
  {
    operation: 'Mutation.proposeToTeam',
    document: PROPOSE,
    variables: (cell) => ({
      input: {
        teamId: cell.target.team,
        kind: 'SPEND_BUDGET',
        title: 'Zaadjes voor de geveltuinen',
        description: 'Voor de hele straat.',
        amount: { cents: 2_500 },
        subject: 'Zaden',
        closesAt: inTwoDays(),
      },
    }),
    // Roles without a membership (partners, admins) are refused by role; a member of another team by membership.
    expect: MEMBERS_OF_TEAM,
  },
  {
    operation: 'Mutation.voteOnTeamProposal',
    document: 'mutation ($input: VoteOnTeamProposalInput!) { voteOnTeamProposal(input: $input) { id } }',
    arrange: async (cell, world) => ({ variables: { input: { proposalId: await proposalOfTarget(world, cell), choice: 'FOR' } } }),
    expect: MEMBERS_BY_ID,
  },
  {
    operation: 'Query.teamProposal',
    document: 'query ($id: ID!) { teamProposal(id: $id) { id counts { voted } } }',
    arrange: async (cell, world) => ({ variables: { id: await proposalOfTarget(world, cell) } }),
    // Outside the team a proposal is not there: null, whatever the role.
    expect: outcomes({ ...MEMBER_CELLS, admin: 'allowed' }, null),
  },
  {
    operation: 'Mutation.withdrawTeamProposal',
    document: 'mutation ($id: ID!, $version: Int!) { withdrawTeamProposal(id: $id, version: $version) { status } }',
    // The caller's own proposal for the self cells, a mate's (or another team's person's) otherwise; nobody voted yet.
    arrange: async (cell, world) => {
      const team = cell.target.team;
      const mate = team === TEAM_A ? MATE : OTHER;
      const id = cell.self && cell.identity ? await proposalIn(world, team, mate, cell.identity) : await proposalIn(world, team, mate);
      return { variables: { id, version: 1 } };
    },
    expect: outcomes({
      volunteerSelf: 'allowed',
      coordinatorSelf: 'allowed',
      admin: 'allowed',
      volunteerOnOtherTeam: 'NOT_FOUND',
      coordinatorOnOtherTeam: 'NOT_FOUND',
      partnerOnOwnArea: 'NOT_FOUND',
      partnerOnOtherArea: 'NOT_FOUND',
    }),
  },
  {
    operation: 'Mutation.setTeamDecisionRule',
    document: 'mutation ($input: SetTeamDecisionRuleInput!) { setTeamDecisionRule(input: $input) { version } }',
    arrange: async (cell, world) => {
      const { team } = await world.admin('query ($id: ID!) { team(id: $id) { decisionRule { version } } }', { id: cell.target.team });
      return {
        variables: { input: { teamId: cell.target.team, quorumPercent: 50, majorityPercent: 50, version: team.decisionRule.version } },
      };
    },
    serialise: 'team decision rules',
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Team.proposals',
    document: 'query ($id: ID!) { team(id: $id) { proposals { id } } }',
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team?.proposals,
    // A partner of other areas does not see the team at all.
    expect: outcomes({ ...MEMBER_CELLS, admin: 'allowed', partnerOnOtherArea: null }),
  },
  {
    operation: 'Team.proposalActivity',
    document: 'query ($id: ID!) { team(id: $id) { proposalActivity { made accepted } } }',
    variables: (cell) => ({ id: cell.target.team }),
    answer: (data) => data?.team?.proposalActivity,
    // Counts only: partners serving the neighbourhood see them too.
    expect: outcomes({ ...MEMBER_CELLS, admin: 'allowed', partnerOnOwnArea: 'allowed', partnerOnOtherArea: null }),
  },
  {
    operation: 'Team.budgetCommitments',
    document: 'query ($id: ID!, $year: Int!) { team(id: $id) { budgetCommitments(year: $year) { id } } }',
    variables: (cell) => ({ id: cell.target.team, year: THIS_YEAR }),
    answer: (data) => data?.team?.budgetCommitments,
    expect: outcomes({ ...MANAGER_CELLS, partnerOnOtherArea: null }),
  },
  {
    operation: 'Team.budgetCommitmentTotals',
    document: 'query ($id: ID!, $year: Int!) { team(id: $id) { budgetCommitmentTotals(year: $year) { count } } }',
    variables: (cell) => ({ id: cell.target.team, year: THIS_YEAR }),
    answer: (data) => data?.team?.budgetCommitmentTotals,
    expect: outcomes({ ...MANAGER_CELLS, partnerOnOwnArea: 'allowed', partnerOnOtherArea: null }),
  },
  {
    operation: 'Mutation.executeBudgetCommitment',
    document: 'mutation ($input: ExecuteBudgetCommitmentInput!) { executeBudgetCommitment(input: $input) { status } }',
    arrange: async (cell, world) => ({
      variables: {
        input: {
          commitmentId: await openCommitment(world, cell.target.team),
          amount: { cents: 100 },
          spentOn: TODAY,
          spentFor: 'Zaden voor de geveltuinen',
          version: 1,
          idempotencyKey: key(),
        },
      },
    }),
    expect: TEAM_MANAGERS,
  },
  {
    operation: 'Mutation.cancelBudgetCommitment',
    document: 'mutation ($input: CancelBudgetCommitmentInput!) { cancelBudgetCommitment(input: $input) { status } }',
    arrange: async (cell, world) => ({
      variables: { input: { commitmentId: await openCommitment(world, cell.target.team), reason: 'Toch niet nodig', version: 1 } },
    }),
    expect: TEAM_MANAGERS,
  },
];
