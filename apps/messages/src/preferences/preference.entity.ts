import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ALL_KINDS, MessageKind, MessageLanguage } from '../messages/message-kind';

/** Which messages a person gets, and in which language; without a row, every kind in Dutch. */
@Entity('message_preferences')
@ObjectType('MessagePreferences', { description: 'Which e-mail messages a person gets, and in which language' })
export class MessagePreferences {
  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'text' })
  @Field(() => MessageLanguage, { description: 'The language of the messages: Dutch unless the person chose English' })
  language: MessageLanguage;

  /** Stored as the kinds turned off, so that a kind added later reaches everyone until they turn it off. */
  @Column({ name: 'disabled_kinds', type: 'text', array: true })
  disabledKinds: string[];

  @Column({ type: 'integer' })
  @Field(() => Int, { description: 'Goes up by one with every change (0: never set, the defaults)' })
  version: number;

  @Field(() => [MessageKind], { description: 'The kinds of message the person gets; the others are turned off' })
  get enabledKinds(): MessageKind[] {
    return ALL_KINDS.filter((kind) => !this.disabledKinds.includes(kind));
  }
}

/** The defaults of someone who never chose: every kind, in Dutch. */
export function defaultPreferences(volunteerId: string): MessagePreferences {
  return Object.assign(new MessagePreferences(), { volunteerId, language: MessageLanguage.NL, disabledKinds: [], version: 0 });
}
