import { PageArgs, VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { TeamStatus } from './team.entity';

@InputType('CreateTeamInput', { description: 'A new team in a neighbourhood (admins only)' })
export class CreateTeamInput {
  @Field({ description: "The team's name, 1 to 100 characters" })
  @Length(1, 100)
  name: string;

  @Field(() => ID, { description: 'The neighbourhood the team works in (Neighbourhood.id)' })
  @IsUUID()
  neighbourhoodId: string;

  @Field(() => TeamStatus, { defaultValue: TeamStatus.FORMING, description: 'FORMING unless given' })
  @IsEnum(TeamStatus)
  status: TeamStatus = TeamStatus.FORMING;

  @Field(() => LocalDateResolver, { description: "The team's first day" })
  startsOn: string;

  @Field(() => LocalDateResolver, { description: '4 to 6 years after startsOn' })
  commitmentEndsOn: string;
}

@InputType('UpdateTeamInput', { description: 'Changes to a team; fields left out or null stay as they are' })
export class UpdateTeamInput extends VersionedInput {
  @Field({ nullable: true, description: 'New name, 1 to 100 characters' })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => TeamStatus, { nullable: true, description: 'New status' })
  @IsOptional()
  @IsEnum(TeamStatus)
  status?: TeamStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New first day' })
  @IsOptional()
  startsOn?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'New end of the committed period, 4 to 6 years after startsOn' })
  @IsOptional()
  commitmentEndsOn?: string;
}

@ArgsType()
export class TeamsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only teams in neighbourhoods of this city' })
  @IsOptional()
  @Length(1, 100)
  city?: string;

  @Field(() => TeamStatus, { nullable: true, description: 'Only teams with this status' })
  @IsOptional()
  @IsEnum(TeamStatus)
  status?: TeamStatus;
}
