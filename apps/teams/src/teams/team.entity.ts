import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum TeamStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
registerEnumType(TeamStatus, { name: 'TeamStatus' });

export enum TeamSizeIndicator {
  BELOW = 'BELOW',
  WITHIN = 'WITHIN',
  ABOVE = 'ABOVE',
}
registerEnumType(TeamSizeIndicator, { name: 'TeamSizeIndicator', description: 'Current members against the target of 15 to 25' });

@Entity('teams')
@ObjectType('Team', {
  description:
    'A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams.',
})
@Directive('@key(fields: "id")')
export class Team {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column()
  @Field()
  name: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId: string;

  @Column({ type: 'text' })
  @Field(() => TeamStatus)
  status: TeamStatus;

  @Column({ name: 'starts_on', type: 'date' })
  @Authorized()
  @Field(() => LocalDateResolver)
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
