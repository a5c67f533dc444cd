import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MessageKind } from './message-kind';

/** A message in the outbox of messages: one per event and person, sent by the worker with retries. */
@Entity('messages')
@ObjectType('FailedMessage', {
  description: 'A message that could not be sent after every try (a dead letter): for admins, without its text or address',
})
export class OutgoingMessage {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'The id of the message' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  @Field(() => ID, { description: 'The id of the event the message is about' })
  eventId: string;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'The request for a team whose requester the message is for (answers to requests only; else null)',
  })
  requestId: string | null;

  @Column({ type: 'text' })
  @Field(() => MessageKind, { description: 'What kind of message it is' })
  kind: MessageKind;

  @Column({ type: 'text' })
  @Field({ description: 'The type of the event it was made from, e.g. HoursApproved' })
  template: string;

  @Column({ type: 'jsonb' })
  facts: Record<string, unknown>;

  @Column({ type: 'text' })
  status: 'PENDING' | 'SENT' | 'SKIPPED' | 'DEAD';

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'How many times sending was tried' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The mail server's last answer (any e-mail address in it left out)" })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the event was turned into a message' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When the last try failed and the message was given up' })
  finishedAt: Date | null;
}
