import { Theme } from '@buurtvolk/domain';
import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum CourseKind {
  SKILL_TRAINING = 'SKILL_TRAINING',
  INFORMATION_SESSION = 'INFORMATION_SESSION',
  COACHING = 'COACHING',
}
registerEnumType(CourseKind, {
  name: 'CourseKind',
  description: 'What kind of course it is',
  valuesConfig: {
    SKILL_TRAINING: { description: 'Training in a skill over one or more sessions' },
    INFORMATION_SESSION: { description: 'An information meeting on a theme' },
    COACHING: { description: 'Professional coaching, usually for one team' },
  },
});

/** Roles in a team for which a course can be required. */
export enum TeamRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(TeamRole, {
  name: 'TeamRole',
  description: 'A role in a team for which a course can be required',
  valuesConfig: {
    MEMBER: { description: 'Every team member' },
    COORDINATOR: { description: "The team's coordinators" },
  },
});

@Entity('courses')
@ObjectType('Course', {
  description: 'A course in the catalogue: skill training, an information session or coaching, on one of the themes or none',
})
@Directive('@key(fields: "id")')
export class Course {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column()
  @Field({ description: "The course's title as shown in the catalogue" })
  title: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the course is about; null when none was written' })
  description: string | null;

  @Column({ type: 'text' })
  @Field(() => CourseKind, { description: 'Skill training, information session or coaching' })
  kind: CourseKind;

  @Column({ type: 'text', nullable: true })
  @Field(() => Theme, { nullable: true, description: 'The theme it serves; null for a course on no single theme' })
  theme: Theme | null;

  @Column({ name: 'session_count', type: 'int' })
  @Field(() => Int, { description: 'Sessions to attend for the course (and its certificate)' })
  sessionCount: number;

  @Column({ name: 'study_hours', type: 'int' })
  @Field(() => Int, { description: 'Expected hours of study, sessions included' })
  studyHours: number;

  @Column({ name: 'gives_certificate' })
  @Field({ description: 'True when attending every session earns a certificate' })
  givesCertificate: boolean;

  @Column({ name: 'certificate_valid_months', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Empty: the certificate does not expire' })
  certificateValidMonths: number | null;

  @Column({ name: 'required_for_roles', type: 'text', array: true })
  @Field(() => [TeamRole], { description: 'Every team member in these roles needs this course' })
  requiredForRoles: TeamRole[];

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on update; a stale version is refused with CONFLICT' })
  version: number;
}

@Entity('course_runs')
@ObjectType('CourseRun', { description: 'One run of a course: its sessions, trainer and places; open to all teams, or to one (coaching)' })
export class CourseRun {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Places for enrolled people; enrolments beyond it join the waiting list' })
  capacity: number;

  @Column({ name: 'trainer_name', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The trainer's name; null when not known yet or a peer trainer gives it" })
  trainerName: string | null;

  @Column({ name: 'trainer_organisation', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The organisation the trainer works for; null when not known' })
  trainerOrganisation: string | null;

  @Column({ name: 'trainer_volunteer_id', type: 'uuid', nullable: true })
  trainerVolunteerId: string | null;

  @Column({ type: 'text' })
  @Field({ description: "The run's state; OPEN when scheduled" })
  status: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Changes with every change of the run; a stale version is refused with CONFLICT' })
  version: number;
}

@Entity('sessions')
@ObjectType('Session', { description: 'One meeting of a course run, in person, online or both' })
export class Session {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the session starts' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the session ends' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it takes place; null for an online-only session' })
  location: string | null;

  @Column({ name: 'online_link', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Link to join online; null for an in-person session' })
  onlineLink: string | null;
}
