import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { MessagesContext } from '../context';
import { VolunteerReference } from '../references';
import { MessagePreferences } from './preference.entity';
import { SetMessagePreferencesInput } from './preference.inputs';

@Resolver(() => VolunteerReference)
export class PreferenceResolver {
  @FieldResolver(() => MessagePreferences, {
    nullable: true,
    description: 'Which e-mail messages the person gets and in which language: for the person themselves and admins',
  })
  messagePreferences(@Root() volunteer: VolunteerReference, @Ctx() ctx: MessagesContext) {
    return ctx.preferences.of(volunteer.id);
  }

  @Authorized()
  @Mutation(() => MessagePreferences, {
    description: 'Sets which e-mail messages you get and in which language (your own choice; nobody sets it for you)',
  })
  setMessagePreferences(
    @Arg('input', { description: 'Your language and the kinds of message you want' }) input: SetMessagePreferencesInput,
    @Ctx() ctx: MessagesContext,
  ) {
    return ctx.preferences.set(input);
  }
}
