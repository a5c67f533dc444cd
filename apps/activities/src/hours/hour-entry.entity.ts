import { Theme } from '@buurtvolk/domain';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum HourEntryStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(HourEntryStatus, {
  name: 'HourEntryStatus',
  description: 'Where an hour entry stands',
  valuesConfig: {
    SUBMITTED: { description: 'Registered, waiting for a coordinator of the team' },
    APPROVED: { description: 'Approved by another person than the volunteer; locked, counts in the figures' },
    REJECTED: { description: 'Rejected, or its approval revoked, with a reason' },
  },
});

/** Hours a volunteer put in; the team's coordinator approves or rejects them, and an approved entry is locked. */
@Entity('hour_entries')
@ObjectType('HourEntry', {
  description:
    'Time a volunteer put in on one day on one theme; a coordinator of the team approves or rejects it, and an approved entry is locked',
})
@Authorized()
export class HourEntry {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
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
  @Field(() => LocalDateResolver, { description: 'The day worked, a date in Europe/Amsterdam' })
  entryDate: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Time worked in minutes, 15 to 1440' })
  minutes: number;

  @Column({ type: 'text' })
  @Field(() => Theme, { description: 'The theme worked on' })
  theme: Theme;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "What was done, in the volunteer's words; null when nothing was written or after the person was erased",
  })
  description: string | null;

  @Column({ type: 'text' })
  @Field(() => HourEntryStatus, { description: 'Submitted, approved or rejected' })
  status: HourEntryStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was rejected or its approval revoked; null otherwise' })
  rejectionReason: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was last approved, rejected or revoked; null while submitted' })
  decidedAt: Date | null;

  @Column({ name: 'entered_by' })
  enteredBy: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on change or decision; a stale version is refused with CONFLICT' })
  version: number;
}
