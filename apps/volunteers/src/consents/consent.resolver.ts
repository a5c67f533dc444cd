import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../context';
import { Consent, ConsentPurpose } from './consent.entity';

@InputType('ConsentInput', { description: "A person's consent for one purpose, given or withdrawn" })
class ConsentInput {
  @Field(() => ID, { description: 'The person (Volunteer.id)' })
  @IsUUID()
  volunteerId: string;

  @Field(() => ConsentPurpose, { description: 'What the consent is for' })
  @IsEnum(ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to today' })
  @IsOptional()
  on?: string;
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Authorized()
  @Mutation(() => Consent, {
    description: 'The person gives a consent (or an admin records the form they signed); giving it twice keeps the first',
  })
  giveConsent(@Arg('input', { description: 'The person, the purpose and the day' }) input: ConsentInput, @Ctx() ctx: VolunteersContext) {
    return ctx.consents.give(input.volunteerId, input.purpose, input.on);
  }

  @Authorized()
  @Mutation(() => Consent, { description: 'Withdraws a consent; what depends on it stops from then on' })
  withdrawConsent(
    @Arg('input', { description: 'The person, the purpose and the day' }) input: ConsentInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return ctx.consents.withdraw(input.volunteerId, input.purpose, input.on);
  }
}
