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

@InputType('CreateCourseInput', { description: 'A new course for the catalogue (admins only)' })
export class CreateCourseInput {
  @Field({ description: "The course's title" })
  @Length(1, 120)
  title: string;

  @Field(() => String, { nullable: true, description: 'What the course is about' })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => CourseKind, { description: 'Skill training, information session or coaching' })
  @IsEnum(CourseKind)
  kind: CourseKind;

  @Field(() => Theme, { nullable: true, description: 'The theme it serves; null for none' })
  @IsOptional()
  @IsEnum(Theme)
  theme?: Theme;

  @Field(() => Int, { description: 'Sessions to attend for the course (and its certificate)' })
  @IsInt()
  @Min(1)
  @Max(50)
  sessionCount: number;

  @Field(() => Int, { description: 'Expected hours of study, sessions included' })
  @IsInt()
  @Min(0)
  @Max(1000)
  studyHours: number;

  @Field({ description: 'True when attending every session earns a certificate' })
  @IsBoolean()
  givesCertificate: boolean;

  @Field(() => Int, { nullable: true, description: 'Months a certificate stays valid; null: it does not expire' })
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

@InputType('SessionInput', { description: 'One meeting of a run being scheduled' })
export class SessionInput {
  @Field(() => DateTimeResolver, { description: 'When the session starts' })
  startsAt: Date;

  @Field(() => DateTimeResolver, { description: 'When the session ends, after startsAt' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place; null for online only' })
  @IsOptional()
  @Length(1, 200)
  location?: string;

  @Field(() => String, { nullable: true, description: 'Link to join online; null for in person only' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'onlineLink must be an https:// link' })
  onlineLink?: string;
}

@InputType('ScheduleCourseRunInput', { description: 'A run of a course with its sessions' })
export class ScheduleCourseRunInput {
  @Field(() => ID, { description: 'The course (Course.id)' })
  @IsUUID()
  courseId: string;

  @Field(() => ID, { nullable: true, description: 'Only for this team (coaching); empty: open to all teams' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @Field(() => Int, { description: 'Places for enrolled people; more join the waiting list' })
  @IsInt()
  @Min(1)
  @Max(500)
  capacity: number;

  @Field(() => String, { nullable: true, description: "The trainer's name, when known" })
  @IsOptional()
  @Length(1, 100)
  trainerName?: string;

  @Field(() => String, { nullable: true, description: 'The organisation the trainer works for, when known' })
  @IsOptional()
  @Length(1, 100)
  trainerOrganisation?: string;

  @Field(() => ID, { nullable: true, description: 'A volunteer who trains their peers' })
  @IsOptional()
  @IsUUID()
  trainerVolunteerId?: string;

  @Field(() => [SessionInput], { description: 'The sessions of the run' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sessions: SessionInput[];
}
