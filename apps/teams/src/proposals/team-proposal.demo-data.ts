import { demoId, Theme } from '@buurtvolk/domain';
import type { EntityManager } from 'typeorm';
import { TeamProposal, TeamProposalKind, TeamProposalStatus, TeamProposalVote, VoteChoice } from './team-proposal.entity';
import { DEFAULT_RULE, decide } from './team-proposal.rules';

/**
 * The demo's proposals, all in Feijenoord (18 members, member 1 coordinates): planters paid from the ACTIVITIES budget
 * (accepted; finance's demo holds its commitment under the same proposal id), a Saturday walking group (rejected) and a
 * health focus for next year (open). Finance seeds the commitment itself, so the accepted event is history, already
 * published.
 */
export const DEMO_ACCEPTED_PROPOSAL_KEY = 'proposal:feijenoord:plantenbakken';
const TEAM = 'feijenoord';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const member = (index: number) => demoId(`volunteer:${TEAM}-${String(index).padStart(2, '0')}`);
const votes = (choices: [VoteChoice, number][]) => choices.flatMap(([choice, count]) => Array.from({ length: count }, () => ({ choice })));

export async function seedDemoProposals(manager: EntityManager, now = new Date()): Promise<void> {
  const teamId = demoId(`team:${TEAM}`);
  // Decided this year, so the commitment lands in this year's budget that finance's demo allocates.
  const startOfYear = new Date(`${now.getUTCFullYear()}-01-01T12:00:00Z`);
  const acceptedClosesAt = new Date(Math.min(Math.max(now.getTime() - 12 * DAY, startOfYear.getTime()), now.getTime() - HOUR));
  const rejectedClosesAt = new Date(now.getTime() - 3 * DAY);
  const plans: { key: string; proposal: Partial<TeamProposal>; ballots: [VoteChoice, number][] }[] = [
    {
      key: DEMO_ACCEPTED_PROPOSAL_KEY,
      proposal: {
        kind: TeamProposalKind.SPEND_BUDGET,
        title: 'Plantenbakken voor de Oranjeboomstraat',
        description: 'Zes plantenbakken met vaste planten, die we samen met de bewoners onderhouden.',
        amountCents: 35_000,
        subject: 'Zes plantenbakken en vaste planten',
        opensAt: new Date(acceptedClosesAt.getTime() - 7 * DAY),
        closesAt: acceptedClosesAt,
      },
      ballots: [
        [VoteChoice.FOR, 11],
        [VoteChoice.AGAINST, 2],
        [VoteChoice.ABSTAIN, 1],
      ],
    },
    {
      key: 'proposal:feijenoord:wandelgroep',
      proposal: {
        kind: TeamProposalKind.NEW_ACTIVITY_SERIES,
        title: 'Wandelgroep op zaterdagochtend',
        description: 'Elke zaterdag om 10 uur een uur wandelen door het Afrikaanderpark.',
        subject: 'Zaterdagwandeling',
        theme: Theme.HEALTH,
        opensAt: new Date(rejectedClosesAt.getTime() - 7 * DAY),
        closesAt: rejectedClosesAt,
      },
      ballots: [
        [VoteChoice.FOR, 4],
        [VoteChoice.AGAINST, 6],
      ],
    },
    {
      key: 'proposal:feijenoord:duurzaamheid',
      proposal: {
        kind: TeamProposalKind.THEME_FOCUS,
        title: 'Volgend jaar: duurzaamheid',
        description: 'We richten ons volgend jaar op energie besparen in de buurt.',
        theme: Theme.SUSTAINABILITY,
        focusYear: now.getUTCFullYear() + 1,
        opensAt: new Date(now.getTime() - 2 * DAY),
        closesAt: new Date(now.getTime() + 5 * DAY),
      },
      ballots: [[VoteChoice.FOR, 3]],
    },
  ];
  for (const { key, proposal, ballots } of plans) {
    const id = demoId(key);
    // Members 2 onwards vote, in order: the coordinator does not, which is their right.
    const cast = votes(ballots).map((ballot, i) => ({ choice: ballot.choice, volunteerId: member(i + 2) }));
    const open = proposal.closesAt!.getTime() > now.getTime();
    const tally = {
      votesFor: cast.filter((vote) => vote.choice === VoteChoice.FOR).length,
      votesAgainst: cast.filter((vote) => vote.choice === VoteChoice.AGAINST).length,
      abstentions: cast.filter((vote) => vote.choice === VoteChoice.ABSTAIN).length,
      eligible: 18,
    };
    await manager.insert(TeamProposal, {
      id,
      teamId,
      amountCents: null,
      subject: null,
      theme: null,
      focusYear: null,
      ...proposal,
      status: open ? TeamProposalStatus.OPEN : decide(tally, DEFAULT_RULE).status,
      ...DEFAULT_RULE,
      proposedBy: 'demo-data',
      proposerVolunteerId: member(1),
      votesFor: open ? null : tally.votesFor,
      votesAgainst: open ? null : tally.votesAgainst,
      abstentions: open ? null : tally.abstentions,
      eligibleMembers: open ? null : tally.eligible,
      decidedAt: open ? null : proposal.closesAt,
      version: open ? 1 : 2,
      createdAt: proposal.opensAt,
    });
    await manager.insert(
      TeamProposalVote,
      cast.map((vote) => ({ proposalId: id, volunteerId: vote.volunteerId, choice: vote.choice, castAt: proposal.opensAt })),
    );
  }
  const accepted = await manager.findOneByOrFail(TeamProposal, { id: demoId(DEMO_ACCEPTED_PROPOSAL_KEY) });
  await manager.query(
    `INSERT INTO event_outbox (id, type, source, payload, occurred_at, published_at)
     VALUES (md5('TeamProposalAccepted:' || $1::text)::uuid, 'TeamProposalAccepted', 'teams', $2, $3, now())`,
    [
      accepted.id,
      JSON.stringify({
        proposalId: accepted.id,
        teamId,
        amountCents: accepted.amountCents,
        currency: 'EUR',
        budgetCategory: 'ACTIVITIES',
        decidedAt: accepted.decidedAt!.toISOString(),
      }),
      accepted.decidedAt,
    ],
  );
}
