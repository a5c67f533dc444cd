import { PageArgs, VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { VogStatus, VolunteerStatus } from './volunteer.entity';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, { name: 'Weekday' });

export enum DayPart {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}
registerEnumType(DayPart, { name: 'DayPart' });

@InputType('AvailabilityInput')
export class AvailabilityInput {
  @Field(() => Weekday)
  @IsEnum(Weekday)
  day: Weekday;

  @Field(() => DayPart)
  @IsEnum(DayPart)
  part: DayPart;
}

const HOUSE_NUMBER = /^[1-9]\d{0,4}(?:[ -]?[A-Za-z0-9]{1,4})?$/;

/** Fields a coordinator fills in for a resident; phone and postal code are checked and normalised by the service. */
@InputType('VolunteerDetailsInput')
export class VolunteerDetailsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  givenName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  familyName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 254)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(6, 25)
  phone?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  dateOfBirth?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(6, 7)
  postalCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(HOUSE_NUMBER, { message: 'houseNumber must be a house number such as 12, 12A or 12-3' })
  houseNumber?: string;

  @Field(() => ID, { nullable: true, description: 'The neighbourhood the person lives in' })
  @IsOptional()
  @IsUUID()
  neighbourhoodId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 40, { each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 40, { each: true })
  talents?: string[];

  @Field(() => [AvailabilityInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(21)
  availability?: AvailabilityInput[];

  @Field(() => VogStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VogStatus)
  vogStatus?: VogStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  vogValidUntil?: string;
}

@InputType('RegisterVolunteerInput')
export class RegisterVolunteerInput extends VolunteerDetailsInput {
  @Field(() => ID, { description: 'The team that registers the resident (their coordinator manages the record)' })
  @IsUUID()
  teamId: string;

  @Field()
  @Length(1, 60)
  displayName: string;

  @Field(() => LocalDateResolver)
  joinedOn: string;
}

@InputType('UpdateVolunteerInput')
export class UpdateVolunteerInput extends VolunteerDetailsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}

@InputType('ChangeVolunteerStatusInput')
export class ChangeVolunteerStatusInput extends VersionedInput {
  @Field(() => VolunteerStatus)
  @IsEnum(VolunteerStatus)
  status: VolunteerStatus;

  @Field(() => LocalDateResolver, { description: 'The day the new status starts' })
  on: string;
}

@ArgsType()
export class VolunteersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only current members of this team' })
  @IsOptional()
  @IsUUID()
  team?: string;

  @Field(() => ID, { nullable: true, description: 'Only people living in this neighbourhood' })
  @IsOptional()
  @IsUUID()
  neighbourhood?: string;

  @Field(() => VolunteerStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VolunteerStatus)
  status?: VolunteerStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  talent?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Part of a name, 2 to 100 characters (trimmed), in any case, accents optional: the display name; for admins and coordinators also the given and family name',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;
}
