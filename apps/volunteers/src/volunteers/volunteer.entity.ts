import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum VolunteerStatus {
  INTAKE = 'INTAKE',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  LEFT = 'LEFT',
}
registerEnumType(VolunteerStatus, { name: 'VolunteerStatus' });

export enum VogStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  REQUESTED = 'REQUESTED',
  VALID = 'VALID',
}
registerEnumType(VogStatus, {
  name: 'VogStatus',
  description: 'Certificate of conduct (Verklaring Omtrent het Gedrag), needed for work with vulnerable people',
});

/**
 * A resident who volunteers. Team mates see the display name, talents, languages, availability and status;
 * the personal fields only the person, their coordinators and admins (see VolunteersPolicy).
 */
@Entity('volunteers')
@ObjectType('Volunteer')
@Directive('@key(fields: "id")')
export class Volunteer {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'display_name' })
  @Field({ description: 'What team mates see' })
  displayName: string;

  @Column({ name: 'given_name', type: 'text', nullable: true })
  givenName: string | null;

  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ name: 'house_number', type: 'text', nullable: true })
  houseNumber: string | null;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId: string | null;

  @Column({ type: 'text', array: true })
  @Field(() => [String])
  languages: string[];

  @Column({ type: 'text', array: true })
  @Field(() => [String], { description: 'Free tags, lower case, e.g. "cooking", "bike repair"' })
  talents: string[];

  /** Stored as DAY:PART, e.g. TUESDAY:MORNING. */
  @Column({ type: 'text', array: true })
  availability: string[];

  @Column({ type: 'text' })
  @Field(() => VolunteerStatus)
  status: VolunteerStatus;

  @Column({ name: 'status_since', type: 'date' })
  @Field(() => LocalDateResolver)
  statusSince: string;

  @Column({ name: 'joined_on', type: 'date' })
  @Field(() => LocalDateResolver)
  joinedOn: string;

  @Column({ name: 'vog_status', type: 'text' })
  vogStatus: VogStatus;

  @Column({ name: 'vog_valid_until', type: 'date', nullable: true })
  vogValidUntil: string | null;

  @Column({ name: 'registered_by_team_id', type: 'uuid', nullable: true })
  registeredByTeamId: string | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int)
  version: number;
}
