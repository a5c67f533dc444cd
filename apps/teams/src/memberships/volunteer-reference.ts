import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The volunteers subgraph owns Volunteer; here it is only a reference by id. */
@ObjectType('Volunteer')
@Directive('@key(fields: "id", resolvable: false)')
export class VolunteerReference {
  @Field(() => ID)
  id: string;
}
