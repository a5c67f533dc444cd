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
registerEnumType(SeriesFrequency, { name: 'SeriesFrequency' });

@InputType('ActivityDetailsInput')
export class ActivityDetailsInput {
  @Field(() => Theme)
  @IsEnum(Theme)
  theme: Theme;

  @Field()
  @Length(1, 120)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => String, { nullable: true })
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

@InputType('PlanActivityInput')
export class PlanActivityInput extends ActivityDetailsInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => DateTimeResolver)
  startsAt: Date;

  @Field(() => DateTimeResolver)
  endsAt: Date;
}

@InputType('PlanActivitySeriesInput')
export class PlanActivitySeriesInput extends PlanActivityInput {
  @Field(() => SeriesFrequency)
  @IsEnum(SeriesFrequency)
  frequency: SeriesFrequency;

  @Field(() => LocalDateResolver, { description: 'The last day an occurrence may fall on (at most two years ahead)' })
  until: string;
}

@InputType('UpdateActivityInput')
export class UpdateActivityInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  location?: string;

  @Field(() => DateTimeResolver, { nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  @IsOptional()
  endsAt?: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number;
}

@InputType('CompleteActivityInput')
export class CompleteActivityInput extends VersionedInput {
  @Field(() => Int, { description: 'Residents reached' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  residentsReached: number;

  @Field(() => String, { nullable: true })
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

  @Field(() => ActivityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;
}
