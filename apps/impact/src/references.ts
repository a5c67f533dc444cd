// Each subgraph declares its own reference classes: type-graphql attaches field resolvers to the class, so a class
// shared between subgraphs would carry every subgraph's fields into each schema.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Entities owned by the teams and finance subgraphs; this subgraph adds their impact. Their `name` and `title` stay
 * with their owners: the gateway brings them along for a field that @requires them (the report PDF's title).
 */
@ObjectType('Team')
@Directive('@key(fields: "id")')
export class TeamReference {
  @Field(() => ID)
  id: string;

  @Field()
  @Directive('@external')
  name?: string;
}

@ObjectType('Neighbourhood')
@Directive('@key(fields: "id")')
export class NeighbourhoodReference {
  @Field(() => ID)
  id: string;

  @Field()
  @Directive('@external')
  name?: string;
}

@ObjectType('FundingAgreement')
@Directive('@key(fields: "id")')
export class FundingAgreementReference {
  @Field(() => ID)
  id: string;

  @Field()
  @Directive('@external')
  title?: string;
}
