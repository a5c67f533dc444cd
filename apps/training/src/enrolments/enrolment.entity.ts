import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  WAITING = 'WAITING',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(EnrolmentStatus, { name: 'EnrolmentStatus' });

@Entity('enrolments')
@ObjectType('Enrolment')
export class Enrolment {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  @Column({ type: 'text' })
  @Field(() => EnrolmentStatus)
  status: EnrolmentStatus;

  @Column({ name: 'waiting_position', type: 'bigint', nullable: true })
  waitingPosition: string | null;

  @Column({ name: 'enrolled_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  enrolledAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}

@Entity('certificates')
@ObjectType('Certificate')
export class Certificate {
  @PrimaryColumn('uuid')
  @Field(() => ID)
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
  @Field(() => LocalDateResolver)
  issuedOn: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'Empty: does not expire' })
  validUntil: string | null;
}
