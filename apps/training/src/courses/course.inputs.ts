import { Theme } from '@buurtvolk/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CourseKind, TeamRole } from './course.entity';

@InputType('CreateCourseInput')
export class CreateCourseInput {
  @Field()
  @Length(1, 120)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => CourseKind)
  @IsEnum(CourseKind)
  kind: CourseKind;

  @Field(() => Theme, { nullable: true })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(50)
  sessionCount: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1000)
  studyHours: number;

  @Field()
  @IsBoolean()
  givesCertificate: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  certificateValidMonths?: number;

  @Field(() => [TeamRole], { nullable: true, description: 'Team roles that need this course; empty: none' })
  @IsOptional()
  @IsEnum(TeamRole, { each: true })
  requiredForRoles?: TeamRole[];
}

@InputType('SessionInput')
export class SessionInput {
  @Field(() => DateTimeResolver)
  startsAt: Date;

  @Field(() => DateTimeResolver)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  location?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'onlineLink must be an https:// link' })
  onlineLink?: string;
}

@InputType('ScheduleCourseRunInput')
export class ScheduleCourseRunInput {
  @Field(() => ID)
  @IsUUID()
  courseId: string;

  @Field(() => ID, { nullable: true, description: 'Only for this team (coaching); empty: open to all teams' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(500)
  capacity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  trainerName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  trainerOrganisation?: string;

  @Field(() => ID, { nullable: true, description: 'A volunteer who trains their peers' })
  @IsOptional()
  @IsUUID()
  trainerVolunteerId?: string;

  @Field(() => [SessionInput])
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sessions: SessionInput[];
}
