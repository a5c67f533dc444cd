import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { IsEnum, IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { MembershipRole } from './membership.entity';

@InputType('AddMembershipInput')
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  teamId: string;

  @Field(() => ID, { description: 'The volunteer (from the volunteers service)' })
  @IsUUID()
  volunteerId: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  @IsEnum(MembershipRole)
  role: MembershipRole = MembershipRole.MEMBER;

  @Field(() => LocalDateResolver, { description: 'First day in the team' })
  from: string;
}

@InputType('EndMembershipInput')
export class EndMembershipInput extends VersionedInput {
  @Field(() => LocalDateResolver, { description: 'Last day in the team' })
  until: string;
}
