import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsUUID, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType('AssignTeamCoachInput', { description: 'A professional coach starting with a team (admins only)' })
export class AssignTeamCoachInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field({ description: "The coach's name" })
  @Length(1, 150)
  name: string;

  @Field({ description: 'The organisation the coach works for' })
  @Length(1, 150)
  organisation: string;

  @Field(() => LocalDateResolver, { description: 'First day of coaching the team' })
  from: string;
}

@InputType('EndTeamCoachInput', { description: 'The coaching to end, the version you read and the last day' })
export class EndTeamCoachInput extends VersionedInput {
  @Field(() => LocalDateResolver, { description: 'Last day of coaching the team' })
  until: string;
}
