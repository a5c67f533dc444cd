// Each subgraph declares its own reference classes: type-graphql attaches field resolvers to the class, so a class
// shared between subgraphs would carry every subgraph's fields into each schema.
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Entities owned by the teams subgraph; this subgraph adds budgets and funding to them. */
@ObjectType('Team')
@Directive('@key(fields: "id")')
export class TeamReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Neighbourhood')
@Directive('@key(fields: "id")')
export class NeighbourhoodReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Partner')
@Directive('@key(fields: "id")')
export class PartnerReference {
  @Field(() => ID)
  id: string;
}

@ObjectType('Volunteer')
@Directive('@key(fields: "id")')
export class VolunteerReference {
  @Field(() => ID)
  id: string;

  /** Owned by the volunteers service; the gateway brings it for fields that @require it, under the caller's rights. */
  @Field(() => LocalDateResolver, { nullable: true })
  @Directive('@external')
  dateOfBirth?: string | null;
}
