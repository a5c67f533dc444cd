import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsEnum, IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { MembershipRole } from './membership.entity';

@InputType('AddMembershipInput', { description: 'A person joining a team' })
export class AddMembershipInput {
  @Field(() => ID, { description: 'The team (Team.id)' })
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: 'The volunteer (from the volunteers service)' })
  @IsUUID()
  volunteerId: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER, description: 'MEMBER unless given' })
  @IsEnum(MembershipRole)
  role: MembershipRole = MembershipRole.MEMBER;

  @Field(() => LocalDateResolver, { description: 'First day in the team' })
  from: string;
}

@InputType('EndMembershipInput', { description: 'The membership to end, the version you read and the last day' })
export class EndMembershipInput extends VersionedInput {
  @Field(() => LocalDateResolver, { description: 'Last day in the team' })
  until: string;
}
