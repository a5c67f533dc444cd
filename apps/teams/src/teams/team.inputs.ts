import { PageArgs, VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { TeamStatus } from './team.entity';

@InputType('CreateTeamInput')
export class CreateTeamInput {
  @Field()
  @Length(1, 100)
  name: string;

  @Field(() => ID)
  @IsUUID()
  neighbourhoodId: string;

  @Field(() => TeamStatus, { defaultValue: TeamStatus.FORMING })
  @IsEnum(TeamStatus)
  status: TeamStatus = TeamStatus.FORMING;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver, { description: '4 to 6 years after startsOn' })
  commitmentEndsOn: string;
}

@InputType('UpdateTeamInput')
export class UpdateTeamInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => TeamStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TeamStatus)
  status?: TeamStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  startsOn?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  commitmentEndsOn?: string;
}

@ArgsType()
export class TeamsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only teams in neighbourhoods of this city' })
  @IsOptional()
  @Length(1, 100)
  city?: string;

  @Field(() => TeamStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TeamStatus)
  status?: TeamStatus;
}
