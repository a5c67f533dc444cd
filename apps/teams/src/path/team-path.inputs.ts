import { Theme } from '@buurtvolk/domain';
import { ArrayMaxSize, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { TeamPhase } from './team-path.entity';
import { FOLLOW_UP_MONTHS } from './team-path.rules';

@InputType('MoveTeamPhaseInput', { description: 'A team entering its next phase, or an admin correcting the history (admins only)' })
export class MoveTeamPhaseInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field(() => TeamPhase, { description: 'The phase entered; later than the current one unless this is a correction' })
  @IsEnum(TeamPhase)
  phase: TeamPhase;

  @Field(() => LocalDateResolver, { description: 'The day the team entered it; not before the current phase began, not in the future' })
  enteredOn: string;

  @Field({ defaultValue: false, description: 'True to correct a mistake (any phase, e.g. back); a note must say why' })
  @IsBoolean()
  correction: boolean = false;

  @Field(() => String, { nullable: true, description: 'A note on the move (at most 1,000 characters); required with a correction' })
  @IsOptional()
  @Length(0, 1000)
  note?: string | null;
}

@InputType('TickTeamChecklistItemInput', { description: 'Ticks or unticks an item of a team’s phase checklist (admins only)' })
export class TickTeamChecklistItemInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field({ description: 'The item’s key (TeamChecklistItem.key); of the current phase or an earlier one' })
  @Length(1, 60)
  item: string;

  @Field({ defaultValue: true, description: 'True to tick, false to untick' })
  @IsBoolean()
  done: boolean = true;
}

@InputType('ThemeGoalInput', { description: 'A goal on one theme for the year' })
export class ThemeGoalInput {
  @Field(() => Theme, { description: 'The theme' })
  @IsEnum(Theme)
  theme: Theme;

  @Field({ description: 'The goal in the team’s words, 3 to 500 characters' })
  @Length(3, 500)
  goal: string;

  @Field(() => Int, { nullable: true, description: 'The volunteer hours aimed for on this theme (0 to 100,000), if any' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  targetHours?: number | null;
}

@InputType('SetYearlyGoalsInput', { description: "A team's goals per theme for a year (its coordinators or admins)" })
export class SetYearlyGoalsInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field(() => Int, { description: 'The calendar year: this year or the next (admins: any year from 2000)' })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => [ThemeGoalInput], { description: 'The goals, at most one per theme; replaces the goals set before' })
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  goals: ThemeGoalInput[];

  @Field(() => Int, { nullable: true, description: 'The version of the review you read; leave out when the year has no review yet' })
  @IsOptional()
  @Min(1)
  version?: number | null;
}

@InputType('SetYearlyReflectionInput', { description: 'What the team says went well in a year and what not (its coordinators)' })
export class SetYearlyReflectionInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field(() => Int, { description: 'The calendar year; one that has begun' })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({ description: 'What went well, 1 to 4,000 characters' })
  @Length(1, 4000)
  wentWell: string;

  @Field({ description: 'What did not go well, 1 to 4,000 characters' })
  @Length(1, 4000)
  wentLessWell: string;

  @Field(() => Int, { nullable: true, description: 'The version of the review you read; leave out when the year has no review yet' })
  @IsOptional()
  @Min(1)
  version?: number | null;
}

@InputType('RecordFollowUpMeasurementInput', { description: 'A follow-up measurement after hand-over (admins only)' })
export class RecordFollowUpMeasurementInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field(() => Int, { description: 'Which follow-up: 12 or 24 months after the hand-over' })
  @IsIn(FOLLOW_UP_MONTHS)
  monthsAfterHandOver: number;

  @Field(() => LocalDateResolver, { description: 'The day it was measured; not before the hand-over, not in the future' })
  measuredOn: string;

  @Field(() => Int, { description: 'Members still active on that day' })
  @IsInt()
  @Min(0)
  @Max(10000)
  stillActiveMembers: number;

  @Field(() => Float, { description: 'Volunteer hours in the three months before that day' })
  @Min(0)
  @Max(1000000)
  hoursLastThreeMonths: number;

  @Field({ description: 'How the team and the neighbourhood hold together, 1 to 4,000 characters' })
  @Length(1, 4000)
  cohesionNote: string;
}
