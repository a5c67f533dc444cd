import { Theme } from '@buurtvolk/domain';
import { Role } from '@buurtvolk/identity';
import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TeamPhase } from './team-path.rules';

export { TeamPhase };
registerEnumType(TeamPhase, {
  name: 'TeamPhase',
  description: "The phases of a team's 4 to 6 years; a team moves forward only (an admin may correct a mistake)",
  valuesConfig: {
    EXPLORATION: { description: 'Verkenning: the foundation explores the neighbourhood and decides whether to start' },
    START: { description: 'Start: the first members join and the first-year promise is made' },
    BUILDING_UP: { description: 'Opbouw: the team grows to 15–25 members and its coordinators are trained' },
    SELF_RELIANT: { description: 'Zelfstandig: the team runs itself, the foundation supports' },
    HAND_OVER: { description: 'Overdracht: a local partner takes over; follow-ups at 12 and 24 months' },
    CLOSED: { description: 'Afgesloten: the foundation’s part has ended' },
  },
});

/** One entry in a team's phase history; the latest (highest seq) is the current phase. */
@Entity('team_phase_changes')
@ObjectType('TeamPhaseChange', { description: 'A team entering a phase on a date' })
export class TeamPhaseChange {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  /** 1, 2, 3… per team; unique, so two admins moving one team at once cannot both succeed. */
  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'text' })
  @Field(() => TeamPhase, { description: 'The phase entered' })
  phase: TeamPhase;

  @Column({ name: 'entered_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day the team entered the phase (Europe/Amsterdam)' })
  enteredOn: string;

  @Column({ type: 'boolean' })
  @Field({ description: "True when this entry is an admin's correction of the history rather than a move forward" })
  correction: boolean;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why, in the foundation’s words (required with a correction)' })
  note: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  @Field({ description: 'When it was recorded' })
  recordedAt: Date;
}

/** An item of a phase's checklist that has been ticked. */
@Entity('team_checklist_ticks')
export class TeamChecklistTick {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ type: 'text' })
  item: string;

  @Column({ type: 'text' })
  phase: TeamPhase;

  @Column({ name: 'ticked_by', type: 'text' })
  tickedBy: string;

  @Column({ name: 'ticked_at', type: 'timestamptz' })
  tickedAt: Date;
}

@ObjectType('TeamChecklistItem', { description: 'One item of the checklist the foundation keeps for a phase' })
export class TeamChecklistItem {
  @Field(() => TeamPhase, { description: 'The phase the item belongs to' })
  phase: TeamPhase;

  @Field({ description: 'Stable key, sent to tick the item (e.g. LOCAL_PARTNER_FOUND)' })
  key: string;

  @Field({ description: 'What is checked, in Dutch' })
  labelNl: string;

  @Field({ description: 'What is checked, in English' })
  labelEn: string;

  @Field({ description: 'Whether the item is ticked' })
  done: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was ticked; null when not' })
  tickedAt: Date | null;

  @Authorized(Role.ADMIN)
  @Field(() => String, { nullable: true, description: 'Who ticked it (the staff member’s sign-in subject); admins only' })
  tickedBy: string | null;
}

@ObjectType('TeamPhaseStanding', { description: 'The phase a team is in now and since when' })
export class TeamPhaseStanding {
  @Field(() => TeamPhase, { description: 'The current phase' })
  phase: TeamPhase;

  @Field(() => LocalDateResolver, { description: 'The day the team entered it' })
  enteredOn: string;
}

@ObjectType('ThemeGoal', { description: 'What a team means to do on one theme in a year' })
export class ThemeGoal {
  @Field(() => Theme, { description: 'The theme' })
  theme: Theme;

  @Field({ description: 'The goal in the team’s words' })
  goal: string;

  @Field(() => Int, { nullable: true, description: 'The volunteer hours the team aims for on this theme, if it set a number' })
  targetHours: number | null;
}

/** A team's review of one calendar year: goals at the start, its own reflection at the end. */
@Entity('team_yearly_reviews')
@ObjectType('TeamYearlyReview', {
  description:
    "A team's yearly review: goals per theme set at the start of the year and what the team says went well and what not. The hours that happened are Team.hours(year).",
})
export class TeamYearlyReview {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The calendar year (Europe/Amsterdam)' })
  year: number;

  @Column({ type: 'jsonb' })
  @Field(() => [ThemeGoal], { description: 'Goals per theme, at most one per theme' })
  goals: ThemeGoal[];

  @Column({ name: 'went_well', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What went well, in the team’s words (written by its coordinators)' })
  wentWell: string | null;

  @Column({ name: 'went_less_well', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What did not go well, in the team’s words (written by its coordinators)' })
  wentLessWell: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on a change; a stale version is refused with CONFLICT' })
  version: number;
}

/** A measurement after hand-over: does the effect last? */
@Entity('team_follow_up_measurements')
@ObjectType('FollowUpMeasurement', { description: 'What was measured some months after the hand-over' })
export class FollowUpMeasurement {
  @PrimaryColumn({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ name: 'months_after_hand_over', type: 'int' })
  @Field(() => Int, { description: 'Months after the hand-over: 12 or 24' })
  monthsAfterHandOver: number;

  @Column({ name: 'measured_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day it was measured' })
  measuredOn: string;

  @Column({ name: 'still_active_members', type: 'int' })
  @Field(() => Int, { nullable: true, description: 'Members still active on that day' })
  stillActiveMembers: number | null;

  @Column({ name: 'hours_last_three_months', type: 'numeric', transformer: { to: (value: number) => value, from: Number } })
  @Field(() => Float, { description: 'Volunteer hours in the three months before that day' })
  hoursLastThreeMonths: number;

  @Column({ name: 'cohesion_note', type: 'text' })
  @Field({ description: 'How the team and the neighbourhood hold together, in the foundation’s words' })
  cohesionNote: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  @Field({ description: 'When it was recorded' })
  recordedAt: Date;
}

@ObjectType('TeamFollowUp', { description: 'A follow-up measurement after hand-over: when it falls due and, once made, what it found' })
export class TeamFollowUp {
  @Field(() => Int, { description: 'Months after the hand-over: 12 or 24' })
  monthsAfterHandOver: number;

  @Field(() => LocalDateResolver, { description: 'The day it falls due' })
  dueOn: string;

  @Field({ description: 'True when the day has come and nothing is recorded yet' })
  due: boolean;

  @Field(() => FollowUpMeasurement, { nullable: true, description: 'What was measured; null until recorded' })
  measurement: FollowUpMeasurement | null;
}
