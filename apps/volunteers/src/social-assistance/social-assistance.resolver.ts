import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { VolunteersContext } from '../context';
import { Volunteer } from '../volunteers/volunteer.entity';
import {
  EndSocialAssistanceInput,
  MunicipalAllowanceConsent,
  RecordMunicipalAllowanceConsentInput,
  RecordSocialAssistanceInput,
  SocialAssistancePeriod,
} from './social-assistance.types';

@Resolver(() => Volunteer)
export class SocialAssistanceResolver {
  @FieldResolver(() => [SocialAssistancePeriod], {
    nullable: true,
    description: 'Periods of social assistance (bijstand), oldest first; the person and admins only, never coordinators',
  })
  async socialAssistance(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    return ctx.socialAssistance.periods(volunteer.id);
  }

  @FieldResolver(() => [MunicipalAllowanceConsent], {
    nullable: true,
    description: "The municipality's written consents for an allowance; the person and admins only",
  })
  async municipalAllowanceConsents(@Root() volunteer: Volunteer, @Ctx() ctx: VolunteersContext) {
    return ctx.socialAssistance.consents(volunteer.id);
  }

  @Authorized()
  @Mutation(() => SocialAssistancePeriod, {
    description: 'Records that the person receives social assistance from a date; by the person or an admin',
  })
  recordSocialAssistance(
    @Arg('input', { description: 'The person and the first day' }) input: RecordSocialAssistanceInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.socialAssistance.record(input.volunteerId, input.since);
  }

  @Authorized()
  @Mutation(() => SocialAssistancePeriod, { description: 'Ends the ongoing social assistance on a date; by the person or an admin' })
  endSocialAssistance(
    @Arg('input', { description: 'The person and the last day' }) input: EndSocialAssistanceInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.socialAssistance.end(input.volunteerId, input.until);
  }

  @Authorized()
  @Mutation(() => MunicipalAllowanceConsent, {
    description: "Records the municipality's written consent that a person under 27 on bijstand may receive an allowance; admins",
  })
  recordMunicipalAllowanceConsent(
    @Arg('input', { description: 'The person, the date of the letter, the municipality and a reference' })
    input: RecordMunicipalAllowanceConsentInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.socialAssistance.recordConsent(input);
  }
}
