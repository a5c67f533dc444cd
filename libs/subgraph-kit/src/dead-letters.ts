import { listDeadLetters, requeueDeadLetters } from '@buurtvolk/events';
import { isUuid } from '@buurtvolk/domain';
import { Role } from '@buurtvolk/identity';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { v5 as uuidv5 } from 'uuid';
import { AuditTrail, type AuditContext } from './audit';
import { badUserInput } from './errors';

@ObjectType('DeadLetteredEvent', { description: 'An event a service gave up on after about 11 hours of retries; an operator requeues it' })
class DeadLetteredEvent {
  @Field(() => ID, { description: 'Stable identifier (uuid) of the queued job; pass it to requeueDeadLetteredEvents' })
  jobId: string;

  @Field({ description: 'The service that could not handle it' })
  consumer: string;

  @Field({ description: 'The type of the event, e.g. HoursApproved' })
  eventType: string;

  @Field(() => ID, { description: 'Stable identifier (uuid) of the event, the same in every queue it travels' })
  eventId: string;

  @Field({ description: 'The service that recorded it' })
  source: string;

  @Field(() => GraphQLDateTime, { description: 'When the producing service recorded the event' })
  occurredAt: Date;

  @Field(() => GraphQLDateTime, { description: 'When the last retry failed and the event was set aside' })
  deadSince: Date;

  @Field(() => String, { nullable: true, description: 'The first line of the last error' })
  lastError: string | null;
}

/** Audit entries name a queue by a stable id made from its name. */
const QUEUE_NAMESPACE = '0d5f4b1e-8c3a-5b7e-9f21-4a6c8e2d1b30';
const SERVICE = /^[a-z]{1,40}$/;
const EVENT_TYPE = /^[A-Za-z]{1,80}$/;

/**
 * Dead letters of every service, for operators (admins): all services' queues live in the one events database, so one
 * subgraph serves them. Payloads carry ids only, so nothing personal is shown.
 */
export function deadLetterResolver() {
  @Resolver()
  class DeadLetterResolver {
    @Authorized(Role.ADMIN)
    @Query(() => [DeadLetteredEvent], { description: 'Events a service gave up on, oldest first, of one service and event type or all' })
    async deadLetteredEvents(
      @Arg('consumer', () => String, { nullable: true, description: 'Only events this service could not handle, e.g. finance' })
      consumer: string | null,
      @Arg('eventType', () => String, { nullable: true, description: 'Only events of this type, e.g. HoursApproved' })
      eventType: string | null,
      @Ctx() ctx: AuditContext,
    ): Promise<DeadLetteredEvent[]> {
      check(consumer, eventType);
      const letters = await listDeadLetters(busOf(ctx), { consumer, eventType });
      return letters.map((letter) => ({
        ...letter,
        eventId: letter.event.id,
        source: letter.event.source,
        occurredAt: new Date(letter.event.occurredAt),
      }));
    }

    @Authorized(Role.ADMIN)
    @Mutation(() => Int, {
      description: 'Puts dead letters of one service and event type (all, or the jobs named) back on its queue; returns how many',
    })
    async requeueDeadLetteredEvents(
      @Arg('consumer', { description: 'The service that could not handle the events, e.g. finance' }) consumer: string,
      @Arg('eventType', { description: 'The type of the events, e.g. HoursApproved' }) eventType: string,
      @Arg('jobIds', () => [ID], {
        nullable: true,
        description: 'Only these jobs (jobId of deadLetteredEvents); null requeues all of them',
      })
      jobIds: string[] | null,
      @Ctx() ctx: AuditContext,
    ): Promise<number> {
      check(consumer, eventType);
      if (jobIds?.some((id) => !isUuid(id)))
        throw badUserInput('jobIds are the jobIds of deadLetteredEvents', [{ field: 'jobIds', message: 'are not job ids' }]);
      const requeued = await requeueDeadLetters(busOf(ctx), { consumer, eventType, jobIds });
      const queueId = uuidv5(`${consumer}.${eventType}`, QUEUE_NAMESPACE);
      await new AuditTrail(ctx.identity, ctx.requestId).record(ctx.dataSource.manager, {
        action: 'dead-letters.requeued',
        entityType: 'EventQueue',
        entityId: queueId,
        relatedIds: requeued,
      });
      return requeued.length;
    }
  }
  return DeadLetterResolver;
}

function check(consumer: string | null, eventType: string | null): void {
  if (consumer && !SERVICE.test(consumer))
    throw badUserInput('consumer is the name of a service, e.g. finance', [{ field: 'consumer', message: 'is not a service name' }]);
  if (eventType && !EVENT_TYPE.test(eventType))
    throw badUserInput('eventType is the name of an event, e.g. HoursApproved', [{ field: 'eventType', message: 'is not an event type' }]);
}

function busOf(ctx: AuditContext) {
  if (!ctx.bus) throw new Error('This service runs without an event bus');
  return ctx.bus;
}
