import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VolunteerStatus } from './volunteer.entity';

@Entity('volunteer_status_changes')
@ObjectType('VolunteerStatusChange', { description: "A dated change of a person's status" })
export class VolunteerStatusChange {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  @Field(() => VolunteerStatus, { nullable: true, description: 'The status before; null for the first status' })
  from: VolunteerStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  @Field(() => VolunteerStatus, { description: 'The status after' })
  to: VolunteerStatus;

  @Column({ name: 'changed_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day it took effect, a date in Europe/Amsterdam' })
  on: string;
}
