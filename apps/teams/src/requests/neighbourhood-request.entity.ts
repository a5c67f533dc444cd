import { Role } from '@buurtvolk/identity';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export enum RequesterKind {
  RESIDENT = 'RESIDENT',
  MUNICIPALITY = 'MUNICIPALITY',
  HOUSING_CORPORATION = 'HOUSING_CORPORATION',
  CARE_OR_WELFARE = 'CARE_OR_WELFARE',
  OTHER = 'OTHER',
}
registerEnumType(RequesterKind, {
  name: 'RequesterKind',
  description: 'Who asks for a team',
  valuesConfig: {
    RESIDENT: { description: 'A resident of the neighbourhood (bewoner)' },
    MUNICIPALITY: { description: 'A municipality (gemeente)' },
    HOUSING_CORPORATION: { description: 'A housing corporation (woningcorporatie)' },
    CARE_OR_WELFARE: { description: 'A care or welfare organisation (zorg of welzijn)' },
    OTHER: { description: 'Anyone else' },
  },
});

export enum NeighbourhoodRequestStatus {
  NEW = 'NEW',
  IN_CONVERSATION = 'IN_CONVERSATION',
  SCAN_PLANNED = 'SCAN_PLANNED',
  DECLINED = 'DECLINED',
  BECAME_TEAM = 'BECAME_TEAM',
}
registerEnumType(NeighbourhoodRequestStatus, {
  name: 'NeighbourhoodRequestStatus',
  description: 'How far the foundation is with a request for a team',
  valuesConfig: {
    NEW: { description: 'Received; nobody has answered yet' },
    IN_CONVERSATION: { description: 'The foundation is talking with the requester' },
    SCAN_PLANNED: { description: 'A neighbourhood scan is planned before deciding' },
    DECLINED: { description: 'Closed: no team, with the reason given' },
    BECAME_TEAM: { description: 'Closed: a team was started (see team)' },
  },
});

export enum RequestLanguage {
  NL = 'NL',
  EN = 'EN',
}
registerEnumType(RequestLanguage, {
  name: 'RequestLanguage',
  description: 'The language the foundation answers a request in',
  valuesConfig: { NL: { description: 'Dutch (the default)' }, EN: { description: 'English' } },
});

/** A request from a resident or organisation for a team in their neighbourhood: admins only, as it holds contact data. */
@Entity('neighbourhood_requests')
@Authorized(Role.ADMIN)
@ObjectType('NeighbourhoodRequest', { description: 'A request for a team in a neighbourhood, sent through the public form (admins only)' })
export class NeighbourhoodRequest {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column()
  @Field({ description: 'The postcode the requester gave, normalised (1234AB, or 1234 when only the digits were given)' })
  postcode: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid', nullable: true })
  neighbourhoodId: string | null;

  @Column({ name: 'requester_kind', type: 'text' })
  @Field(() => RequesterKind, { description: 'Who asks' })
  requesterKind: RequesterKind;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The organisation the requester speaks for, if any' })
  organisation: string | null;

  @Column({ type: 'text' })
  @Field({ description: 'Why they ask, in their words' })
  reason: string;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Whom to contact; null once the contact data is deleted (12 months after closing)' })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Their e-mail address; null once the contact data is deleted' })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Their phone number, if given; null once the contact data is deleted' })
  contactPhone: string | null;

  @Column({ type: 'text' })
  @Field(() => RequestLanguage, { description: 'The language the requester wants answers in; each new status is e-mailed in it' })
  language: RequestLanguage;

  @Column({ type: 'text' })
  @Field(() => NeighbourhoodRequestStatus, { description: 'Where the follow-up stands' })
  status: NeighbourhoodRequestStatus;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why no team was started (DECLINED only)' })
  declineReason: string | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ name: 'follow_up_note', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The foundation's own note on the follow-up" })
  followUpNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field({ description: 'When the request came in' })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was declined or became a team; the contact data is deleted 12 months later' })
  closedAt: Date | null;

  @Column({ name: 'contact_deleted_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the contact data was deleted' })
  contactDeletedAt: Date | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on a follow-up; a stale version is refused with CONFLICT' })
  version: number;
}

@ObjectType('TeamRequestReceipt', { description: 'What the public form answers: received, and nothing of what is stored' })
export class TeamRequestReceipt {
  @Field({ description: 'Always true: the request is in (a request the spam check catches is answered the same way)' })
  received: boolean;
}
