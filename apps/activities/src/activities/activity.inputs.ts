import { Theme } from '@buurtvolk/domain';
import { PageArgs, VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ActivityStatus } from './activity.entity';

export enum SeriesFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(SeriesFrequency, {
  name: 'SeriesFrequency',
  description: 'How often a series of activities recurs',
  valuesConfig: {
    WEEKLY: { description: 'Every week on the same weekday and time' },
    MONTHLY: { description: 'Every month on the same day and time' },
  },
});

@InputType('ActivityDetailsInput')
export class ActivityDetailsInput {
  @Field(() => Theme, { description: 'The theme the activity works on' })
  @IsEnum(Theme)
  theme: Theme;

  @Field({ description: "Short title as shown in the team's agenda, 1 to 120 characters" })
  @Length(1, 120)
  title: string;

  @Field(() => String, { nullable: true, description: 'What will happen, up to 2000 characters' })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'Where it takes place, up to 200 characters' })
  @IsOptional()
  @Length(0, 200)
  location?: string;

  @Field(() => Int, { nullable: true, description: 'Empty: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number;

  @Field(() => ID, { nullable: true, description: 'A partner organisation involved' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Volunteers who organise it' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(20)
  organiserIds?: string[];
}

@InputType('PlanActivityInput', { description: 'A single activity to plan for a team' })
export class PlanActivityInput extends ActivityDetailsInput {
  @Field(() => ID, { description: 'The team that organises it (Team.id); coordinators plan for their own team only' })
  @IsUUID()
  teamId: string;

  @Field(() => DateTimeResolver, { description: 'When it starts' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When it ends, after startsAt' })
  endsAt: Date;
}

@InputType('PlanActivitySeriesInput', {
  description: "A recurring activity: the first occurrence's details and times, how often and until when",
})
export class PlanActivitySeriesInput extends PlanActivityInput {
  @Field(() => SeriesFrequency, { description: 'How often it recurs' })
  @IsEnum(SeriesFrequency)
  frequency: SeriesFrequency;

  @Field(() => LocalDateResolver, { description: 'The last day an occurrence may fall on (at most two years ahead)' })
  until: string;
}

@InputType('UpdateActivityInput', { description: 'Changes to one planned activity; fields left out stay as they are' })
export class UpdateActivityInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'New title' })
  @IsOptional()
  @Length(1, 120)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description' })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'New location' })
  @IsOptional()
  @Length(0, 200)
  location?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New start' })
  @IsOptional()
  startsAt?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'New end, after the start' })
  @IsOptional()
  endsAt?: Date;

  @Field(() => Int, { nullable: true, description: 'New maximum number of sign-ups' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number;
}

@InputType('CompleteActivityInput', {
  description: 'Marks an activity done: the version you read, the residents reached and what came of it',
})
export class CompleteActivityInput extends VersionedInput {
  @Field(() => Int, { description: 'Residents reached' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  residentsReached: number;

  @Field(() => String, { nullable: true, description: "What came of it, for the team's records" })
  @IsOptional()
  @Length(0, 1000)
  result?: string;
}

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => DateTimeResolver, { nullable: true, description: 'Starting at or after' })
  @IsOptional()
  from?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Starting before' })
  @IsOptional()
  to?: Date;

  @Field(() => ActivityStatus, { nullable: true, description: 'Only activities with this status' })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;
}
