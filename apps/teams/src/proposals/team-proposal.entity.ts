import { Theme } from '@buurtvolk/domain';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TeamProposalKind, TeamProposalStatus, VoteChoice } from './team-proposal.rules';

export { TeamProposalKind, TeamProposalStatus, VoteChoice };

registerEnumType(TeamProposalKind, {
  name: 'TeamProposalKind',
  description: 'What a team proposal is about',
  valuesConfig: {
    SPEND_BUDGET: { description: "Geld uitgeven: spend an amount of the team's ACTIVITIES budget on something" },
    NEW_ACTIVITY_SERIES: { description: 'Nieuwe activiteitenreeks: start a new series of activities on a theme' },
    THEME_FOCUS: { description: 'Themafocus: the theme the team focuses on in a year' },
  },
});
registerEnumType(TeamProposalStatus, {
  name: 'TeamProposalStatus',
  description: 'Where a team proposal stands',
  valuesConfig: {
    OPEN: { description: 'Open: members vote until the period closes' },
    ACCEPTED: { description: 'Aangenomen: quorum and majority were met when the votes were counted' },
    REJECTED: { description: 'Verworpen: quorum or majority was not met' },
    WITHDRAWN: { description: 'Ingetrokken: withdrawn by the proposer before anyone voted, or by an admin' },
  },
});
registerEnumType(VoteChoice, {
  name: 'VoteChoice',
  description: 'A member’s vote on a team proposal',
  valuesConfig: {
    FOR: { description: 'Voor' },
    AGAINST: { description: 'Tegen' },
    ABSTAIN: { description: 'Onthouding: counts towards the quorum, not towards the majority' },
  },
});

/** A team's own rule for deciding; a team without a row decides by DEFAULT_RULE. */
@Entity('team_decision_rules')
export class TeamDecisionRuleRow {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'quorum_percent', type: 'int' })
  quorumPercent: number;

  @Column({ name: 'majority_percent', type: 'int' })
  majorityPercent: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'set_by', type: 'text' })
  setBy: string;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt: Date;
}

@ObjectType('TeamDecisionRule', { description: 'How a team decides on proposals: a quorum and a majority, in figures and in words' })
export class TeamDecisionRule {
  @Field(() => Int, { description: 'Share of the current members (percent) who must vote, abstaining included' })
  quorumPercent: number;

  @Field(() => Int, { description: 'Share (percent) of FOR among the votes FOR and AGAINST that must be exceeded' })
  majorityPercent: number;

  @Field({ description: 'The rule in Dutch words, as shown to members' })
  inDutch: string;

  @Field({ description: 'The rule in English words' })
  inEnglish: string;

  @Field({ description: "True while the team uses the platform's default rule (50% vote, more than 50% for)" })
  isDefault: boolean;

  @Field(() => Int, {
    description: 'Send this back to change the rule (0 while the default applies); a stale version is refused with CONFLICT',
  })
  version: number;
}

@ObjectType('TeamProposalCounts', { description: 'The votes on a proposal so far: counts only, never who voted what' })
export class TeamProposalCounts {
  @Field(() => Int, { description: 'Votes for' })
  votesFor: number;

  @Field(() => Int, { description: 'Votes against' })
  votesAgainst: number;

  @Field(() => Int, { description: 'Abstentions' })
  abstentions: number;

  @Field(() => Int, { description: 'Members who voted (for, against or abstaining)' })
  voted: number;
}

@ObjectType('TeamProposalResult', { description: 'How the votes were counted when the period closed, and with what outcome' })
export class TeamProposalResult {
  @Field(() => Int, { description: 'Votes for' })
  votesFor: number;

  @Field(() => Int, { description: 'Votes against' })
  votesAgainst: number;

  @Field(() => Int, { description: 'Abstentions' })
  abstentions: number;

  @Field(() => Int, { description: 'Members of the team when the votes were counted: what the quorum is measured against' })
  eligibleMembers: number;

  @Field(() => Float, { description: 'Who voted, as a percentage of eligibleMembers (one decimal)' })
  turnoutPercent: number;

  @Field({ description: 'Whether enough members voted' })
  quorumMet: boolean;

  @Field({ description: 'Whether FOR exceeded the majority share of the votes for and against' })
  majorityMet: boolean;

  @Field(() => TeamProposalStatus, { description: 'ACCEPTED or REJECTED' })
  outcome: TeamProposalStatus;

  @Field(() => DateTimeResolver, { description: 'When the votes were counted' })
  decidedAt: Date;
}

/**
 * A proposal a team votes on. The rule in force when it opened is copied onto it, so a later change of the team's
 * rule does not change how it is decided.
 */
@Entity('team_proposals')
@ObjectType('TeamProposal', { description: 'A plan a team votes on within a period; for its members, coordinators and admins' })
@Directive('@key(fields: "id")')
export class TeamProposal {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'text' })
  @Field(() => TeamProposalKind, { description: 'What the proposal is about' })
  kind: TeamProposalKind;

  @Column({ type: 'text' })
  @Field({ description: 'A short title, in the proposer’s words' })
  title: string;

  @Column({ type: 'text' })
  @Field({ description: 'What is proposed and why, in the proposer’s words' })
  description: string;

  @Column({ name: 'amount_cents', type: 'int', nullable: true })
  amountCents: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'SPEND_BUDGET: what the money is for; NEW_ACTIVITY_SERIES: the series; null for THEME_FOCUS',
  })
  subject: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => Theme, { nullable: true, description: 'The theme of an activity series or of a theme focus' })
  theme: Theme | null;

  @Column({ name: 'focus_year', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'THEME_FOCUS: the calendar year of the focus' })
  focusYear: number | null;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When voting opened' })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When voting closes; the votes are counted then' })
  closesAt: Date;

  @Column({ type: 'text' })
  @Field(() => TeamProposalStatus, { description: 'Open, accepted, rejected or withdrawn' })
  status: TeamProposalStatus;

  @Column({ name: 'quorum_percent', type: 'int' })
  quorumPercent: number;

  @Column({ name: 'majority_percent', type: 'int' })
  majorityPercent: number;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy: string;

  @Column({ name: 'proposer_volunteer_id', type: 'uuid', nullable: true })
  proposerVolunteerId: string | null;

  @Column({ name: 'votes_for', type: 'int', nullable: true })
  votesFor: number | null;

  @Column({ name: 'votes_against', type: 'int', nullable: true })
  votesAgainst: number | null;

  @Column({ type: 'int', nullable: true })
  abstentions: number | null;

  @Column({ name: 'eligible_members', type: 'int', nullable: true })
  eligibleMembers: number | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back to withdraw; a stale version is refused with CONFLICT' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One member's vote on one proposal: one row per member (the primary key), changed in place until the period closes. */
@Entity('team_proposal_votes')
export class TeamProposalVote {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'text' })
  choice: VoteChoice;

  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt: Date;
}

@ObjectType('TeamProposalActivity', {
  description: 'How much a team decides together: counts of proposals only, no titles, no names, nothing per person',
})
export class TeamProposalActivity {
  @Field(() => Int, { description: 'Proposals made (withdrawn ones excluded)' })
  made: number;

  @Field(() => Int, { description: 'Proposals accepted' })
  accepted: number;
}
