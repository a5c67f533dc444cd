import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum TeamStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
registerEnumType(TeamStatus, {
  name: 'TeamStatus',
  description: 'Where a team is in its 4 to 6 years',
  valuesConfig: {
    FORMING: { description: 'Being set up: recruiting members, not yet working' },
    ACTIVE: { description: 'Working in the neighbourhood; visible to anyone' },
    PAUSED: { description: 'Temporarily not working' },
    CLOSED: { description: 'Ended; its history stays' },
  },
});

export enum TeamSizeIndicator {
  BELOW = 'BELOW',
  WITHIN = 'WITHIN',
  ABOVE = 'ABOVE',
}
registerEnumType(TeamSizeIndicator, {
  name: 'TeamSizeIndicator',
  description: 'Current members against the target of 15 to 25',
  valuesConfig: {
    BELOW: { description: 'Fewer than 15 members' },
    WITHIN: { description: '15 to 25 members' },
    ABOVE: { description: 'More than 25 members' },
  },
});

@Entity('teams')
@ObjectType('Team', {
  description:
    'A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams.',
})
@Directive('@key(fields: "id")')
export class Team {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column()
  @Field({ description: "The team's name as it is known in the neighbourhood" })
  name: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId: string;

  @Column({ type: 'text' })
  @Field(() => TeamStatus, { description: 'Where the team is in its life: forming, active, paused or closed' })
  status: TeamStatus;

  @Column({ name: 'starts_on', type: 'date' })
  @Authorized()
  @Field(() => LocalDateResolver, { description: "The team's first day, a date in Europe/Amsterdam" })
  startsOn: string;

  @Column({ name: 'commitment_ends_on', type: 'date' })
  @Authorized()
  @Field(() => LocalDateResolver, { description: 'The end of the committed period: 4 to 6 years after the start' })
  commitmentEndsOn: string;

  @Column({ type: 'int' })
  @Authorized()
  @Field(() => Int, { description: 'Send this back on update; a stale version is refused with CONFLICT' })
  version: number;
}
