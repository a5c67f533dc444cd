import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum MembershipRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(MembershipRole, { name: 'MembershipRole' });

@Entity('memberships')
@Authorized()
@ObjectType('Membership', {
  description: "A resident's place in a team for a period; history stays when they leave. Coaches are not members: see Team.coaches",
})
export class Membership {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'text' })
  @Field(() => MembershipRole)
  role: MembershipRole;

  @Column({ name: 'from_date', type: 'date' })
  @Field(() => LocalDateResolver)
  from: string;

  @Column({ name: 'until_date', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day in the team; empty while the membership lasts' })
  until: string | null;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}
