import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum OutreachKind {
  DOOR_TO_DOOR = 'DOOR_TO_DOOR',
  MARKET_STAND = 'MARKET_STAND',
  VIA_PARTNER = 'VIA_PARTNER',
  OTHER = 'OTHER',
}
registerEnumType(OutreachKind, {
  name: 'OutreachKind',
  description: 'How a team reached residents',
  valuesConfig: {
    DOOR_TO_DOOR: { description: 'A door-to-door round (langs de deuren)' },
    MARKET_STAND: { description: 'A stand at the market or another public place (kraam)' },
    VIA_PARTNER: { description: 'Through a local partner, e.g. the community centre or a school' },
    OTHER: { description: 'Any other way' },
  },
});

export enum IntakeOutcome {
  JOINED = 'JOINED',
  NOT_JOINED = 'NOT_JOINED',
}
registerEnumType(IntakeOutcome, {
  name: 'IntakeOutcome',
  description: 'How an intake ended',
  valuesConfig: {
    JOINED: { description: 'Joined the team (linked to the volunteer once registered and a member)' },
    NOT_JOINED: { description: 'Did not join, for the reason given' },
  },
});

export enum NotJoinedReason {
  NO_TIME = 'NO_TIME',
  NOT_INTERESTED = 'NOT_INTERESTED',
  HEALTH = 'HEALTH',
  MOVED = 'MOVED',
  NO_CONTACT = 'NO_CONTACT',
  OTHER_INITIATIVE = 'OTHER_INITIATIVE',
  OTHER = 'OTHER',
}
registerEnumType(NotJoinedReason, {
  name: 'NotJoinedReason',
  description: 'Why someone interested did not join',
  valuesConfig: {
    NO_TIME: { description: 'No time (work, care for family)' },
    NOT_INTERESTED: { description: 'No longer interested after hearing more' },
    HEALTH: { description: 'Health does not allow it now' },
    MOVED: { description: 'Moved out of the neighbourhood' },
    NO_CONTACT: { description: 'Could not be reached again' },
    OTHER_INITIATIVE: { description: 'Chose another initiative or volunteer work' },
    OTHER: { description: 'Another reason (see the note)' },
  },
});

/** A round of a team reaching residents: counts only, no persons. */
@Entity('outreach_moments')
@ObjectType('OutreachMoment', { description: "A moment a team reached residents, with counts (the team's coordinators and admins)" })
export class OutreachMoment {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ type: 'text' })
  @Field(() => OutreachKind, { description: 'How residents were reached' })
  kind: OutreachKind;

  @Column({ name: 'held_on', type: 'date' })
  @Field(() => LocalDateResolver, { description: 'The day (Europe/Amsterdam)' })
  heldOn: string;

  @Column({ type: 'text' })
  @Field({ description: 'Where, in a few words (a street, the market, a partner)' })
  place: string;

  @Column({ name: 'spoken_to', type: 'int' })
  @Field(() => Int, { description: 'Residents spoken to' })
  spokenTo: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Of them, residents interested in joining' })
  interested: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on a change; a stale version is refused with CONFLICT' })
  version: number;
}

/**
 * An interested resident the team follows up, with as little personal data as works: a first name and a way to call
 * back. Cleared once they join (the volunteers service owns the person from then on), and deleted 12 months after an
 * intake closed without joining.
 */
@Entity('recruitment_candidates')
@ObjectType('RecruitmentCandidate', {
  description: "An interested resident in intake; the team's coordinators and admins only (personal data)",
})
export class RecruitmentCandidate {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'outreach_moment_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The outreach moment where they showed interest, if known' })
  outreachMomentId: string | null;

  @Column({ name: 'first_name', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'First name; null once they joined or the data was deleted' })
  firstName: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone number, if given; null once they joined or the data was deleted' })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'E-mail address, if given; null once they joined or the data was deleted' })
  email: string | null;

  @Column({ name: 'first_conversation_on', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day of the first conversation (kennismakingsgesprek)' })
  firstConversationOn: string | null;

  @Column({ name: 'introduction_on', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day they came along to meet the team (meeloopmoment)' })
  introductionOn: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => IntakeOutcome, { nullable: true, description: 'How the intake ended; null while it runs' })
  outcome: IntakeOutcome | null;

  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The day the intake ended: for JOINED, the first day of their membership in the team',
  })
  outcomeOn: string | null;

  @Column({ name: 'not_joined_reason', type: 'text', nullable: true })
  @Field(() => NotJoinedReason, { nullable: true, description: 'Why not (NOT_JOINED only)' })
  notJoinedReason: NotJoinedReason | null;

  @Column({ name: 'not_joined_note', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'A note on why not, if any (NOT_JOINED only)' })
  notJoinedNote: string | null;

  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The volunteer they became (JOINED only)' })
  volunteerId: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the intake was closed' })
  closedAt: Date | null;

  @Column({ name: 'contact_deleted_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the name and contact were deleted (on joining, or 12 months after NOT_JOINED)' })
  contactDeletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field({ description: 'When the team started following them up' })
  createdAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on a change; a stale version is refused with CONFLICT' })
  version: number;
}
