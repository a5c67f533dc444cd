import { demoId } from '@buurtvolk/domain';
import { startTestSubgraph, testIdentities, type TestSubgraph } from '@buurtvolk/testing';
import { teamsSubgraph } from '../subgraph';
import { proposalTallyJob, tallyProposal } from './team-proposal.service';

/**
 * The teams subgraph on its own: counting races, the schedule, the members a quorum is measured against, withdrawal
 * and the demo's proposals. The whole flow with finance is apps/gateway/src/team-proposals-flow.spec.ts.
 */
let subgraph: TestSubgraph;
const PLACE = 'bouwlust';
const TEAM = demoId(`team:${PLACE}`);
const member = (index: number) => testIdentities.volunteer(demoId(`volunteer:${PLACE}-${String(index).padStart(2, '0')}`), TEAM);
const admin = testIdentities.admin();
const PROPOSE = `mutation ($input: ProposeToTeamInput!) { proposeToTeam(input: $input) { id version status } }`;
const VOTE = `mutation ($input: VoteOnTeamProposalInput!) { voteOnTeamProposal(input: $input) { id } }`;
const READ = `query ($id: ID!) { teamProposal(id: $id) { status result { votesFor eligibleMembers quorumMet outcome } } }`;

beforeAll(async () => {
  subgraph = await startTestSubgraph(teamsSubgraph, { seed: true });
});
afterAll(() => subgraph.destroy());

async function ok(document: string, variables: Record<string, unknown>, caller = member(2)) {
  const answer = await subgraph.query(document, variables, caller);
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

async function spendProposal(cents = 10_000): Promise<{ id: string; version: number }> {
  const closesAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const input = {
    teamId: TEAM,
    kind: 'SPEND_BUDGET',
    title: 'Verf voor het muurtje',
    description: 'Samen schilderen.',
    amount: { cents },
    subject: 'Verf',
    closesAt,
  };
  return (await ok(PROPOSE, { input })).proposeToTeam;
}

const closeVoting = (id: string) =>
  subgraph.dataSource.query(
    `UPDATE team_proposals SET opens_at = now() - interval '3 days', closes_at = now() - interval '1 second' WHERE id = $1`,
    [id],
  );

const acceptedEvents = async (id: string) =>
  (
    await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM event_outbox WHERE type = 'TeamProposalAccepted' AND payload->>'proposalId' = $1`,
      [id],
    )
  )[0].n;

describe('counting the votes of a team proposal', () => {
  it('closes a proposal once when several counts run at once, with one event', async () => {
    const { id } = await spendProposal();
    for (const index of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) await ok(VOTE, { input: { proposalId: id, choice: 'FOR' } }, member(index));
    await closeVoting(id);
    const outcomes = await Promise.all([
      tallyProposal(subgraph.dataSource, id),
      tallyProposal(subgraph.dataSource, id),
      tallyProposal(subgraph.dataSource, id),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await acceptedEvents(id)).toBe(1);
    // Bouwlust has 20 members: 10 voted, exactly the 50% quorum.
    expect((await ok(READ, { id })).teamProposal).toEqual({
      status: 'ACCEPTED',
      result: { votesFor: 10, eligibleMembers: 20, quorumMet: true, outcome: 'ACCEPTED' },
    });
  });

  it('is counted by the schedule, measured against the members on the closing day', async () => {
    const { id } = await spendProposal();
    for (const index of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) await ok(VOTE, { input: { proposalId: id, choice: 'FOR' } }, member(index));
    // Member 11 left the day before the period closed: their vote no longer counts, nor do they.
    await subgraph.dataSource.query(
      `UPDATE memberships SET until_date = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 1 WHERE team_id = $1 AND volunteer_id = $2`,
      [TEAM, demoId(`volunteer:${PLACE}-11`)],
    );
    await closeVoting(id);
    await proposalTallyJob.run(subgraph.dataSource, { info: () => undefined } as never);
    const { teamProposal } = await ok(READ, { id });
    // 9 of 19 is under half: rejected, and no money moves.
    expect(teamProposal).toEqual({
      status: 'REJECTED',
      result: { votesFor: 9, eligibleMembers: 19, quorumMet: false, outcome: 'REJECTED' },
    });
    expect(await acceptedEvents(id)).toBe(0);
  });

  it('lets the proposer withdraw only while nobody voted, and an admin always', async () => {
    const WITHDRAW = `mutation ($id: ID!, $version: Int!) { withdrawTeamProposal(id: $id, version: $version) { status } }`;
    const first = await spendProposal();
    const byOther = await subgraph.query(WITHDRAW, { id: first.id, version: first.version }, member(3));
    expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(WITHDRAW, { id: first.id, version: first.version })).withdrawTeamProposal.status).toBe('WITHDRAWN');

    const second = await spendProposal();
    await ok(VOTE, { input: { proposalId: second.id, choice: 'AGAINST' } }, member(3));
    const afterVotes = await subgraph.query(WITHDRAW, { id: second.id, version: second.version }, member(2));
    expect(afterVotes.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(WITHDRAW, { id: second.id, version: second.version }, admin)).withdrawTeamProposal.status).toBe('WITHDRAWN');
    const late = await subgraph.query(VOTE, { input: { proposalId: second.id, choice: 'FOR' } }, member(4));
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('loads the proposals of 9 teams with as many statements as of 1', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team {
      proposals { title counts { voted } rule { inDutch } result { outcome } myVote team { name } } decisionRule { quorumPercent } proposalActivity { made } } } }`;
    const teams: { id: string }[] = await subgraph.dataSource.query('SELECT id FROM teams ORDER BY name');
    const feijenoord = demoId('team:feijenoord');
    const statementsFor = async (ids: string[]) => {
      const before = subgraph.statements.count;
      const answer = await subgraph.query(query, { representations: ids.map((id) => ({ __typename: 'Team', id })) }, admin);
      expect(answer.errors).toBeUndefined();
      return subgraph.statements.count - before;
    };
    await statementsFor([feijenoord]);
    expect(await statementsFor(teams.map((team) => team.id))).toBe(await statementsFor([feijenoord]));
  });

  it('seeds the demo team’s accepted, rejected and open proposals', async () => {
    const coordinator = testIdentities.coordinator(demoId('team:feijenoord'), demoId('volunteer:feijenoord-01'));
    const { team } = await ok(
      `query ($id: ID!) { team(id: $id) { proposals { id status amount { cents } result { outcome } } proposalActivity { made accepted } } }`,
      { id: demoId('team:feijenoord') },
      coordinator,
    );
    expect(team.proposals.map((proposal: { status: string }) => proposal.status).sort()).toEqual(['ACCEPTED', 'OPEN', 'REJECTED']);
    expect(team.proposals.find((proposal: { id: string }) => proposal.id === demoId('proposal:feijenoord:plantenbakken'))).toMatchObject({
      status: 'ACCEPTED',
      amount: { cents: 35_000 },
    });
    expect(team.proposalActivity).toEqual({ made: 3, accepted: 1 });
  });
});
