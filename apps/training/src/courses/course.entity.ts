import { Theme } from '@buurtvolk/domain';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum CourseKind {
  SKILL_TRAINING = 'SKILL_TRAINING',
  INFORMATION_SESSION = 'INFORMATION_SESSION',
  COACHING = 'COACHING',
}
registerEnumType(CourseKind, { name: 'CourseKind' });

/** Roles in a team for which a course can be required. */
export enum TeamRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(TeamRole, { name: 'TeamRole' });

@Entity('courses')
@ObjectType('Course')
@Directive('@key(fields: "id")')
export class Course {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column()
  @Field()
  title: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  @Field(() => CourseKind)
  kind: CourseKind;

  @Column({ type: 'text', nullable: true })
  @Field(() => Theme, { nullable: true })
  theme: Theme | null;

  @Column({ name: 'session_count', type: 'int' })
  @Field(() => Int, { description: 'Sessions to attend for the course (and its certificate)' })
  sessionCount: number;

  @Column({ name: 'study_hours', type: 'int' })
  @Field(() => Int)
  studyHours: number;

  @Column({ name: 'gives_certificate' })
  @Field()
  givesCertificate: boolean;

  @Column({ name: 'certificate_valid_months', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Empty: the certificate does not expire' })
  certificateValidMonths: number | null;

  @Column({ name: 'required_for_roles', type: 'text', array: true })
  @Field(() => [TeamRole], { description: 'Every team member in these roles needs this course' })
  requiredForRoles: TeamRole[];

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}

@Entity('course_runs')
@ObjectType('CourseRun', { description: 'One run of a course: its sessions, trainer and places; open to all teams, or to one (coaching)' })
export class CourseRun {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'int' })
  @Field(() => Int)
  capacity: number;

  @Column({ name: 'trainer_name', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  trainerName: string | null;

  @Column({ name: 'trainer_organisation', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  trainerOrganisation: string | null;

  @Column({ name: 'trainer_volunteer_id', type: 'uuid', nullable: true })
  trainerVolunteerId: string | null;

  @Column({ type: 'text' })
  @Field()
  status: string;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}

@Entity('sessions')
@ObjectType('Session')
export class Session {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  location: string | null;

  @Column({ name: 'online_link', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  onlineLink: string | null;
}
