// Each subgraph declares its own reference classes: type-graphql attaches field resolvers to the class, so a class
// shared between subgraphs would carry every subgraph's fields into each schema.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person, owned by the volunteers subgraph; this subgraph adds their message preferences. */
@ObjectType('Volunteer')
@Directive('@key(fields: "id")')
export class VolunteerReference {
  @Field(() => ID)
  id: string;
}
