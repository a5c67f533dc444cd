import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum MembershipRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: "A person's role in their team",
  valuesConfig: {
    MEMBER: { description: 'A team member (teamlid)' },
    COORDINATOR: { description: 'Runs the team: plans activities, approves hours and claims of the other members' },
  },
});

@Entity('memberships')
@Authorized()
@ObjectType('Membership', {
  description: "A resident's place in a team for a period; history stays when they leave. Coaches are not members: see Team.coaches",
})
export class Membership {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'text' })
  @Field(() => MembershipRole, { description: 'Member or coordinator of the team' })
  role: MembershipRole;

  @Column({ name: 'from_date', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The first day in the team, a date in Europe/Amsterdam' })
  from: string;

  @Column({ name: 'until_date', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day in the team; empty while the membership lasts' })
  until: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back with endMembership; a stale version is refused with CONFLICT' })
  version: number;
}
