import { IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/**
 * The id and version every change of a versioned record sends; a stale version is refused with CONFLICT.
 * Only its subclasses appear in a schema (type-graphql emits the input types that are used).
 */
@InputType('VersionedInput')
export abstract class VersionedInput {
  @Field(() => ID, { description: 'Stable identifier (uuid) of the record to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read' })
  @Min(1)
  version: number;
}
