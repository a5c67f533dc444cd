import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the teams subgraph; this subgraph adds wellbeing figures to it. */
@ObjectType('Neighbourhood')
@Directive('@key(fields: "id")')
export class NeighbourhoodReference {
  @Field(() => ID)
  id: string;
}

/** Owned by the teams subgraph; this subgraph adds wellbeing figures to it. */
@ObjectType('Team')
@Directive('@key(fields: "id")')
export class TeamReference {
  @Field(() => ID)
  id: string;
}
