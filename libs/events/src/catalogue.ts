/**
 * Every domain event of the platform: its payload type and the one service that records it. Producers and consumers
 * type their payloads from here, so a producer that changes a payload breaks its consumers' compilation instead of
 * their handling in production. Payloads carry ids and figures, never a person's details (see DomainEvent).
 *
 * Fields marked optional were added after events had been recorded: a replay still delivers the old ones without.
 */

/** teams → everyone who checks where a team works. */
export interface TeamPlaced {
  teamId: string;
  neighbourhoodId: string;
  municipalityCode: string;
  startsOn: string;
  /** The team's event version (entity-versions); absent, 0, in events from before it was sent. */
  version?: number;
}

export interface MembershipStarted {
  membershipId: string;
  teamId: string;
  neighbourhoodId: string;
  volunteerId: string;
  role: string;
  from: string;
}

export interface MembershipEnded {
  membershipId: string;
  until: string;
}

export interface PartnerAreasChanged {
  partnerId: string;
  neighbourhoodIds: string[];
  /** The partner's event version; absent, 0, in events from before it was sent. */
  version?: number;
  /** What sort of organisation (municipality, housing corporation, …); absent in events from before it was sent. */
  kind?: string;
}

export interface VolunteerRegistered {
  volunteerId: string;
  teamId: string;
}

export interface VolunteerStatusChanged {
  volunteerId: string;
  from: string;
  to: string;
  on: string;
}

export interface VolunteerErased {
  volunteerId: string;
}

/** One year of a team's wellbeing checks: counts and sums per wellbeing domain, never a person's scores. */
export interface WellbeingFigureYear {
  year: number;
  participants: number;
  changeSums: Record<string, number>;
  /** Per domain the sum of squared changes, for intervals; absent in events from before it was sent. */
  changeSquareSums?: Record<string, number>;
}

/**
 * A full snapshot of one team's wellbeing figures: consumers replace every year of the team with it and ignore a
 * lower version. Cells of fewer than 10 people are sent too (teams add up to neighbourhoods); consumers suppress them.
 */
export interface WellbeingFiguresChanged {
  teamId: string;
  neighbourhoodId: string;
  version: number;
  years: WellbeingFigureYear[];
}

/**
 * One year of a team's participant outcomes: counts only, never who or a person's answers. Participation: people
 * (with PARTICIPATION_OUTCOMES consent) recorded as moving into paid work, education or a training path in the year.
 * Loneliness (De Jong Gierveld 6-item scale, LONELINESS_SCALE consent): people measured in the year and how many of
 * them score lonely (2 or more) at their latest check; of those with an intake and a later check, how many were lonely
 * at intake and how many at their latest check.
 */
export interface OutcomeFigureYear {
  year: number;
  movedPeople: number;
  movedToPaidWork: number;
  movedToEducation: number;
  movedToTraining: number;
  lonelinessMeasured: number;
  lonely: number;
  lonelinessPaired: number;
  lonelyAtIntake: number;
  lonelyLatest: number;
}

/**
 * A full snapshot of one team's participation and loneliness figures: consumers replace every year of the team with
 * it and ignore a lower version. Cells of fewer than 10 people are sent too (teams add up); consumers suppress them.
 */
export interface OutcomeFiguresChanged {
  teamId: string;
  neighbourhoodId: string;
  version: number;
  years: OutcomeFigureYear[];
}

/**
 * Whether a person receives social assistance is sensitive, and event jobs stay in the database for days, so the
 * state travels sealed (libs/subgraph-kit social-assistance-event); only the id and a version per person are readable.
 */
export interface SocialAssistanceChanged {
  volunteerId: string;
  version: number;
  sealed: string;
}

/** HoursApproved and HoursApprovalRevoked: one hour entry after a decision. */
export interface HoursDecided {
  entryId: string;
  volunteerId: string;
  teamId: string;
  neighbourhoodId: string;
  date: string;
  minutes: number;
  theme: string;
  /** The entry's version after the decision; orders an entry's decisions. Absent (0) in events from before it was sent. */
  entryVersion?: number;
  /** The author's membership role on the entry's date; absent in events from before it was sent. */
  memberRole?: string;
}

/**
 * A coordinator rejected a submitted hour entry (activities → messages), so the person learns what to correct. The
 * reason is free text about one person and event jobs stay in the database for days: it travels sealed
 * (libs/subgraph-kit hours-rejection-event), bound to the entry and its version.
 */
export interface HoursRejected extends HoursDecided {
  sealed: string;
}

export interface ActivityCompleted {
  activityId: string;
  teamId: string;
  neighbourhoodId: string;
  theme: string;
  residentsReached: number;
  /** Europe/Amsterdam date the activity took place. */
  on: string;
}

export interface CertificateIssued {
  certificateId: string;
  volunteerId: string;
  courseId: string;
  teamId: string | null;
  neighbourhoodId: string | null;
  issuedOn: string;
}

export interface EnrolmentPromoted {
  enrolmentId: string;
  /** Null when the person has been erased. */
  volunteerId: string | null;
  runId: string;
}

/** An agreement as it stands after a write; consumers keep the highest version. */
export interface FundingAgreementRecorded {
  agreementId: string;
  partnerId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  teamIds: string[];
  neighbourhoodIds: string[];
  amountCents: number;
  socialReturnCentsPerEuro: number;
  version: number;
}

/**
 * Money an agreement pays for: an allocation to a team budget, or (negative) its reversal. Allowances, expenses and
 * payouts are spent out of allocated budgets, so they are not costs of their own.
 */
export interface CostsBooked {
  entryId: string;
  agreementId: string;
  teamId: string;
  budgetId: string;
  category: string;
  year: number;
  amountCents: number;
  /** Europe/Amsterdam date of the ledger entry. */
  bookedOn: string;
}

/**
 * An allowance granted to a volunteer out of a team's ALLOWANCES budget, or (negative) one taken back: for impact, a
 * transfer from the funder to the volunteers. Carries the team and the budget's year, never who received it.
 */
export interface AllowanceBooked {
  entryId: string;
  teamId: string;
  budgetId: string;
  year: number;
  amountCents: number;
  /** Europe/Amsterdam date of the ledger entry. */
  bookedOn: string;
}

/**
 * A person's e-mail address as it stands after a change (volunteers → messages). Event jobs stay in the database for
 * days, so the address travels sealed (libs/subgraph-kit contact-event); only the id and the volunteer's version are
 * readable. Consumers keep the highest version; a null address (sealed) means none.
 */
export interface VolunteerContactChanged {
  volunteerId: string;
  version: number;
  sealed: string;
}

/** ExpenseClaimApproved and ExpenseClaimReturned (rejected or sent back as incomplete): a claim after a decision. */
export interface ExpenseClaimDecided {
  claimId: string;
  volunteerId: string;
  teamId: string;
  /** APPROVED, REJECTED or INCOMPLETE. */
  status: string;
  amountCents: number;
}

/** PaymentMade and PaymentFailed (rejected or returned by the bank): one payout payment to a person. */
export interface PaymentSettled {
  paymentId: string;
  volunteerId: string;
  /** PAID, FAILED or RETURNED. */
  status: string;
  amountCents: number;
}

/**
 * A periodic self-assessment has become due for a person who consented to it (volunteers → messages): which one and
 * from which day, never an answer. Recorded once per person, check and due date, so a second run records nothing.
 */
export interface CheckDue {
  volunteerId: string;
  /** WELLBEING (every six months, WELLBEING_MONITOR) or LONELINESS (yearly, LONELINESS_SCALE). */
  check: string;
  /** Europe/Amsterdam date from which the check is due. */
  dueOn: string;
}

/**
 * An admin moved a neighbourhood request to a new status (teams → messages), for a short answer to the requester, who
 * is not a platform user. Event jobs stay in the database for days, so the address and a decline's reason travel
 * sealed (libs/subgraph-kit request-contact-event); the request's version orders its answers.
 */
export interface NeighbourhoodRequestAnswered {
  requestId: string;
  /** IN_CONVERSATION, SCAN_PLANNED, DECLINED or BECAME_TEAM. */
  status: string;
  /** NL or EN: what the requester chose on the form. */
  language: string;
  version: number;
  sealed: string;
}

/** A request's contact data was deleted (12 months after closing): consumers forget the address and send nothing more. */
export interface NeighbourhoodRequestContactDeleted {
  requestId: string;
}

/**
 * A team accepted a proposal to spend part of one of its budgets (teams → finance, which records a commitment against
 * that budget). Ids and the amount only: no title, no proposer, no votes.
 */
export interface TeamProposalAccepted {
  proposalId: string;
  teamId: string;
  amountCents: number;
  currency: string;
  /** The budget category the money comes from: ACTIVITIES. */
  budgetCategory: string;
  /** When the votes were counted (an ISO instant); the budget year is its year in Europe/Amsterdam. */
  decidedAt: string;
}

/**
 * A person gave or withdrew consent for one purpose (volunteers → activities, which shows photos only of people with
 * PHOTOS consent). The state after the change, not the change: `version` numbers the person's consent events for the
 * purpose in commit order, so a consumer keeps the highest it has seen whatever order they arrive in.
 */
export interface VolunteerConsentChanged {
  volunteerId: string;
  /** A ConsentPurpose, e.g. PHOTOS. */
  purpose: string;
  given: boolean;
  version: number;
}

/** Event type → payload. */
export interface EventCatalogue {
  VolunteerConsentChanged: VolunteerConsentChanged;
  TeamPlaced: TeamPlaced;
  MembershipStarted: MembershipStarted;
  MembershipEnded: MembershipEnded;
  PartnerAreasChanged: PartnerAreasChanged;
  VolunteerRegistered: VolunteerRegistered;
  VolunteerStatusChanged: VolunteerStatusChanged;
  VolunteerErased: VolunteerErased;
  VolunteerContactChanged: VolunteerContactChanged;
  WellbeingFiguresChanged: WellbeingFiguresChanged;
  OutcomeFiguresChanged: OutcomeFiguresChanged;
  SocialAssistanceChanged: SocialAssistanceChanged;
  HoursApproved: HoursDecided;
  HoursApprovalRevoked: HoursDecided;
  HoursRejected: HoursRejected;
  ActivityCompleted: ActivityCompleted;
  CertificateIssued: CertificateIssued;
  EnrolmentPromoted: EnrolmentPromoted;
  FundingAgreementRecorded: FundingAgreementRecorded;
  CostsBooked: CostsBooked;
  AllowanceBooked: AllowanceBooked;
  ExpenseClaimApproved: ExpenseClaimDecided;
  ExpenseClaimReturned: ExpenseClaimDecided;
  PaymentMade: PaymentSettled;
  PaymentFailed: PaymentSettled;
  TeamProposalAccepted: TeamProposalAccepted;
  CheckDue: CheckDue;
  NeighbourhoodRequestAnswered: NeighbourhoodRequestAnswered;
  NeighbourhoodRequestContactDeleted: NeighbourhoodRequestContactDeleted;
}

export type EventType = keyof EventCatalogue;
export type EventPayload<K extends EventType> = EventCatalogue[K];

/** Event type → the service that records it; a replay asks that service's outbox for the type's history. */
export const EVENT_PRODUCERS = {
  VolunteerConsentChanged: 'volunteers',
  TeamPlaced: 'teams',
  MembershipStarted: 'teams',
  MembershipEnded: 'teams',
  PartnerAreasChanged: 'teams',
  VolunteerRegistered: 'volunteers',
  VolunteerStatusChanged: 'volunteers',
  VolunteerErased: 'volunteers',
  VolunteerContactChanged: 'volunteers',
  WellbeingFiguresChanged: 'volunteers',
  OutcomeFiguresChanged: 'volunteers',
  SocialAssistanceChanged: 'volunteers',
  HoursApproved: 'activities',
  HoursApprovalRevoked: 'activities',
  HoursRejected: 'activities',
  ActivityCompleted: 'activities',
  CertificateIssued: 'training',
  EnrolmentPromoted: 'training',
  FundingAgreementRecorded: 'finance',
  CostsBooked: 'finance',
  AllowanceBooked: 'finance',
  ExpenseClaimApproved: 'finance',
  ExpenseClaimReturned: 'finance',
  PaymentMade: 'finance',
  PaymentFailed: 'finance',
  TeamProposalAccepted: 'teams',
  CheckDue: 'volunteers',
  NeighbourhoodRequestAnswered: 'teams',
  NeighbourhoodRequestContactDeleted: 'teams',
} as const satisfies { [K in EventType]: string };

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_PRODUCERS, type);
}
