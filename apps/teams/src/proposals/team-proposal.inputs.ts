import { Theme } from '@buurtvolk/domain';
import { DateTimeResolver } from 'graphql-scalars';
import { IsEnum, IsIn, IsInt, IsOptional, IsPositive, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TeamProposalKind, VoteChoice } from './team-proposal.entity';

/** The same input type as finance's (the supergraph merges the two): an amount in whole euro cents. */
@InputType('PositiveMoneyInput', { description: 'An amount in whole cents, more than zero' })
export class ProposalMoneyInput {
  @Field(() => Int, { description: 'Whole cents: €12.50 is 1250' })
  @IsInt({ message: 'cents must be a whole number of cents' })
  @IsPositive({ message: 'cents must be more than zero' })
  @Max(2_000_000_000)
  cents: number;

  @Field({ defaultValue: 'EUR', description: 'Only EUR' })
  @IsIn(['EUR'], { message: 'currency must be EUR' })
  currency: string = 'EUR';
}

@InputType('ProposeToTeamInput', { description: 'A new proposal for the team to vote on; voting opens at once' })
export class ProposeToTeamInput {
  @Field(() => ID, { description: 'The team (Team.id); the proposer is a current member or coordinator of it' })
  @IsUUID()
  teamId: string;

  @Field(() => TeamProposalKind, { description: 'What the proposal is about' })
  @IsEnum(TeamProposalKind)
  kind: TeamProposalKind;

  @Field({ description: 'A short title, 3 to 120 characters' })
  @Length(3, 120)
  title: string;

  @Field({ description: 'What is proposed and why, 1 to 4,000 characters' })
  @Length(1, 4000)
  description: string;

  @Field(() => ProposalMoneyInput, { nullable: true, description: "SPEND_BUDGET only: the amount of the team's ACTIVITIES budget" })
  @IsOptional()
  @ValidateNested()
  amount?: ProposalMoneyInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'SPEND_BUDGET: what the money is for; NEW_ACTIVITY_SERIES: the series (3 to 200 characters)',
  })
  @IsOptional()
  @Length(3, 200)
  subject?: string | null;

  @Field(() => Theme, { nullable: true, description: 'NEW_ACTIVITY_SERIES and THEME_FOCUS: the theme' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme | null;

  @Field(() => Int, { nullable: true, description: 'THEME_FOCUS only: this year or next' })
  @IsOptional()
  @IsInt()
  focusYear?: number | null;

  @Field(() => DateTimeResolver, { description: 'When voting closes: at least 24 hours and at most 30 days from now' })
  closesAt: Date;
}

@InputType('VoteOnTeamProposalInput', { description: 'A member’s vote; voting again changes it, until the period closes' })
export class VoteOnTeamProposalInput {
  @Field(() => ID, { description: 'The proposal (TeamProposal.id)' })
  @IsUUID()
  proposalId: string;

  @Field(() => VoteChoice, { description: 'For, against or abstaining' })
  @IsEnum(VoteChoice)
  choice: VoteChoice;
}

@InputType('SetTeamDecisionRuleInput', { description: "A team's rule for deciding on proposals (its coordinators or admins)" })
export class SetTeamDecisionRuleInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field(() => Int, { description: 'Share of the current members (percent, 1 to 100) who must vote' })
  @IsInt()
  @Min(1)
  @Max(100)
  quorumPercent: number;

  @Field(() => Int, { description: 'Share (percent, 50 to 99) of FOR among FOR and AGAINST that must be exceeded' })
  @IsInt()
  @Min(50)
  @Max(99)
  majorityPercent: number;

  @Field(() => Int, { description: 'TeamDecisionRule.version as read (0 while the default applies)' })
  @IsInt()
  @Min(0)
  version: number;
}
