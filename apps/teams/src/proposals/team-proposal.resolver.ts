import { Role } from '@buurtvolk/identity';
import { euros, MoneyType } from '@buurtvolk/subgraph-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TeamsContext } from '../context';
import { Team } from '../teams/team.entity';
import {
  TeamDecisionRule,
  TeamProposal,
  TeamProposalActivity,
  TeamProposalCounts,
  TeamProposalResult,
  TeamProposalStatus,
  VoteChoice,
} from './team-proposal.entity';
import { ProposeToTeamInput, SetTeamDecisionRuleInput, VoteOnTeamProposalInput } from './team-proposal.inputs';

/** Deciding together, on the team: the rules are in TeamProposalService and TeamsPolicy. */
@Resolver(() => Team)
export class TeamProposalsOfTeamResolver {
  @Authorized()
  @FieldResolver(() => [TeamProposal], {
    nullable: true,
    description: "The team's proposals, newest first; for its members and coordinators and admins",
  })
  proposals(
    @Root() team: Team,
    @Ctx() ctx: TeamsContext,
    @Arg('status', () => TeamProposalStatus, { nullable: true, description: 'Only proposals in this status' })
    status?: TeamProposalStatus | null,
  ) {
    return ctx.proposals.proposals(team, status ?? null);
  }

  @Authorized()
  @FieldResolver(() => TeamDecisionRule, {
    nullable: true,
    description: 'How the team decides on new proposals; for its members and coordinators and admins',
  })
  decisionRule(@Root() team: Team, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.decisionRule(team.id);
  }

  @Authorized()
  @FieldResolver(() => TeamProposalActivity, {
    nullable: true,
    description:
      'How many proposals the team made and accepted (counts only); for its members and coordinators, partners serving its neighbourhood and admins',
  })
  proposalActivity(
    @Root() team: Team,
    @Ctx() ctx: TeamsContext,
    @Arg('year', () => Int, { nullable: true, description: 'Only proposals opened in this calendar year' }) year?: number | null,
  ) {
    return ctx.proposals.activity(team, year ?? null);
  }
}

@Resolver(() => TeamProposal)
export class TeamProposalResolver {
  @Authorized()
  @Query(() => TeamProposal, {
    nullable: true,
    description: "One team proposal; null when unknown or not the caller's to see (its team's members and coordinators, admins)",
  })
  teamProposal(@Arg('id', () => ID, { description: 'TeamProposal.id' }) id: string, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.proposal(id);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => TeamProposal, { description: 'Proposes something for the team to vote on (any current member or coordinator)' })
  proposeToTeam(@Arg('input', { description: 'The proposal and when voting closes' }) input: ProposeToTeamInput, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.propose(input);
  }

  @Authorized(Role.VOLUNTEER, Role.COORDINATOR)
  @Mutation(() => TeamProposal, {
    description: 'Casts or changes the caller’s vote on an open proposal of their team (current members); the ballot is secret',
  })
  voteOnTeamProposal(@Arg('input', { description: 'The proposal and the vote' }) input: VoteOnTeamProposalInput, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.vote(input);
  }

  @Authorized()
  @Mutation(() => TeamProposal, {
    description: 'Withdraws an open proposal: its proposer while nobody has voted, or an admin',
  })
  withdrawTeamProposal(
    @Arg('id', () => ID, { description: 'TeamProposal.id' }) id: string,
    @Arg('version', () => Int, { description: 'TeamProposal.version as read' }) version: number,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.proposals.withdraw(id, version);
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => TeamDecisionRule, {
    description: "Sets a team's quorum and majority for proposals opened from now on (its coordinators or admins)",
  })
  setTeamDecisionRule(
    @Arg('input', { description: 'The team, the quorum and the majority' }) input: SetTeamDecisionRuleInput,
    @Ctx() ctx: TeamsContext,
  ) {
    return ctx.proposals.setRule(input);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description: 'SPEND_BUDGET: the amount of the team’s ACTIVITIES budget; null otherwise',
  })
  amount(@Root() proposal: TeamProposal): MoneyType | null {
    return proposal.amountCents === null ? null : euros(proposal.amountCents);
  }

  @FieldResolver(() => TeamDecisionRule, { description: 'The rule in force when voting opened, by which the proposal is decided' })
  rule(@Root() proposal: TeamProposal, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.rule(proposal);
  }

  @FieldResolver(() => TeamProposalCounts, { description: 'The votes so far (the final counts once decided); never who voted what' })
  counts(@Root() proposal: TeamProposal, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.counts(proposal);
  }

  @FieldResolver(() => TeamProposalResult, { nullable: true, description: 'The counted result; null while open or when withdrawn' })
  result(@Root() proposal: TeamProposal, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.result(proposal);
  }

  @FieldResolver(() => VoteChoice, { nullable: true, description: 'The caller’s own vote; null when they have not voted' })
  myVote(@Root() proposal: TeamProposal, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.ownVote(proposal);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller made this proposal' })
  proposedByMe(@Root() proposal: TeamProposal, @Ctx() ctx: TeamsContext) {
    return ctx.proposals.proposedByMe(proposal);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team that votes on it' })
  team(@Root() proposal: TeamProposal, @Ctx() ctx: TeamsContext) {
    return ctx.loaders.team.load(proposal.teamId);
  }
}
