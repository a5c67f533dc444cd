import { Theme } from '@buurtvolk/domain';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum HourEntryStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(HourEntryStatus, { name: 'HourEntryStatus' });

/** Hours a volunteer put in; the team's coordinator approves or rejects them, and an approved entry is locked. */
@Entity('hour_entries')
@ObjectType('HourEntry')
@Authorized()
export class HourEntry {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId: string;

  @Column({ name: 'municipality_code' })
  municipalityCode: string;

  @Column({ name: 'entry_date', type: 'date' })
  @Field(() => LocalDateResolver)
  entryDate: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  minutes: number;

  @Column({ type: 'text' })
  @Field(() => Theme)
  theme: Theme;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  @Field(() => HourEntryStatus)
  status: HourEntryStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'entered_by' })
  enteredBy: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}
