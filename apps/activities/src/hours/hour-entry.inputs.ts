import { Theme } from '@buurtvolk/domain';
import { PageArgs, VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { HourEntryStatus } from './hour-entry.entity';

@InputType('RegisterHoursInput')
export class RegisterHoursInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Whose hours; defaults to the caller (coordinators and admins may enter them for a team member)',
  })
  @IsOptional()
  @IsUUID()
  volunteerId?: string;

  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => Int, { description: 'Minutes, 15 to 1440' })
  @IsInt()
  @Min(15)
  @Max(1440)
  minutes: number;

  @Field(() => Theme)
  @IsEnum(Theme)
  theme: Theme;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  activityId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  description?: string;
}

@InputType('UpdateHourEntryInput')
export class UpdateHourEntryInput extends VersionedInput {
  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  date?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(1440)
  minutes?: number;

  @Field(() => Theme, { nullable: true })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  description?: string;
}

@InputType('HourEntryVersionInput')
export class HourEntryVersionInput extends VersionedInput {}

@InputType('ApproveHourEntriesInput')
export class ApproveHourEntriesInput {
  @Field(() => [HourEntryVersionInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  entries: HourEntryVersionInput[];
}

@InputType('DecideHourEntryInput')
export class DecideHourEntryInput extends HourEntryVersionInput {
  @Field({ description: 'Why; the volunteer sees it' })
  @Length(3, 500)
  reason: string;
}

@ArgsType()
export class HourEntriesArgs extends PageArgs {
  @Field(() => HourEntryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(HourEntryStatus)
  status?: HourEntryStatus;
}
