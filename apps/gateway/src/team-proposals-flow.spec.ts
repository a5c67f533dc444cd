import { demoId, todayInAmsterdam } from '@buurtvolk/domain';
import type { Identity } from '@buurtvolk/identity';
import { bearerHeaders, deliverEvent, pollUntil, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { randomUUID } from 'node:crypto';
import { financeSubgraph } from '../../finance/src/subgraph';
import { startTestFederation, type TestFederation } from './test/federation';

/**
 * Deciding together, through the real gateway with teams and finance and the event bus between: a member proposes to
 * spend €250 of the team's ACTIVITIES budget, members vote (secretly, one vote each, changeable until the period
 * closes), the votes are counted by the team's rule, and the accepted proposal becomes a commitment in finance that
 * the coordinator executes into the ledger. A rejected proposal commits nothing; a replayed event commits nothing twice;
 * a partner sees counts only.
 */
let federation: TestFederation;
const PLACE = 'katendrecht';
const TEAM = demoId(`team:${PLACE}`);
const member = (index: number) => demoId(`volunteer:${PLACE}-${String(index).padStart(2, '0')}`);
const asMember = (index: number) => testIdentities.volunteer(member(index), TEAM);
const coordinator = testIdentities.coordinator(TEAM, member(1));
const admin = testIdentities.admin();
const partnerOfArea = testIdentities.partner(demoId('partner:woonstad-rotterdam'));
const partnerElsewhere = testIdentities.partner(demoId('partner:havensteder'));
const year = Number(todayInAmsterdam().slice(0, 4));
const inTwoDays = () => new Date(Date.now() + 2 * 24 * 3_600_000).toISOString();

const PROPOSAL_FIELDS = `id status version kind title amount { cents currency } myVote proposedByMe
  counts { votesFor votesAgainst abstentions voted }
  rule { quorumPercent majorityPercent inDutch inEnglish }
  result { votesFor votesAgainst abstentions eligibleMembers turnoutPercent quorumMet majorityMet outcome decidedAt }`;
const PROPOSE = `mutation ($input: ProposeToTeamInput!) { proposeToTeam(input: $input) { ${PROPOSAL_FIELDS} } }`;
const VOTE = `mutation ($input: VoteOnTeamProposalInput!) { voteOnTeamProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const PROPOSAL = `query ($id: ID!) { teamProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const COMMITMENTS = `query ($id: ID!, $year: Int!) { team(id: $id) {
  budgetCommitments(year: $year) { id status version year category amount { cents } executedAmount { cents } fundingIssue
    proposal { id title } ledgerEntry { id kind amount { cents } description } }
  budget(year: $year) { category committed { cents } left { cents } } } }`;

beforeAll(async () => {
  // Volunteers too: finance's fields on a person need its owner in the composition.
  federation = await startTestFederation({ volunteers: true, finance: true });
}, 120_000);
afterAll(() => federation?.stop());

async function raw(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(federation.gateway.url, { query, variables }, await bearerHeaders(identity));
}

async function as(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  const result = await raw(identity, query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const vote = (index: number, proposalId: string, choice: string) => raw(asMember(index), VOTE, { input: { proposalId, choice } });

/** The period ends (the test cannot wait a day): both instants move back, keeping the period's length. */
async function closeVoting(proposalId: string): Promise<void> {
  await federation.teams.dataSource.query(
    `UPDATE team_proposals SET opens_at = now() - interval '3 days', closes_at = now() - interval '1 second' WHERE id = $1`,
    [proposalId],
  );
}

async function commitmentsOf(identity: Identity) {
  return (await as(identity, COMMITMENTS, { id: TEAM, year })).team;
}

describe('a team decides to spend €250 and finance carries it out', () => {
  let accepted: { id: string; version: number };
  let rejectedId: string;

  it('lets any member propose, with the default rule shown in words', async () => {
    const { proposeToTeam } = await as(asMember(2), PROPOSE, {
      input: {
        teamId: TEAM,
        kind: 'SPEND_BUDGET',
        title: 'Bankjes voor het Deliplein',
        description: 'Twee bankjes, zodat ouderen onderweg kunnen rusten.',
        amount: { cents: 25_000 },
        subject: 'Twee houten bankjes',
        closesAt: inTwoDays(),
      },
    });
    accepted = proposeToTeam;
    expect(proposeToTeam).toMatchObject({
      status: 'OPEN',
      amount: { cents: 25_000, currency: 'EUR' },
      proposedByMe: true,
      counts: { voted: 0 },
      rule: { quorumPercent: 50, majorityPercent: 50 },
      result: null,
    });
    expect(proposeToTeam.rule.inDutch).toBe('Minstens 50% van de leden stemt, en meer dan 50% van de stemmen voor en tegen is voor.');
  });

  it('refuses a proposal that is not well formed, saying which field', async () => {
    const tooShort = await raw(asMember(3), PROPOSE, {
      input: {
        teamId: TEAM,
        kind: 'SPEND_BUDGET',
        title: 'Snel',
        description: 'x',
        amount: { cents: 100 },
        subject: 'Iets',
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'closesAt' }] });
    const noAmount = await raw(asMember(3), PROPOSE, {
      input: { teamId: TEAM, kind: 'SPEND_BUDGET', title: 'Zonder bedrag', description: 'x', subject: 'Iets', closesAt: inTwoDays() },
    });
    expect(noAmount.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'amount' }] });
  });

  it('takes one vote per member, changeable, and keeps the ballot secret', async () => {
    for (const index of [3, 4, 5, 6, 7, 8, 9, 10]) expect((await vote(index, accepted.id, 'FOR')).errors).toBeUndefined();
    expect((await vote(11, accepted.id, 'AGAINST')).errors).toBeUndefined();
    // Member 2 votes against, then changes their mind.
    expect((await vote(2, accepted.id, 'AGAINST')).data.voteOnTeamProposal.myVote).toBe('AGAINST');
    const changed = (await vote(2, accepted.id, 'FOR')).data.voteOnTeamProposal;
    expect(changed).toMatchObject({ myVote: 'FOR', counts: { votesFor: 9, votesAgainst: 1, abstentions: 0, voted: 10 } });
    // Two votes by one member at once end as one vote.
    const both = await Promise.all([vote(12, accepted.id, 'ABSTAIN'), vote(12, accepted.id, 'ABSTAIN')]);
    expect(both.map((response) => response.errors)).toEqual([undefined, undefined]);

    // Another member and the coordinator see the counts, and only their own vote (none).
    const seenByMate = (await as(asMember(13), PROPOSAL, { id: accepted.id })).teamProposal;
    expect(seenByMate).toMatchObject({
      myVote: null,
      proposedByMe: false,
      counts: { votesFor: 9, votesAgainst: 1, abstentions: 1, voted: 11 },
    });
    const seenByCoordinator = (await as(coordinator, PROPOSAL, { id: accepted.id })).teamProposal;
    expect(seenByCoordinator.counts.voted).toBe(11);
    const stored = await federation.teams.dataSource.query('SELECT count(*)::int AS n FROM team_proposal_votes WHERE proposal_id = $1', [
      accepted.id,
    ]);
    expect(stored[0].n).toBe(11);
  });

  it('refuses a vote by someone who is not a member now', async () => {
    const otherTeam = await raw(testIdentities.volunteer(demoId('volunteer:charlois-03'), demoId('team:charlois')), VOTE, {
      input: { proposalId: accepted.id, choice: 'FOR' },
    });
    expect(otherTeam.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A token that claims the team does not make someone a member: the team's memberships decide.
    const claimsTheTeam = await raw(testIdentities.volunteer(demoId('volunteer:charlois-03'), TEAM), VOTE, {
      input: { proposalId: accepted.id, choice: 'FOR' },
    });
    expect(claimsTheTeam.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await raw(admin, VOTE, { input: { proposalId: accepted.id, choice: 'FOR' } });
    expect(byAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('decides a later proposal by the rule the coordinator set, not the earlier ones', async () => {
    const { team } = await as(coordinator, 'query ($id: ID!) { team(id: $id) { decisionRule { version isDefault } } }', { id: TEAM });
    expect(team.decisionRule).toEqual({ version: 0, isDefault: true });
    const { setTeamDecisionRule } = await as(
      coordinator,
      'mutation ($input: SetTeamDecisionRuleInput!) { setTeamDecisionRule(input: $input) { quorumPercent majorityPercent inDutch version } }',
      { input: { teamId: TEAM, quorumPercent: 60, majorityPercent: 50, version: 0 } },
    );
    expect(setTeamDecisionRule).toMatchObject({ quorumPercent: 60, version: 1 });
    expect(setTeamDecisionRule.inDutch).toContain('Minstens 60% van de leden stemt');
    const byMember = await raw(
      asMember(3),
      'mutation ($input: SetTeamDecisionRuleInput!) { setTeamDecisionRule(input: $input) { version } }',
      {
        input: { teamId: TEAM, quorumPercent: 10, majorityPercent: 50, version: 1 },
      },
    );
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { proposeToTeam } = await as(asMember(4), PROPOSE, {
      input: {
        teamId: TEAM,
        kind: 'SPEND_BUDGET',
        title: 'Een feesttent huren',
        description: 'Voor het buurtfeest in juni.',
        amount: { cents: 60_000 },
        subject: 'Huur van een feesttent',
        closesAt: inTwoDays(),
      },
    });
    rejectedId = proposeToTeam.id;
    expect(proposeToTeam.rule.quorumPercent).toBe(60);
    for (const index of [4, 5, 6, 7, 8, 9]) await vote(index, rejectedId, 'FOR');
    // The first proposal keeps the rule it opened with.
    expect((await as(asMember(2), PROPOSAL, { id: accepted.id })).teamProposal.rule.quorumPercent).toBe(50);
  });

  it('counts the votes once the period is over and refuses a vote after it', async () => {
    await closeVoting(accepted.id);
    await closeVoting(rejectedId);
    const late = await vote(13, accepted.id, 'AGAINST');
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'proposalId' }] });

    const decided = (await as(asMember(2), PROPOSAL, { id: accepted.id })).teamProposal;
    expect(decided).toMatchObject({
      status: 'ACCEPTED',
      myVote: 'FOR',
      rule: { quorumPercent: 50, majorityPercent: 50 },
      result: {
        votesFor: 9,
        votesAgainst: 1,
        abstentions: 1,
        eligibleMembers: 16,
        turnoutPercent: 68.8,
        quorumMet: true,
        majorityMet: true,
        outcome: 'ACCEPTED',
      },
    });
    // 6 of 16 is under the 60% quorum: rejected, however many were for.
    const rejected = (await as(asMember(4), PROPOSAL, { id: rejectedId })).teamProposal;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      result: { votesFor: 6, quorumMet: false, majorityMet: true, outcome: 'REJECTED' },
    });
    const events = await federation.teams.dataSource.query(
      `SELECT payload FROM event_outbox WHERE type = 'TeamProposalAccepted' AND payload->>'teamId' = $1`,
      [TEAM],
    );
    expect(events.map((row: { payload: { proposalId: string } }) => row.payload.proposalId)).toEqual([accepted.id]);
    expect(Object.keys(events[0].payload).sort()).toEqual([
      'amountCents',
      'budgetCategory',
      'currency',
      'decidedAt',
      'proposalId',
      'teamId',
    ]);
  });

  it('becomes a commitment in finance that reduces what the budget has left; the rejected one commits nothing', async () => {
    const team = await pollUntil(
      () => commitmentsOf(coordinator),
      (seen) => seen.budgetCommitments.length > 0,
    );
    expect(team.budgetCommitments).toHaveLength(1);
    const [commitment] = team.budgetCommitments;
    expect(commitment).toMatchObject({
      status: 'OPEN',
      year,
      category: 'ACTIVITIES',
      amount: { cents: 25_000 },
      fundingIssue: null,
      proposal: { id: accepted.id, title: 'Bankjes voor het Deliplein' },
      ledgerEntry: null,
    });
    const activities = team.budget.find((line: { category: string }) => line.category === 'ACTIVITIES');
    expect(activities.committed.cents).toBe(25_000);
    accepted.version = commitment.version;
    (accepted as { commitmentId?: string }).commitmentId = commitment.id;
  });

  it('keeps the committed money from claims: a claim for more than what is left beside it is refused', async () => {
    const activities = (await commitmentsOf(coordinator)).budget.find((line: { category: string }) => line.category === 'ACTIVITIES');
    const tooMuch = activities.left.cents + 100;
    const { draftExpenseClaim } = await as(
      asMember(3),
      'mutation ($input: DraftExpenseClaimInput!) { draftExpenseClaim(input: $input) { id version } }',
      {
        input: {
          teamId: TEAM,
          description: 'Verf voor de bankjes',
          items: [
            {
              category: 'MATERIALS',
              spentOn: todayInAmsterdam(),
              amount: { cents: tooMuch },
              receiptRef: 'bon.pdf',
              receiptSha256: 'd'.repeat(64),
            },
          ],
          idempotencyKey: `verf-${randomUUID()}`,
        },
      },
    );
    const submitted = (
      await as(asMember(3), 'mutation ($id: ID!, $version: Int!) { submitExpenseClaim(id: $id, version: $version) { id version } }', {
        ...draftExpenseClaim,
      })
    ).submitExpenseClaim;
    const refused = await raw(
      coordinator,
      'mutation ($id: ID!, $version: Int!, $key: String!) { approveExpenseClaim(id: $id, version: $version, idempotencyKey: $key) { status } }',
      { ...submitted, key: `verf-${randomUUID()}` },
    );
    // Without the commitment the ledger would still hold the money: €250 more than the claim needs.
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('budget has') });
    const after = (await commitmentsOf(coordinator)).budget.find((line: { category: string }) => line.category === 'ACTIVITIES');
    expect(after).toEqual(activities);
  });

  it('is executed by the coordinator into the ledger, once', async () => {
    const commitmentId = (accepted as { commitmentId?: string }).commitmentId!;
    const before = (await commitmentsOf(coordinator)).budget.find((line: { category: string }) => line.category === 'ACTIVITIES');
    const EXECUTE = `mutation ($input: ExecuteBudgetCommitmentInput!) { executeBudgetCommitment(input: $input) {
      status executedAmount { cents } executedOn ledgerEntry { id kind amount { cents } } } }`;
    const input = {
      commitmentId,
      amount: { cents: 23_950 },
      spentOn: todayInAmsterdam(),
      spentFor: 'Twee bankjes bij de houthandel',
      version: 1,
      idempotencyKey: `bankjes-${randomUUID()}`,
    };
    const byMember = await raw(asMember(2), EXECUTE, { input });
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooMuch = await raw(coordinator, EXECUTE, {
      input: { ...input, amount: { cents: 25_001 }, idempotencyKey: `te-veel-${randomUUID()}` },
    });
    expect(tooMuch.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const { executeBudgetCommitment } = await as(coordinator, EXECUTE, { input });
    expect(executeBudgetCommitment).toMatchObject({
      status: 'EXECUTED',
      executedAmount: { cents: 23_950 },
      ledgerEntry: { kind: 'EXPENSE', amount: { cents: 23_950 } },
    });
    // A retry with the same key answers the same; another key finds it executed.
    const retried = await as(coordinator, EXECUTE, { input });
    expect(retried.executeBudgetCommitment.ledgerEntry.id).toBe(executeBudgetCommitment.ledgerEntry.id);
    const again = await raw(admin, EXECUTE, { input: { ...input, idempotencyKey: `nogmaals-${randomUUID()}` } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const after = await commitmentsOf(coordinator);
    expect(after.budgetCommitments[0]).toMatchObject({ status: 'EXECUTED', ledgerEntry: { id: executeBudgetCommitment.ledgerEntry.id } });
    const activities = after.budget.find((line: { category: string }) => line.category === 'ACTIVITIES');
    // The reservation of €250 became spending of €239.50: €10.50 more is available than before.
    expect(activities.committed.cents).toBe(before.committed.cents - 25_000);
    expect(activities.left.cents).toBe(before.left.cents + 1_050);
    const [ledger] = await federation.finance!.dataSource.query('SELECT count(*)::int AS n FROM ledger_entries WHERE id = $1', [
      executeBudgetCommitment.ledgerEntry.id,
    ]);
    expect(ledger.n).toBe(1);
  });

  it('makes no second commitment from a redelivered or repeated event', async () => {
    // The same event again through the bus (the consumer's inbox knows its id) …
    await federation.teams.dataSource.query(
      `UPDATE event_outbox SET published_at = NULL WHERE type = 'TeamProposalAccepted' AND payload->>'proposalId' = $1`,
      [accepted.id],
    );
    await pollUntil(
      () =>
        federation.teams.dataSource.query(
          `SELECT published_at FROM event_outbox WHERE type = 'TeamProposalAccepted' AND payload->>'proposalId' = $1`,
          [accepted.id],
        ),
      (rows: { published_at: Date | null }[]) => rows[0].published_at !== null,
    );
    // … and as a new event with the same payload, handed straight to finance's handler.
    const [{ payload }] = await federation.teams.dataSource.query(
      `SELECT payload FROM event_outbox WHERE type = 'TeamProposalAccepted' AND payload->>'proposalId' = $1`,
      [accepted.id],
    );
    await federation.finance!.dataSource.transaction((manager) => deliverEvent(financeSubgraph, manager, 'TeamProposalAccepted', payload));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await commitmentsOf(coordinator);
    expect(after.budgetCommitments).toHaveLength(1);
    expect(after.budgetCommitments[0].status).toBe('EXECUTED');
  });

  it('shows a partner serving the neighbourhood counts only, and a partner elsewhere nothing', async () => {
    const COUNTS = `query ($id: ID!, $year: Int!) { team(id: $id) { proposalActivity { made accepted } budgetCommitmentTotals(year: $year) { count executedCount executed { cents } } } }`;
    const seen = await raw(partnerOfArea, COUNTS, { id: TEAM, year });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.team).toEqual({
      proposalActivity: { made: 2, accepted: 1 },
      budgetCommitmentTotals: { count: 1, executedCount: 1, executed: { cents: 23_950 } },
    });
    const details = await raw(partnerOfArea, `query ($id: ID!) { team(id: $id) { proposals { title } decisionRule { quorumPercent } } }`, {
      id: TEAM,
    });
    expect(details.data.team).toEqual({ proposals: null, decisionRule: null });
    expect(details.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const lookup = await raw(partnerOfArea, PROPOSAL, { id: accepted.id });
    expect(lookup.data.teamProposal).toBeNull();
    const commitments = await raw(
      partnerOfArea,
      `query ($id: ID!, $year: Int!) { team(id: $id) { budgetCommitments(year: $year) { id } } }`,
      {
        id: TEAM,
        year,
      },
    );
    expect(commitments.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A partner of other neighbourhoods does not see the team at all.
    const elsewhere = await raw(partnerElsewhere, COUNTS, { id: TEAM, year });
    expect(elsewhere.data?.team ?? null).toBeNull();
  });

  it('shows members the list of their team’s proposals and a member of another team nothing', async () => {
    const LIST = `query ($id: ID!) { team(id: $id) { proposals { id status } } }`;
    const { team } = await as(asMember(5), LIST, { id: TEAM });
    expect(team.proposals.map((proposal: { id: string }) => proposal.id).sort()).toEqual([accepted.id, rejectedId].sort());
    const other = await raw(testIdentities.volunteer(demoId('volunteer:charlois-03'), demoId('team:charlois')), LIST, { id: TEAM });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
