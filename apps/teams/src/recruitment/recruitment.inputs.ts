import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsEmail, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IntakeOutcome, NotJoinedReason, OutreachKind } from './recruitment.entity';

@InputType('OutreachMomentContentInput', { description: 'What happened at an outreach moment' })
export class OutreachMomentContentInput {
  @Field(() => OutreachKind, { description: 'How residents were reached' })
  @IsEnum(OutreachKind)
  kind: OutreachKind;

  @Field(() => LocalDateResolver, { description: 'The day' })
  heldOn: string;

  @Field({ description: 'Where, 1 to 150 characters (a street, the market, a partner): no names of residents' })
  @Length(1, 150)
  place: string;

  @Field(() => Int, { description: 'Residents spoken to (0 or more)' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  spokenTo: number;

  @Field(() => Int, { description: 'Of them, residents interested (0 up to spokenTo)' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  interested: number;
}

@InputType('RecordOutreachMomentInput', { description: "A new outreach moment of a team (the team's coordinators or admins)" })
export class RecordOutreachMomentInput extends OutreachMomentContentInput {
  @Field(() => ID, { description: 'The team' })
  @IsUUID()
  teamId: string;
}

@InputType('UpdateOutreachMomentInput', { description: 'Corrects an outreach moment; send the version you read' })
export class UpdateOutreachMomentInput extends VersionedInput {
  @Field(() => OutreachMomentContentInput, { description: 'The corrected moment, replacing what was there' })
  content: OutreachMomentContentInput;
}

@InputType('AddRecruitmentCandidateInput', {
  description: 'An interested resident the team follows up: a first name and a way to call back',
})
export class AddRecruitmentCandidateInput {
  @Field(() => ID, { description: 'The team' })
  @IsUUID()
  teamId: string;

  @Field({ description: 'First name only, 1 to 50 characters' })
  @Length(1, 50)
  firstName: string;

  @Field(() => String, { nullable: true, description: 'Phone number, if they gave it (6 to 30 characters)' })
  @IsOptional()
  @Length(6, 30)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address, if they gave it' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @Field(() => ID, { nullable: true, description: "The outreach moment where they showed interest, if it was one of the team's" })
  @IsOptional()
  @IsUUID()
  outreachMomentId?: string | null;
}

@InputType('RecordIntakeStepInput', {
  description: "The steps of a candidate's intake so far; fields left out stay as they are, null clears a date",
})
export class RecordIntakeStepInput extends VersionedInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day of the first conversation' })
  @IsOptional()
  firstConversationOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day they came along to meet the team' })
  @IsOptional()
  introductionOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A corrected phone number (6 to 30 characters)' })
  @IsOptional()
  @Length(6, 30)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'A corrected e-mail address' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;
}

@InputType('CloseIntakeInput', {
  description: 'How an intake ended. JOINED names the volunteer, who must be a member of the team by then; NOT_JOINED gives the reason',
})
export class CloseIntakeInput extends VersionedInput {
  @Field(() => IntakeOutcome, { description: 'JOINED or NOT_JOINED' })
  @IsEnum(IntakeOutcome)
  outcome: IntakeOutcome;

  @Field(() => ID, { nullable: true, description: 'With JOINED: the registered volunteer (a member of the team)' })
  @IsOptional()
  @IsUUID()
  volunteerId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'With NOT_JOINED: the day it ended (today when left out)' })
  @IsOptional()
  endedOn?: string | null;

  @Field(() => NotJoinedReason, { nullable: true, description: 'With NOT_JOINED: why' })
  @IsOptional()
  @IsEnum(NotJoinedReason)
  notJoinedReason?: NotJoinedReason | null;

  @Field(() => String, { nullable: true, description: 'With NOT_JOINED: a note, at most 500 characters (no health details)' })
  @IsOptional()
  @Length(1, 500)
  note?: string | null;
}
