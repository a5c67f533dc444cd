import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the volunteers subgraph; this subgraph adds the person's memberships and current team. */
@ObjectType('Volunteer')
@Directive('@key(fields: "id")')
export class VolunteerReference {
  @Field(() => ID)
  id: string;
}
