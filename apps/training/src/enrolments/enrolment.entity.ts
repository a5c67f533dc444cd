import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  WAITING = 'WAITING',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Where an enrolment stands',
  valuesConfig: {
    ENROLLED: { description: 'Has a place in the run' },
    WAITING: { description: 'On the waiting list; moves up when a place comes free' },
    CANCELLED: { description: 'Cancelled by the person, their coordinator or an admin' },
    COMPLETED: { description: 'Attended every session of the run' },
  },
});

@Entity('enrolments')
@ObjectType('Enrolment', { description: "A person's place in a course run or on its waiting list" })
export class Enrolment {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  @Column({ type: 'text' })
  @Field(() => EnrolmentStatus, { description: 'Enrolled, waiting, cancelled or completed' })
  status: EnrolmentStatus;

  @Column({ name: 'waiting_position', type: 'bigint', nullable: true })
  waitingPosition: string | null;

  @Column({ name: 'enrolled_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the person enrolled or joined the waiting list' })
  enrolledAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Changes with every change of the enrolment; a stale version is refused with CONFLICT' })
  version: number;
}

@Entity('certificates')
@ObjectType('Certificate', { description: 'Proof that a person completed a course, issued when they attended every session' })
export class Certificate {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId: string | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId: string | null;

  @Column({ name: 'issued_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day it was issued, a date in Europe/Amsterdam' })
  issuedOn: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'Empty: does not expire' })
  validUntil: string | null;
}
