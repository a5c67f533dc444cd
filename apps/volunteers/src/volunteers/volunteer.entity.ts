import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum VolunteerStatus {
  INTAKE = 'INTAKE',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  LEFT = 'LEFT',
}
registerEnumType(VolunteerStatus, {
  name: 'VolunteerStatus',
  description: 'Where a person stands as a volunteer',
  valuesConfig: {
    INTAKE: { description: 'Registered, getting to know the team' },
    ACTIVE: { description: 'Taking part' },
    PAUSED: { description: 'Not taking part for a while' },
    LEFT: { description: 'No longer a volunteer; the record stays until erased' },
  },
});

export enum VogStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  REQUESTED = 'REQUESTED',
  VALID = 'VALID',
}
registerEnumType(VogStatus, {
  name: 'VogStatus',
  description: 'Certificate of conduct (Verklaring Omtrent het Gedrag), needed for work with vulnerable people',
  valuesConfig: {
    NOT_REQUIRED: { description: 'Not needed for what the person does' },
    REQUESTED: { description: 'Applied for, not yet received' },
    VALID: { description: 'Received and valid until vogValidUntil' },
  },
});

/**
 * A resident who volunteers. Team mates see the display name, talents, languages, availability and status;
 * the personal fields only the person, their coordinators and admins (see VolunteersPolicy).
 */
@Entity('volunteers')
@ObjectType('Volunteer', {
  description:
    'A resident who volunteers. Team mates see the display name, talents, languages, availability and status; personal fields only the person, their coordinators and admins',
})
@Directive('@key(fields: "id")')
export class Volunteer {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
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
  @Field(() => [String], { description: 'Languages the person speaks, as they wrote them' })
  languages: string[];

  @Column({ type: 'text', array: true })
  @Field(() => [String], { description: 'Free tags, lower case, e.g. "cooking", "bike repair"' })
  talents: string[];

  /** Stored as DAY:PART, e.g. TUESDAY:MORNING. */
  @Column({ type: 'text', array: true })
  availability: string[];

  @Column({ type: 'text' })
  @Field(() => VolunteerStatus, { description: 'Where the person stands as a volunteer' })
  status: VolunteerStatus;

  @Column({ name: 'status_since', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day the current status took effect' })
  statusSince: string;

  @Column({ name: 'joined_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day the person joined, a date in Europe/Amsterdam' })
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
  @Field(() => Int, { description: 'Send this back on update; a stale version is refused with CONFLICT' })
  version: number;
}
