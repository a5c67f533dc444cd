// Each subgraph declares its own reference classes: type-graphql attaches field resolvers to the class, so a class
// shared between subgraphs would carry every subgraph's fields into each schema.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Entities owned by the teams and volunteers subgraphs; this subgraph adds activities and hour figures to them. */
@ObjectType('Team')
@Directive('@key(fields: "id")')
export class TeamReference {
  @Field(() => ID)
  id: string;

  // The teams service's; the gateway brings it along for the monthly summary's text and image (@requires).
  @Field()
  @Directive('@external')
  name?: string;
}

@ObjectType('Neighbourhood')
@Directive('@key(fields: "id")')
export class NeighbourhoodReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Volunteer')
@Directive('@key(fields: "id")')
export class VolunteerReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Partner')
@Directive('@key(fields: "id")')
export class PartnerReference {
  @Field(() => ID)
  id: string;
}
