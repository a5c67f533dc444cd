import { Role } from '@buurtvolk/identity';
import { connectionTypes, PageArgs } from '@buurtvolk/subgraph-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { MessagesContext } from '../context';
import { VolunteerReference } from '../references';
import { OutgoingMessage } from './message.entity';

export const FailedMessageConnection = connectionTypes(OutgoingMessage, 'FailedMessage');

@Resolver(() => OutgoingMessage)
export class MessageResolver {
  @Authorized(Role.ADMIN)
  @Query(() => FailedMessageConnection, {
    description: 'Messages given up after every try to send them (dead letters), newest first: for admins',
  })
  failedMessages(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: MessagesContext) {
    return ctx.messages.failed(args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OutgoingMessage, { description: 'Puts a failed message back in the outbox to be sent again: admins' })
  retryFailedMessage(@Arg('id', () => ID, { description: 'The id of the failed message' }) id: string, @Ctx() ctx: MessagesContext) {
    return ctx.messages.retry(id);
  }

  @FieldResolver(() => VolunteerReference, {
    nullable: true,
    description: 'The person the message is for; null for an answer to a requester, who is not a platform user (see requestId)',
  })
  volunteer(@Root() message: OutgoingMessage): VolunteerReference | null {
    return message.volunteerId ? { id: message.volunteerId } : null;
  }
}
