import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { Equals, IsEmail, IsEnum, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { NeighbourhoodRequestStatus, RequesterKind, RequestLanguage } from './neighbourhood-request.entity';

@InputType('RequestTeamInput', { description: 'The public form: a request for a team in a neighbourhood (no sign-in needed)' })
export class RequestTeamInput {
  @Field({ description: 'A Dutch postcode in the neighbourhood, e.g. 3071 AB (or only the four digits)' })
  @Length(4, 8)
  postcode: string;

  @Field(() => RequesterKind, { description: 'Who asks' })
  @IsEnum(RequesterKind)
  requesterKind: RequesterKind;

  @Field(() => String, { nullable: true, description: 'The organisation you speak for, if any (at most 150 characters)' })
  @IsOptional()
  @Length(1, 150)
  organisation?: string | null;

  @Field({ description: 'Why a team would help the neighbourhood, 10 to 2,000 characters' })
  @Length(10, 2000)
  reason: string;

  @Field({ description: 'Your name, 2 to 100 characters' })
  @Length(2, 100)
  contactName: string;

  @Field({ description: 'Your e-mail address, for the answer' })
  @IsEmail()
  @MaxLength(200)
  contactEmail: string;

  @Field(() => String, { nullable: true, description: 'Your phone number, if you prefer a call (at most 30 characters)' })
  @IsOptional()
  @Length(6, 30)
  contactPhone?: string | null;

  @Field(() => RequestLanguage, {
    defaultValue: RequestLanguage.NL,
    description: 'The language of our answers by e-mail: Dutch unless you choose English',
  })
  @IsEnum(RequestLanguage)
  language: RequestLanguage = RequestLanguage.NL;

  @Field({
    description: 'Must be true: you agree that the foundation keeps your contact data to answer you (deleted 12 months after closing)',
  })
  @Equals(true, { message: 'must be true: without it the foundation cannot answer you' })
  consentToContact: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Leave empty. The form hides this field from people; software that fills in every field is not answered',
  })
  @IsOptional()
  @MaxLength(500)
  website?: string | null;
}

@ArgsType()
export class NeighbourhoodRequestsArgs {
  @Field(() => NeighbourhoodRequestStatus, { nullable: true, description: 'Only requests with this status' })
  @IsOptional()
  @IsEnum(NeighbourhoodRequestStatus)
  status?: NeighbourhoodRequestStatus;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many, newest first (1 to 500)' })
  @Min(1)
  @Max(500)
  first: number = 100;
}

@InputType('FollowUpNeighbourhoodRequestInput', { description: 'Where the follow-up of a request stands now (admins only)' })
export class FollowUpNeighbourhoodRequestInput extends VersionedInput {
  @Field(() => NeighbourhoodRequestStatus, { description: 'The new status' })
  @IsEnum(NeighbourhoodRequestStatus)
  status: NeighbourhoodRequestStatus;

  @Field(() => String, { nullable: true, description: 'Why no team is started; required with DECLINED' })
  @IsOptional()
  @Length(1, 1000)
  declineReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team the request became; required with BECAME_TEAM' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The neighbourhood the request is about, when the postcode did not tell' })
  @IsOptional()
  @IsUUID()
  neighbourhoodId?: string | null;

  @Field(() => String, { nullable: true, description: "The foundation's note on the follow-up (at most 2,000 characters)" })
  @IsOptional()
  @Length(0, 2000)
  followUpNote?: string | null;
}
