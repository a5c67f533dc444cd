import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('SocialAssistancePeriod', {
  description: 'A period in which the person receives social assistance (bijstand); sensitive: the person and admins only',
})
export class SocialAssistancePeriod {
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Field(() => LocalDateResolver, { description: 'First day of the bijstand' })
  since: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day; null while it lasts' })
  until: string | null;

  @Field({ description: 'Recorded by an admin rather than by the person' })
  recordedByAdmin: boolean;
}

@ObjectType('MunicipalAllowanceConsent', {
  description: "The municipality's written consent that a person on bijstand under 27 may receive a volunteer allowance",
})
export class MunicipalAllowanceConsent {
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Field(() => LocalDateResolver, { description: 'Date of the letter' })
  givenOn: string;

  @Field({ description: 'The municipality that gave the consent' })
  municipality: string;

  @Field(() => String, { nullable: true, description: "The letter's reference or a note" })
  reference: string | null;
}

@InputType('RecordSocialAssistanceInput', { description: 'The person and the first day of their social assistance (bijstand)' })
export class RecordSocialAssistanceInput {
  @Field(() => ID, { description: 'The person (Volunteer.id); yourself, or anyone for an admin' })
  @IsUUID()
  volunteerId: string;

  @Field(() => LocalDateResolver, { description: 'First day of the bijstand' })
  since: string;
}

@InputType('EndSocialAssistanceInput', { description: 'The person and the last day of their ongoing social assistance (bijstand)' })
export class EndSocialAssistanceInput {
  @Field(() => ID, { description: 'The person (Volunteer.id); yourself, or anyone for an admin' })
  @IsUUID()
  volunteerId: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the bijstand' })
  until: string;
}

@InputType('RecordMunicipalAllowanceConsentInput', {
  description: "The municipality's written consent for a person under 27 on bijstand, as an admin records it",
})
export class RecordMunicipalAllowanceConsentInput {
  @Field(() => ID, { description: 'The person the consent is for (Volunteer.id)' })
  @IsUUID()
  volunteerId: string;

  @Field(() => LocalDateResolver, { description: 'Date of the letter' })
  givenOn: string;

  @Field({ description: 'The municipality that gave the consent (1–200 characters)' })
  @IsString()
  @Length(1, 200)
  municipality: string;

  @Field(() => String, { nullable: true, description: "The letter's reference or a note (at most 500 characters)" })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reference?: string | null;
}
