import { ArrayMaxSize, IsEnum } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MessageKind, MessageLanguage } from '../messages/message-kind';

@InputType('SetMessagePreferencesInput', { description: 'Your own choice of messages: all of it, replacing the earlier choice' })
export class SetMessagePreferencesInput {
  @Field(() => MessageLanguage, { description: 'The language of your messages' })
  @IsEnum(MessageLanguage)
  language: MessageLanguage;

  @Field(() => [MessageKind], { description: 'The kinds of message you want; every kind not listed is turned off' })
  @ArrayMaxSize(20)
  @IsEnum(MessageKind, { each: true })
  enabledKinds: MessageKind[];
}
