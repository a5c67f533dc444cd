import { Theme } from '@buurtvolk/domain';
import { PageArgs, VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { HourEntryStatus } from './hour-entry.entity';

@InputType('RegisterHoursInput', { description: 'Hours to register for one day on one theme' })
export class RegisterHoursInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Whose hours; defaults to the caller (coordinators and admins may enter them for a team member)',
  })
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @Field(() => ID, { description: 'The team the hours were for (Team.id); the person must be a member now' })
  @IsUUID()
  teamId: string;

  @Field(() => LocalDateResolver, { description: 'The day worked, not in the future' })
  date: string;

  @Field(() => Int, { description: 'Minutes, 15 to 1440' })
  @IsInt()
  @Min(15)
  @Max(1440)
  minutes: number;

  @Field(() => Theme, { description: 'The theme worked on' })
  @IsEnum(Theme)
  theme: Theme;

  @Field(() => ID, { nullable: true, description: 'The activity the hours were for (Activity.id), if any' })
  @IsOptional()
  @IsUUID()
  activityId?: string;

  @Field(() => String, { nullable: true, description: 'What was done, up to 500 characters' })
  @IsOptional()
  @Length(0, 500)
  description?: string;
}

@InputType('UpdateHourEntryInput', { description: 'Changes to a submitted hour entry; fields left out stay as they are' })
export class UpdateHourEntryInput extends VersionedInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'New day worked' })
  @IsOptional()
  date?: string;

  @Field(() => Int, { nullable: true, description: 'New time in minutes, 15 to 1440' })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(1440)
  minutes?: number;

  @Field(() => Theme, { nullable: true, description: 'New theme' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => String, { nullable: true, description: 'New description, up to 500 characters' })
  @IsOptional()
  @Length(0, 500)
  description?: string;
}

@InputType('HourEntryVersionInput', { description: 'An hour entry and the version you read' })
export class HourEntryVersionInput extends VersionedInput {}

@InputType('ApproveHourEntriesInput', { description: 'Hour entries to approve together, 1 to 500' })
export class ApproveHourEntriesInput {
  @Field(() => [HourEntryVersionInput], { description: 'The entries with the versions you read' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  entries: HourEntryVersionInput[];
}

@InputType('DecideHourEntryInput', { description: 'An hour entry, the version you read and why it is rejected or its approval revoked' })
export class DecideHourEntryInput extends HourEntryVersionInput {
  @Field({ description: 'Why; the volunteer sees it' })
  @Length(3, 500)
  reason: string;
}

@ArgsType()
export class HourEntriesArgs extends PageArgs {
  @Field(() => HourEntryStatus, { nullable: true, description: 'Only entries with this status' })
  @IsOptional()
  @IsEnum(HourEntryStatus)
  status?: HourEntryStatus;
}
