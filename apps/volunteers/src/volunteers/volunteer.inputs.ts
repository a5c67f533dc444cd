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
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week',
  valuesConfig: {
    MONDAY: { description: 'Monday' },
    TUESDAY: { description: 'Tuesday' },
    WEDNESDAY: { description: 'Wednesday' },
    THURSDAY: { description: 'Thursday' },
    FRIDAY: { description: 'Friday' },
    SATURDAY: { description: 'Saturday' },
    SUNDAY: { description: 'Sunday' },
  },
});

export enum DayPart {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}
registerEnumType(DayPart, {
  name: 'DayPart',
  description: 'A part of the day',
  valuesConfig: {
    MORNING: { description: 'Morning, until noon' },
    AFTERNOON: { description: 'Afternoon, noon to 6 pm' },
    EVENING: { description: 'Evening, from 6 pm' },
  },
});

@InputType('AvailabilityInput', { description: 'A part of a weekday on which the person is available' })
export class AvailabilityInput {
  @Field(() => Weekday, { description: 'The weekday' })
  @IsEnum(Weekday)
  day: Weekday;

  @Field(() => DayPart, { description: 'Morning, afternoon or evening' })
  @IsEnum(DayPart)
  part: DayPart;
}

const HOUSE_NUMBER = /^[1-9]\d{0,4}(?:[ -]?[A-Za-z0-9]{1,4})?$/;

/** Fields a coordinator fills in for a resident; phone and postal code are checked and normalised by the service. */
@InputType('VolunteerDetailsInput')
export class VolunteerDetailsInput {
  @Field({ nullable: true, description: 'The name team mates see, 1 to 60 characters' })
  @IsOptional()
  @Length(1, 60)
  displayName?: string;

  @Field({ nullable: true, description: 'Given name (personal data)' })
  @IsOptional()
  @Length(1, 100)
  givenName?: string;

  @Field({ nullable: true, description: 'Family name (personal data)' })
  @IsOptional()
  @Length(1, 100)
  familyName?: string;

  @Field({ nullable: true, description: 'E-mail address (personal data)' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 254)
  email?: string;

  @Field({ nullable: true, description: 'Phone number (personal data)' })
  @IsOptional()
  @Length(6, 25)
  phone?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of birth (personal data)' })
  @IsOptional()
  dateOfBirth?: string;

  @Field({ nullable: true, description: 'Dutch postal code, e.g. 3071 AB (personal data)' })
  @IsOptional()
  @Length(6, 7)
  postalCode?: string;

  @Field({ nullable: true, description: 'House number with any addition (personal data)' })
  @IsOptional()
  @Matches(HOUSE_NUMBER, { message: 'houseNumber must be a house number such as 12, 12A or 12-3' })
  houseNumber?: string;

  @Field(() => ID, { nullable: true, description: 'The neighbourhood the person lives in' })
  @IsOptional()
  @IsUUID()
  neighbourhoodId?: string;

  @Field(() => [String], { nullable: true, description: 'Languages the person speaks' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 40, { each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'What the person is good at or likes to do, e.g. cooking' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Length(1, 40, { each: true })
  talents?: string[];

  @Field(() => [AvailabilityInput], { nullable: true, description: 'When the person is available; replaces the whole list' })
  @IsOptional()
  @ArrayMaxSize(21)
  availability?: AvailabilityInput[];

  @Field(() => VogStatus, { nullable: true, description: 'Where the certificate of conduct stands' })
  @IsOptional()
  @IsEnum(VogStatus)
  vogStatus?: VogStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day the certificate of conduct is valid' })
  @IsOptional()
  vogValidUntil?: string;
}

@InputType('RegisterVolunteerInput', { description: 'A resident to register as a volunteer of a team' })
export class RegisterVolunteerInput extends VolunteerDetailsInput {
  @Field(() => ID, { description: 'The team that registers the resident (their coordinator manages the record)' })
  @IsUUID()
  teamId: string;

  @Field({ description: 'The name team mates see, 1 to 60 characters' })
  @Length(1, 60)
  displayName: string;

  @Field(() => LocalDateResolver, { description: 'The day the person joined' })
  joinedOn: string;
}

@InputType('UpdateVolunteerInput', { description: "Changes to a volunteer's record; fields left out stay as they are" })
export class UpdateVolunteerInput extends VolunteerDetailsInput {
  @Field(() => ID, { description: 'Stable identifier (uuid) of the volunteer' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @Min(1)
  version: number;
}

@InputType('ChangeVolunteerStatusInput', { description: 'A new status for a volunteer and the day it takes effect' })
export class ChangeVolunteerStatusInput extends VersionedInput {
  @Field(() => VolunteerStatus, { description: 'The new status' })
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

  @Field(() => VolunteerStatus, { nullable: true, description: 'Only volunteers with this status' })
  @IsOptional()
  @IsEnum(VolunteerStatus)
  status?: VolunteerStatus;

  @Field(() => String, { nullable: true, description: 'Only volunteers with this talent' })
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
