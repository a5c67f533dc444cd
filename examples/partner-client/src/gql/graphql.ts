/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: any; output: any; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** Where an activity stands */
export type ActivityStatus =
  /** Called off; stays in the agenda */
  | 'CANCELLED'
  /** Took place and was marked done */
  | 'DONE'
  /** In the agenda; can still change or be cancelled */
  | 'PLANNED';

/** The limits of a year that has none yet */
export type AddAllowanceRateInput = {
  /** Checked against the Belastingdienst; false: announced, to be confirmed */
  confirmed: Scalars['Boolean']['input'];
  /** Cents per hour, 21 and over */
  hourly21PlusCents: Scalars['Int']['input'];
  /** Cents per hour, under 21 */
  hourlyUnder21Cents: Scalars['Int']['input'];
  /** Cents a volunteer may receive per calendar month at most */
  monthlyCapCents: Scalars['Int']['input'];
  /** Where the limits come from (3 to 300 characters) */
  source: Scalars['String']['input'];
  /** The calendar year, 2000 to 2100 */
  year: Scalars['Int']['input'];
  /** Cents a volunteer may receive per calendar year at most; not below monthlyCapCents */
  yearlyCapCents: Scalars['Int']['input'];
};

/** An instalment agreed with the funder: the agreement, the date and the amount */
export type AddFundingInstalmentInput = {
  /** The funding agreement it belongs to */
  agreementId: Scalars['ID']['input'];
  /** The amount; with the other instalments never more than the agreement */
  amount: PositiveMoneyInput;
  /** The agreed date, a date in Europe/Amsterdam */
  dueOn: Scalars['LocalDate']['input'];
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
};

/** A person joining a team */
export type AddMembershipInput = {
  /** First day in the team */
  from: Scalars['LocalDate']['input'];
  /** MEMBER unless given */
  role?: MembershipRole;
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
  /** The volunteer (from the volunteers service) */
  volunteerId: Scalars['ID']['input'];
};

/** An interested resident the team follows up: a first name and a way to call back */
export type AddRecruitmentCandidateInput = {
  /** E-mail address, if they gave it */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name only, 1 to 50 characters */
  firstName: Scalars['String']['input'];
  /** The outreach moment where they showed interest, if it was one of the team's */
  outreachMomentId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone number, if they gave it (6 to 30 characters) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The team */
  teamId: Scalars['ID']['input'];
};

/** An allowance arrangement for a volunteer in a team: the kind, the amount, the start and the eligibility grant */
export type AgreeAllowanceArrangementInput = {
  /** Per month, or per hour */
  amount: PositiveMoneyInput;
  /** The grant of Volunteer.allowanceEligibility for this person and team: it carries their birth date as the volunteers service knows it */
  eligibility: Scalars['String']['input'];
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
  /** FLAT_MONTHLY (an amount per month) or HOURLY (a rate per approved hour) */
  kind: Scalars['String']['input'];
  /**
   * Ignored. Whether someone receives social assistance is recorded by an admin (recordSocialAssistance), never by a coordinator
   * @deprecated Use recordSocialAssistance: allowances under 27 in bijstand are then held until the municipality consents
   */
  socialAssistanceUnder27?: Scalars['Boolean']['input'];
  /** The first day it applies, a date in Europe/Amsterdam; it ends an open arrangement of the person in the team the day before */
  startsOn: Scalars['LocalDate']['input'];
  /** The team they volunteer in; you manage it */
  teamId: Scalars['ID']['input'];
  /** The volunteer who receives the allowance */
  volunteerId: Scalars['ID']['input'];
};

/** Money from an agreement for one category of a team’s budget in a year */
export type AllocateBudgetInput = {
  /** The funding agreement the money comes from */
  agreementId: Scalars['ID']['input'];
  /** The amount; never more than the agreement has left to allocate */
  amount: PositiveMoneyInput;
  /** The category of the budget */
  category: BudgetCategory;
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
  /** The team; the agreement covers it */
  teamId: Scalars['ID']['input'];
  /** The calendar year of the budget, within the agreement’s period */
  year: Scalars['Int']['input'];
};

/** What an admin must do about the limits of a year */
export type AllowanceLimitWarningKind =
  /** No limits are entered for the year: add them */
  | 'MISSING'
  /** The limits are entered but not confirmed: confirm them */
  | 'UNCONFIRMED';

/** Hour entries to approve together, 1 to 500 */
export type ApproveHourEntriesInput = {
  /** The entries with the versions you read */
  entries: Array<HourEntryVersionInput>;
};

/** An unmatched bank credit and the invoice it pays */
export type AssignBankCreditInput = {
  /** The unmatched credit (UnmatchedBankCredit.id) */
  creditId: Scalars['ID']['input'];
  /** The funding invoice it pays */
  invoiceId: Scalars['ID']['input'];
};

/** A professional coach starting with a team (admins only) */
export type AssignTeamCoachInput = {
  /** First day of coaching the team */
  from: Scalars['LocalDate']['input'];
  /** The coach's name */
  name: Scalars['String']['input'];
  /** The organisation the coach works for */
  organisation: Scalars['String']['input'];
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
};

/** A part of a weekday on which the person is available */
export type AvailabilityInput = {
  /** The weekday */
  day: Weekday;
  /** Morning, afternoon or evening */
  part: DayPart;
};

/** What a part of a team’s budget is for */
export type BudgetCategory =
  /** Activities; approved expense claims are booked on it */
  | 'ACTIVITIES'
  /** Volunteer allowances are paid from it */
  | 'ALLOWANCES'
  /** Coordinating the team */
  | 'COORDINATION'
  /** Training of volunteers */
  | 'TRAINING';

/** Why a commitment was not covered by its budget when it was recorded */
export type BudgetCommitmentIssue =
  /** What was left in the budget (after other open commitments) was less than the amount */
  | 'BUDGET_TOO_SMALL'
  /** The team had no budget of that category for that year: an admin allocates one first */
  | 'NO_BUDGET';

/** Where a budget commitment stands */
export type BudgetCommitmentStatus =
  /** Geannuleerd: the team will not spend it; the reservation is released */
  | 'CANCELLED'
  /** Uitgevoerd: the spending is booked in the ledger */
  | 'EXECUTED'
  /** Vastgelegd: the money is reserved in the budget, not spent yet */
  | 'OPEN';

/** Releases an open commitment the team will not spend (its coordinators or admins) */
export type CancelBudgetCommitmentInput = {
  /** The commitment (BudgetCommitment.id) */
  commitmentId: Scalars['ID']['input'];
  /** Why, 3 to 500 characters */
  reason: Scalars['String']['input'];
  /** BudgetCommitment.version as read */
  version: Scalars['Int']['input'];
};

/** A key figure CBS publishes per neighbourhood, as the foundation imports it */
export type CbsFigure =
  /** Number of inhabitants (AantalInwoners) */
  | 'INHABITANTS'
  /** Share of households with a low income, in % (HuishoudensMetEenLaagInkomen) */
  | 'LOW_INCOME_HOUSEHOLDS_SHARE';

/** A new status for a volunteer and the day it takes effect */
export type ChangeVolunteerStatusInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** The day the new status starts */
  on: Scalars['LocalDate']['input'];
  /** The new status */
  status: VolunteerStatus;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** The volunteer's own costs (count towards the allowance caps) or an advance for the foundation (never counts) */
export type ClaimItemKind =
  /** Money the volunteer advanced for the foundation; never counts towards the caps */
  | 'ADVANCE_FOR_FOUNDATION'
  /** The volunteer’s own costs; they count towards the allowance caps in the month they were made */
  | 'OWN_COSTS';

/** Where an expense claim is: DRAFT → SUBMITTED → APPROVED → SCHEDULED → PAID, or REJECTED / INCOMPLETE */
export type ClaimStatus =
  /** Approved and booked; waiting for a payout batch */
  | 'APPROVED'
  /** Drafted, not yet submitted */
  | 'DRAFT'
  /** Sent back with the reason; the claimant may submit it again */
  | 'INCOMPLETE'
  /** Paid to the claimant */
  | 'PAID'
  /** Refused, with the reason; final */
  | 'REJECTED'
  /** In a payout batch, not yet paid */
  | 'SCHEDULED'
  /** Waiting for a decision by a coordinator of the team or an admin */
  | 'SUBMITTED';

/** How an intake ended. JOINED names the volunteer, who must be a member of the team by then; NOT_JOINED gives the reason */
export type CloseIntakeInput = {
  /** With NOT_JOINED: the day it ended (today when left out) */
  endedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** With NOT_JOINED: why */
  notJoinedReason?: InputMaybe<NotJoinedReason>;
  /** With NOT_JOINED: a note, at most 500 characters (no health details) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** JOINED or NOT_JOINED */
  outcome: IntakeOutcome;
  /** The version you read */
  version: Scalars['Int']['input'];
  /** With JOINED: the registered volunteer (a member of the team) */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The mean answer to one statement of the CBS cohesion scale */
export type CohesionAnswerInput = {
  /** Mean agreement of the respondents, 1 = helemaal oneens … 5 = helemaal eens */
  meanAgreement: Scalars['Float']['input'];
  /** The statement */
  statement: CohesionStatement;
};

/** Statements of the CBS social cohesion scale (Veiligheidsmonitor) */
export type CohesionStatement =
  /** Ik voel me thuis bij de mensen die in deze buurt wonen / I feel at home with the people who live in this neighbourhood */
  | 'FEEL_AT_HOME_WITH_NEIGHBOURS'
  /** Ik woon in een gezellige buurt, waar veel saamhorigheid is / I live in a friendly neighbourhood with a strong sense of togetherness */
  | 'FRIENDLY_CLOSE_KNIT_NEIGHBOURHOOD'
  /** Ik heb veel contact met andere buurtbewoners / I have a lot of contact with other residents */
  | 'MUCH_CONTACT_WITH_NEIGHBOURS'
  /** De mensen gaan in deze buurt op een prettige manier met elkaar om / People in this neighbourhood get along pleasantly */
  | 'PEOPLE_GET_ALONG_PLEASANTLY'
  /** De mensen kennen elkaar in deze buurt nauwelijks / People hardly know each other in this neighbourhood */
  | 'PEOPLE_HARDLY_KNOW_EACH_OTHER';

/** Marks an activity done: the version you read, the residents reached and what came of it */
export type CompleteActivityInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** Residents reached */
  residentsReached: Scalars['Int']['input'];
  /** What came of it, for the team's records */
  result?: InputMaybe<Scalars['String']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** A person's consent for one purpose, given or withdrawn */
export type ConsentInput = {
  /** Defaults to today */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What the consent is for */
  purpose: ConsentPurpose;
  /** The person (Volunteer.id) */
  volunteerId: Scalars['ID']['input'];
};

/** What a person consents to */
export type ConsentPurpose =
  /** Coordinators may see and use e-mail and phone */
  | 'CONTACT'
  /** Loneliness checks (De Jong Gierveld scale) are recorded and counted in (anonymous) figures */
  | 'LONELINESS_SCALE'
  /** A move into paid work, education or a training path is recorded and counted in (anonymous) figures */
  | 'PARTICIPATION_OUTCOMES'
  /** Photos of the person may be used */
  | 'PHOTOS'
  /** May be named to partner organisations */
  | 'SHARE_WITH_PARTNERS'
  /** Wellbeing checks are recorded and counted in (anonymous) figures */
  | 'WELLBEING_MONITOR';

/** The corrected limits of a year and the version you read */
export type CorrectAllowanceRateInput = {
  /** Checked against the Belastingdienst; false: announced, to be confirmed */
  confirmed: Scalars['Boolean']['input'];
  /** Cents per hour, 21 and over */
  hourly21PlusCents: Scalars['Int']['input'];
  /** Cents per hour, under 21 */
  hourlyUnder21Cents: Scalars['Int']['input'];
  /** Cents a volunteer may receive per calendar month at most */
  monthlyCapCents: Scalars['Int']['input'];
  /** Where the limits come from (3 to 300 characters) */
  source: Scalars['String']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
  /** The calendar year, 2000 to 2100 */
  year: Scalars['Int']['input'];
  /** Cents a volunteer may receive per calendar year at most; not below monthlyCapCents */
  yearlyCapCents: Scalars['Int']['input'];
};

/** A survey wave, the version you read and its corrected results */
export type CorrectNeighbourhoodSurveyInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** The corrected results */
  results: SurveyResultsInput;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** The name or account of a payment the bank has not settled yet */
export type CorrectScheduledPaymentInput = {
  /** The account holder, as the bank knows them */
  holderName?: InputMaybe<Scalars['String']['input']>;
  /** The IBAN to pay to instead; unchanged when not given */
  iban?: InputMaybe<Scalars['String']['input']>;
  /** The payment (PayoutPayment.id) */
  paymentId: Scalars['ID']['input'];
};

/** What kind of course it is */
export type CourseKind =
  /** Professional coaching, usually for one team */
  | 'COACHING'
  /** An information meeting on a theme */
  | 'INFORMATION_SESSION'
  /** Training in a skill over one or more sessions */
  | 'SKILL_TRAINING';

/** A new course for the catalogue (admins only) */
export type CreateCourseInput = {
  /** Months a certificate stays valid; null: it does not expire */
  certificateValidMonths?: InputMaybe<Scalars['Int']['input']>;
  /** What the course is about */
  description?: InputMaybe<Scalars['String']['input']>;
  /** True when attending every session earns a certificate */
  givesCertificate: Scalars['Boolean']['input'];
  /** Skill training, information session or coaching */
  kind: CourseKind;
  /** Team roles that need this course; empty: none */
  requiredForRoles?: InputMaybe<Array<TeamRole>>;
  /** Sessions to attend for the course (and its certificate) */
  sessionCount: Scalars['Int']['input'];
  /** Expected hours of study, sessions included */
  studyHours: Scalars['Int']['input'];
  /** The theme it serves; null for none */
  theme?: InputMaybe<Theme>;
  /** The course's title */
  title: Scalars['String']['input'];
};

/** A new funding agreement: the funder, amount, period, what it covers and the agreed social return */
export type CreateFundingAgreementInput = {
  /** The amount the funder commits */
  amount: PositiveMoneyInput;
  /** The last day of the period, a date in Europe/Amsterdam */
  endsOn: Scalars['LocalDate']['input'];
  /** A retry with the same key returns the first result */
  idempotencyKey: Scalars['String']['input'];
  /** Neighbourhoods it covers (all teams working there) */
  neighbourhoodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The funder (a partner organisation) */
  partnerId: Scalars['ID']['input'];
  /** Agreed social return in cents per euro: 190 is "€1.90 back per €1" */
  socialReturnCentsPerEuro: Scalars['Int']['input'];
  /** The first day of the period, a date in Europe/Amsterdam */
  startsOn: Scalars['LocalDate']['input'];
  /** Teams it covers */
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A name for the agreement, 1 to 150 characters */
  title: Scalars['String']['input'];
};

/** A new neighbourhood (admins only) */
export type CreateNeighbourhoodInput = {
  /** CBS wijk code (WK, 4 digits, 2 characters) when the neighbourhood matches one wijk */
  cbsCode?: InputMaybe<Scalars['String']['input']>;
  /** The city or village, 1 to 100 characters */
  city: Scalars['String']['input'];
  /** Year of the CBS area classification the codes come from */
  classificationYear: Scalars['Int']['input'];
  /** CBS municipality code: GM and 4 digits, e.g. GM0599 */
  municipalityCode: Scalars['String']['input'];
  /** The municipality's name, 1 to 100 characters */
  municipalityName: Scalars['String']['input'];
  /** The neighbourhood's name, 1 to 100 characters */
  name: Scalars['String']['input'];
};

/** A new partner organisation (admins only) */
export type CreatePartnerInput = {
  /** What kind of organisation it is */
  kind: PartnerKind;
  /** The organisation's name, 1 to 150 characters */
  name: Scalars['String']['input'];
  /** The neighbourhoods this organisation serves */
  neighbourhoodIds: Array<Scalars['ID']['input']>;
};

/** A new team in a neighbourhood (admins only) */
export type CreateTeamInput = {
  /** 4 to 6 years after startsOn */
  commitmentEndsOn: Scalars['LocalDate']['input'];
  /** The team's name, 1 to 100 characters */
  name: Scalars['String']['input'];
  /** The neighbourhood the team works in (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['input'];
  /** The team's first day */
  startsOn: Scalars['LocalDate']['input'];
  /** FORMING unless given */
  status?: TeamStatus;
};

/** A part of the day */
export type DayPart =
  /** Afternoon, noon to 6 pm */
  | 'AFTERNOON'
  /** Evening, from 6 pm */
  | 'EVENING'
  /** Morning, until noon */
  | 'MORNING';

/** A claim, the version you read and why it is rejected or sent back */
export type DecideExpenseClaimInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** Why; the volunteer sees it */
  reason: Scalars['String']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** An hour entry, the version you read and why it is rejected or its approval revoked */
export type DecideHourEntryInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** Why; the volunteer sees it */
  reason: Scalars['String']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Whether to start a team after a scan (admins only) */
export type DecideNeighbourhoodScanInput = {
  /** START or DO_NOT_START */
  decision: ScanDecision;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** With START: the team to create, in the neighbourhood scanned */
  newTeam?: InputMaybe<NewTeamFromScanInput>;
  /** Why not (required with DO_NOT_START), at most 1,000 characters */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** With START: an existing team of the neighbourhood to link */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Allowances the volunteer receives from other organisations this year; they count towards the yearly cap */
export type DeclareAllowanceElsewhereInput = {
  /** Cents */
  amountCents: Scalars['Int']['input'];
  /** The volunteer who receives them */
  volunteerId: Scalars['ID']['input'];
  /** The calendar year, 2000 to 2100 */
  year: Scalars['Int']['input'];
};

/** A claim for your own costs in a team: its items and what they were for */
export type DraftExpenseClaimInput = {
  /** What the costs were for, 3 to 200 characters; whoever decides on the claim reads it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
  /** The costs, 1 to 50 */
  items: Array<ExpenseClaimItemInput>;
  /** The team the costs were made for */
  teamId: Scalars['ID']['input'];
};

/** The membership to end, the version you read and the last day */
export type EndMembershipInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** Last day in the team */
  until: Scalars['LocalDate']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** The person and the last day of their ongoing social assistance (bijstand) */
export type EndSocialAssistanceInput = {
  /** Last day of the bijstand */
  until: Scalars['LocalDate']['input'];
  /** The person (Volunteer.id); yourself, or anyone for an admin */
  volunteerId: Scalars['ID']['input'];
};

/** The coaching to end, the version you read and the last day */
export type EndTeamCoachInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** Last day of coaching the team */
  until: Scalars['LocalDate']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Where an enrolment stands */
export type EnrolmentStatus =
  /** Cancelled by the person, their coordinator or an admin */
  | 'CANCELLED'
  /** Attended every session of the run */
  | 'COMPLETED'
  /** Has a place in the run */
  | 'ENROLLED'
  /** On the waiting list; moves up when a place comes free */
  | 'WAITING';

/** The actual spending of a commitment, booked in the ledger (the team’s coordinators or admins; once) */
export type ExecuteBudgetCommitmentInput = {
  /** What was actually spent: at most the amount committed */
  amount: PositiveMoneyInput;
  /** The commitment (BudgetCommitment.id) */
  commitmentId: Scalars['ID']['input'];
  /** A key of your own (8 to 100 characters): a retry with the same key books nothing twice */
  idempotencyKey: Scalars['String']['input'];
  /** What the money was spent on, 3 to 200 characters (no personal details) */
  spentFor: Scalars['String']['input'];
  /** The day it was spent: not before the decision, not in the future */
  spentOn: Scalars['LocalDate']['input'];
  /** BudgetCommitment.version as read */
  version: Scalars['Int']['input'];
};

/** What an expense was for */
export type ExpenseCategory =
  /** Food and drink */
  | 'FOOD'
  /** Materials and supplies */
  | 'MATERIALS'
  /** Anything else */
  | 'OTHER'
  /** Travel costs */
  | 'TRAVEL';

/** One cost of a claim, with its receipt */
export type ExpenseClaimItemInput = {
  /** The amount on the receipt */
  amount: PositiveMoneyInput;
  /** What it was for */
  category: ExpenseCategory;
  /** OWN_COSTS or ADVANCE_FOR_FOUNDATION; by default what the category's costs usually are (travel, other: own costs; materials, food: an advance) */
  kind?: InputMaybe<ClaimItemKind>;
  /** Where the receipt file is kept */
  receiptRef: Scalars['String']['input'];
  /** SHA-256 of the receipt file, hexadecimal */
  receiptSha256: Scalars['String']['input'];
  /** The day it was spent, a date in Europe/Amsterdam */
  spentOn: Scalars['LocalDate']['input'];
};

/** Where the follow-up of a request stands now (admins only) */
export type FollowUpNeighbourhoodRequestInput = {
  /** Why no team is started; required with DECLINED */
  declineReason?: InputMaybe<Scalars['String']['input']>;
  /** The foundation's note on the follow-up (at most 2,000 characters) */
  followUpNote?: InputMaybe<Scalars['String']['input']>;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** The neighbourhood the request is about, when the postcode did not tell */
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  /** The new status */
  status: NeighbourhoodRequestStatus;
  /** The team the request became; required with BECAME_TEAM */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** How far a funding invoice is paid */
export type FundingInvoiceStatus =
  /** Nothing received yet */
  | 'OPEN'
  /** Received in full */
  | 'PAID'
  /** Part received, part still open */
  | 'PARTLY_PAID';

/** Why an allowance waits: over a cap, no or too small an ALLOWANCES budget, no limits for the year, limits not confirmed, or (shown to admins only) the municipality’s consent for a person under 27 on social assistance */
export type HeldAllowanceReason =
  /** What is left of the team’s ALLOWANCES budget is too little */
  | 'BUDGET_SHORT'
  /** The limits of the year are not confirmed and payments under them are not allowed */
  | 'LIMITS_UNCONFIRMED'
  /** The team has no ALLOWANCES budget for the year */
  | 'NO_BUDGET'
  /** No limits are entered for the year */
  | 'NO_LIMITS'
  /** Paying it would pass the monthly or yearly cap */
  | 'OVER_CAP'
  /** Under 27 and on social assistance (bijstand): waits for the municipality’s written consent; admins only */
  | 'SOCIAL_ASSISTANCE';

/** Where an hour entry stands */
export type HourEntryStatus =
  /** Approved by another person than the volunteer; locked, counts in the figures */
  | 'APPROVED'
  /** Rejected, or its approval revoked, with a reason */
  | 'REJECTED'
  /** Registered, waiting for a coordinator of the team */
  | 'SUBMITTED';

/** An hour entry and the version you read */
export type HourEntryVersionInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Who pays or gains in the MKBA’s table per actor */
export type ImpactActor =
  /** Care insurers and care institutions */
  | 'CARE_INSURER'
  /** The foundation, other funders, and funders whose kind is not known */
  | 'FOUNDATION_OTHER'
  /** Housing corporations: funders whose partner is a housing corporation, and the effects that benefit them */
  | 'HOUSING_CORPORATION'
  /** Municipalities: funders whose partner is a municipality, and the effects that benefit municipalities */
  | 'MUNICIPALITY'
  /** The neighbourhood’s residents: they gain effects and pay no costs */
  | 'RESIDENTS'
  /** The team members themselves (allowances received) */
  | 'VOLUNTEERS';

/** What an agreement’s share of a year is taken of */
export type ImpactAttributionBasis =
  /** Its booked costs over all agreements’ booked costs on the same teams that year */
  | 'BOOKED_COSTS'
  /** No costs booked that year: its committed money (spread over its days) over all agreements financing the same teams */
  | 'COMMITTED_FUNDING'
  /** Neither costs nor committed money that year: nothing is attributed */
  | 'NONE';

/** Who gains from an effect */
export type ImpactBeneficiary =
  /** Care insurers and care institutions */
  | 'CARE_INSURER'
  /** Housing corporations */
  | 'HOUSING_CORPORATION'
  /** Municipalities */
  | 'MUNICIPALITY'
  /** The neighbourhood’s residents */
  | 'RESIDENTS';

/** Whether a change is shown beyond chance by its 95 % confidence interval */
export type ImpactChangeEvidence =
  /** Aantoonbaar: the whole 95 % interval lies on one side of 0 */
  | 'DEMONSTRABLE'
  /** No interval: the spread of the answers was not recorded, or there is nothing to compare with */
  | 'NOT_ASSESSED'
  /** Niet aantoonbaar: the 95 % interval includes 0, so the change may be chance */
  | 'NOT_DEMONSTRABLE';

/** What kind of effect a line of the cost-benefit summary values */
export type ImpactEffectCategory =
  /** Residents helped by informal-care activities (head counts; part of RESIDENTS_REACHED, never to be valued twice) */
  | 'INFORMAL_CARE_RESIDENTS'
  /** Net extra hours of informal help given by volunteers (hours) */
  | 'INFORMAL_HELP'
  /** Team members no longer lonely on the De Jong Gierveld scale, net (people) */
  | 'LONELINESS'
  /** Points of wellbeing gained by participants since intake */
  | 'PARTICIPANT_WELLBEING'
  /** Team members who moved into paid work, education or a training path (people) */
  | 'PARTICIPATION'
  /** Residents reached by completed activities (head counts) */
  | 'RESIDENTS_REACHED'
  /** Points gained on the neighbourhoods’ social cohesion scale */
  | 'SOCIAL_COHESION'
  /** Certificates earned by team members */
  | 'TRAINING';

/** How the 95 % interval’s multiplier was found */
export type ImpactIntervalMethod =
  /** The normal distribution (1.96): every sample of 30 or more, where t and normal differ by under 5 % */
  | 'NORMAL_APPROXIMATION'
  /** Student’s t with the degrees of freedom shown: samples under 30, where the normal curve would make the interval too narrow */
  | 'T_DISTRIBUTION';

/** How a neighbourhood’s first year stands against the promise of 5,000–10,000 extra hours */
export type ImpactPromiseStatus =
  /** First year over; more than 10,000 hours */
  | 'ABOVE'
  /** First year running; hours below the pro-rata share of 5,000 */
  | 'BEHIND'
  /** First year over; fewer than 5,000 hours */
  | 'BELOW'
  /** No team has started here yet */
  | 'NOT_STARTED'
  /** First year running; hours at or above the pro-rata share of 5,000 */
  | 'ON_TRACK'
  /** First year over; 5,000–10,000 hours as promised */
  | 'WITHIN';

/** Which point of the method a report note explains */
export type ImpactReportNoteCode =
  /** How the funding agreement’s share of the benefits is taken; only in an agreement’s report */
  | 'ATTRIBUTION'
  /** Only net extra hours are valued, with the baseline percentage; always present */
  | 'BASELINE'
  /** No costs are booked for the period, so there is no ratio or net present value; only then */
  | 'NO_COSTS_RECORDED'
  /** Allowances are a transfer between actors, zero for society; always present */
  | 'TRANSFERS'
  /** The effects counted but not valued, so the ratio understates the return; always present */
  | 'UNPRICED_EFFECTS'
  /** The effects valued in euros (quantity × published price); always present */
  | 'VALUED_EFFECTS';

/** What an impact report is about */
export type ImpactScope =
  /** The teams a funding agreement covers, over its period */
  | 'FUNDING_AGREEMENT'
  /** All teams in the country */
  | 'NATIONAL'
  /** The teams working in one neighbourhood */
  | 'NEIGHBOURHOOD'
  /** One team */
  | 'TEAM';

/** One variation of the cost-benefit summary, all else as in the central case */
export type ImpactSensitivityCase =
  /** The baseline (hours given anyway) 50 % higher than assumed */
  | 'BASELINE_50_PERCENT_HIGHER'
  /** No hours that would have been given anyway: every hour counts as extra */
  | 'BASELINE_ZERO'
  /** No discounting (0 %) */
  | 'DISCOUNT_RATE_0'
  /** A discount rate of 4 % */
  | 'DISCOUNT_RATE_4'
  /** Every price at the high end of its range */
  | 'PRICES_HIGH'
  /** Every price at the low end of its range */
  | 'PRICES_LOW';

/** Money that moves between actors without using resources */
export type ImpactTransferKind =
  /** Volunteer allowances: from whoever financed the allowance budget to the volunteers */
  | 'ALLOWANCES';

/** A CBS "Kerncijfers wijken en buurten" table as CSV text (admins only) */
export type ImportCbsKeyFiguresInput = {
  /** The year of the area classification the table uses (the year in its title) */
  classificationYear: Scalars['Int']['input'];
  /** Semicolon-separated CSV with a header row: Codering and AantalInwoners and/or HuishoudensMetEenLaagInkomen, optionally Perioden (at most 90000 characters) */
  csv: Scalars['String']['input'];
  /** The CBS table id, e.g. 85984NED for Kerncijfers wijken en buurten 2024 (stored as the source) */
  tableId: Scalars['String']['input'];
};

/** A CSV of residents to register for one team, checked first (dryRun) and then imported */
export type ImportVolunteersInput = {
  /** CSV text with a header row; columns displayName, givenName, familyName, email, phone, dateOfBirth, postalCode, houseNumber, joinedOn, talents, languages; lists separated by "|"; at most 500 rows */
  csv?: InputMaybe<Scalars['String']['input']>;
  /** The file itself, base64-encoded, instead of csv: its encoding (UTF-8 or Windows-1252, as Excel saves) is detected */
  csvBase64?: InputMaybe<Scalars['String']['input']>;
  /** Only check the rows; import nothing */
  dryRun?: Scalars['Boolean']['input'];
  /** The team the residents are registered for */
  teamId: Scalars['ID']['input'];
};

/** The mean answer on one characteristic of 'Een buurt voor iedereen' */
export type InclusionAnswerInput = {
  /** The characteristic */
  characteristic: InclusionCharacteristic;
  /** Mean agreement of the respondents, 1 = helemaal oneens … 5 = helemaal eens */
  meanAgreement: Scalars['Float']['input'];
};

/** The five characteristics of Movisie's 'Een buurt voor iedereen' */
export type InclusionCharacteristic =
  /** Mensen voelen zich veilig en weten hoe ze elkaar kunnen aanspreken / People feel safe and know how to address one another */
  | 'FEELING_SAFE'
  /** Hulpbronnen en voorzieningen in de buurt zijn betrokken en dragen bij / Local clubs, services, shops and schools are involved and contribute */
  | 'LOCAL_RESOURCES_INVOLVED'
  /** Bewoners kunnen volop taken vervullen waardoor zij van betekenis zijn / Residents have plenty of roles that make them matter */
  | 'MEANINGFUL_ROLES'
  /** Er is sprake van een onderlinge open houding / People are open towards one another */
  | 'OPEN_ATTITUDE'
  /** Er zijn afspraken en gebruiken voor als het minder goed gaat met iemand / Shared arrangements say what to do when someone is not doing well */
  | 'SHARED_ARRANGEMENTS';

/** How an intake ended */
export type IntakeOutcome =
  /** Joined the team (linked to the volunteer once registered and a member) */
  | 'JOINED'
  /** Did not join, for the reason given */
  | 'NOT_JOINED';

/** The instalment to invoice, optionally with the number and dates */
export type InvoiceFundingInstalmentInput = {
  /** 30 days after issuedOn when not given */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
  /** The instalment to invoice (FundingInstalment.id) */
  instalmentId: Scalars['ID']['input'];
  /** Today when not given */
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The invoice number; without it the next BV-<year>-<nnnn> */
  number?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of movement a ledger entry is */
export type LedgerEntryKind =
  /** Money from a funding agreement into a team’s budget */
  | 'ALLOCATION'
  /** A volunteer allowance, from a team’s ALLOWANCES budget to what is payable to the volunteer */
  | 'ALLOWANCE'
  /** An approved expense claim, from a team’s budget to what is payable to the volunteer */
  | 'EXPENSE'
  /** A funder’s payment of an invoice, received on the foundation’s account */
  | 'FUNDS_RECEIVED'
  /** What a funder owes for an invoiced instalment of a funding agreement */
  | 'INVOICE'
  /** A payment to a volunteer in a payout batch, on its way to the bank */
  | 'PAYOUT'
  /** The mirror image of an earlier entry, correcting it */
  | 'REVERSAL'
  /** Money a volunteer owed back, forgiven by an admin */
  | 'WRITE_OFF';

/** What kind of organisation is present in a neighbourhood */
export type LocalPartnerKind =
  /** A shop or other business */
  | 'BUSINESS'
  /** A care or welfare organisation (zorg of welzijn) */
  | 'CARE_OR_WELFARE'
  /** A community centre (buurthuis) */
  | 'COMMUNITY_CENTRE'
  /** A church, mosque or other faith community */
  | 'FAITH_COMMUNITY'
  /** A housing corporation (woningcorporatie) */
  | 'HOUSING_CORPORATION'
  /** The municipality or its district office (gemeente, gebiedscommissie) */
  | 'MUNICIPALITY'
  /** Any other organisation */
  | 'OTHER'
  /** A residents’ association (bewonersorganisatie) */
  | 'RESIDENTS_ASSOCIATION'
  /** A school */
  | 'SCHOOL'
  /** A sports club */
  | 'SPORTS_CLUB';

/** An answer on the De Jong Gierveld loneliness scale */
export type LonelinessAnswer =
  /** Min of meer / more or less */
  | 'MORE_OR_LESS'
  /** Nee / no */
  | 'NO'
  /** Ja / yes */
  | 'YES';

/** A person's role in their team */
export type MembershipRole =
  /** Runs the team: plans activities, approves hours and claims of the other members */
  | 'COORDINATOR'
  /** A team member (teamlid) */
  | 'MEMBER';

/** A kind of e-mail the platform sends a person about what concerns them; each can be turned off */
export type MessageKind =
  /** Your wellbeing check or loneliness questionnaire is due (only with your consent to it) */
  | 'CHECKS_DUE'
  /** Your expense claim was approved, rejected or sent back to complete */
  | 'CLAIMS'
  /** A place became free in a course whose waiting list you are on */
  | 'COURSE_PLACE'
  /** Your hours were approved or rejected (with the reason), or an approval was taken back */
  | 'HOURS'
  /** A payment to you was made, or failed */
  | 'PAYMENTS'
  /** A new status of a request for a team, to the requester (not a platform user): not among the choices of a person */
  | 'REQUEST_ANSWER';

/** The language of the e-mail a person gets */
export type MessageLanguage =
  /** English */
  | 'EN'
  /** Dutch (the default) */
  | 'NL';

/** A team entering its next phase, or an admin correcting the history (admins only) */
export type MoveTeamPhaseInput = {
  /** True to correct a mistake (any phase, e.g. back); a note must say why */
  correction?: Scalars['Boolean']['input'];
  /** The day the team entered it; not before the current phase began, not in the future */
  enteredOn: Scalars['LocalDate']['input'];
  /** A note on the move (at most 1,000 characters); required with a correction */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The phase entered; later than the current one unless this is a correction */
  phase: TeamPhase;
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
};

/** How far the foundation is with a request for a team */
export type NeighbourhoodRequestStatus =
  /** Closed: a team was started (see team) */
  | 'BECAME_TEAM'
  /** Closed: no team, with the reason given */
  | 'DECLINED'
  /** The foundation is talking with the requester */
  | 'IN_CONVERSATION'
  /** Received; nobody has answered yet */
  | 'NEW'
  /** A neighbourhood scan is planned before deciding */
  | 'SCAN_PLANNED';

/** What a neighbourhood scan found */
export type NeighbourhoodScanContentInput = {
  /** Existing initiatives, short texts of at most 300 characters (at most 30) */
  initiatives: Array<Scalars['String']['input']>;
  /** The foundation's notes (at most 5,000 characters) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Organisations present (at most 50) */
  partners: Array<ScanPartnerInput>;
};

/** The team to create when starting */
export type NewTeamFromScanInput = {
  /** The end of the committed period, 4 to 6 years after startsOn */
  commitmentEndsOn: Scalars['LocalDate']['input'];
  /** The team's name, 1 to 100 characters */
  name: Scalars['String']['input'];
  /** The team's first day */
  startsOn: Scalars['LocalDate']['input'];
};

/** Why someone interested did not join */
export type NotJoinedReason =
  /** Health does not allow it now */
  | 'HEALTH'
  /** Moved out of the neighbourhood */
  | 'MOVED'
  /** No longer interested after hearing more */
  | 'NOT_INTERESTED'
  /** Could not be reached again */
  | 'NO_CONTACT'
  /** No time (work, care for family) */
  | 'NO_TIME'
  /** Another reason (see the note) */
  | 'OTHER'
  /** Chose another initiative or volunteer work */
  | 'OTHER_INITIATIVE';

/** How a team reached residents */
export type OutreachKind =
  /** A door-to-door round (langs de deuren) */
  | 'DOOR_TO_DOOR'
  /** A stand at the market or another public place (kraam) */
  | 'MARKET_STAND'
  /** Any other way */
  | 'OTHER'
  /** Through a local partner, e.g. the community centre or a school */
  | 'VIA_PARTNER';

/** What happened at an outreach moment */
export type OutreachMomentContentInput = {
  /** The day */
  heldOn: Scalars['LocalDate']['input'];
  /** Of them, residents interested (0 up to spokenTo) */
  interested: Scalars['Int']['input'];
  /** How residents were reached */
  kind: OutreachKind;
  /** Where, 1 to 150 characters (a street, the market, a partner): no names of residents */
  place: Scalars['String']['input'];
  /** Residents spoken to (0 or more) */
  spokenTo: Scalars['Int']['input'];
};

/** Where a person moved on to */
export type ParticipationKind =
  /** Een opleiding / education */
  | 'EDUCATION'
  /** Betaald werk / paid work */
  | 'PAID_WORK'
  /** Een (re-)integratie- of leertraject / a training path */
  | 'TRAINING_PATH';

/** What kind of organisation a partner is */
export type PartnerKind =
  /** A business */
  | 'BUSINESS'
  /** A care institution (zorginstelling) */
  | 'CARE_INSTITUTION'
  /** A fund or other financier */
  | 'FUNDER'
  /** A housing corporation (woningcorporatie) */
  | 'HOUSING_CORPORATION'
  /** A municipality (gemeente) */
  | 'MUNICIPALITY'
  /** Any other organisation */
  | 'OTHER'
  /** A school */
  | 'SCHOOL'
  /** A welfare organisation (welzijnsorganisatie) */
  | 'WELFARE_ORGANISATION';

/** A flat allowance arrangement and the month of work to pay */
export type PayFlatAllowanceInput = {
  /** The FLAT_MONTHLY arrangement (as agreeAllowanceArrangement returned it) */
  arrangementId: Scalars['ID']['input'];
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
  /** The month of work, e.g. 2026-03 */
  month: Scalars['String']['input'];
};

/** A single activity to plan for a team */
export type PlanActivityInput = {
  /** Empty: no limit */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What will happen, up to 2000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ends, after startsAt */
  endsAt: Scalars['DateTime']['input'];
  /** Where it takes place, up to 200 characters */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Volunteers who organise it */
  organiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A partner organisation involved */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** When it starts */
  startsAt: Scalars['DateTime']['input'];
  /** The team that organises it (Team.id); coordinators plan for their own team only */
  teamId: Scalars['ID']['input'];
  /** The theme the activity works on */
  theme: Theme;
  /** Short title as shown in the team's agenda, 1 to 120 characters */
  title: Scalars['String']['input'];
};

/** A recurring activity: the first occurrence's details and times, how often and until when */
export type PlanActivitySeriesInput = {
  /** Empty: no limit */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What will happen, up to 2000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ends, after startsAt */
  endsAt: Scalars['DateTime']['input'];
  /** How often it recurs */
  frequency: SeriesFrequency;
  /** Where it takes place, up to 200 characters */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Volunteers who organise it */
  organiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A partner organisation involved */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** When it starts */
  startsAt: Scalars['DateTime']['input'];
  /** The team that organises it (Team.id); coordinators plan for their own team only */
  teamId: Scalars['ID']['input'];
  /** The theme the activity works on */
  theme: Theme;
  /** Short title as shown in the team's agenda, 1 to 120 characters */
  title: Scalars['String']['input'];
  /** The last day an occurrence may fall on (at most two years ahead) */
  until: Scalars['LocalDate']['input'];
};

/** An amount in whole cents, more than zero */
export type PositiveMoneyInput = {
  /** Whole cents: €12.50 is 1250 */
  cents: Scalars['Int']['input'];
  /** Only EUR */
  currency?: Scalars['String']['input'];
};

/** Against the 5,000 hours at the low end of the promise */
export type PromiseStatus =
  /** Below the share of 5,000 that matches the time elapsed */
  | 'BEHIND'
  /** The 12 months are over without reaching 5,000 */
  | 'MISSED'
  /** The team has not started yet */
  | 'NOT_STARTED'
  /** Not reached yet, but at least the share of 5,000 that matches the time elapsed */
  | 'ON_TRACK'
  /** 5,000 or more hours approved */
  | 'REACHED';

/** A new proposal for the team to vote on; voting opens at once */
export type ProposeToTeamInput = {
  /** SPEND_BUDGET only: the amount of the team's ACTIVITIES budget */
  amount?: InputMaybe<PositiveMoneyInput>;
  /** When voting closes: at least 24 hours and at most 30 days from now */
  closesAt: Scalars['DateTime']['input'];
  /** What is proposed and why, 1 to 4,000 characters */
  description: Scalars['String']['input'];
  /** THEME_FOCUS only: this year or next */
  focusYear?: InputMaybe<Scalars['Int']['input']>;
  /** What the proposal is about */
  kind: TeamProposalKind;
  /** SPEND_BUDGET: what the money is for; NEW_ACTIVITY_SERIES: the series (3 to 200 characters) */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The team (Team.id); the proposer is a current member or coordinator of it */
  teamId: Scalars['ID']['input'];
  /** NEW_ACTIVITY_SERIES and THEME_FOCUS: the theme */
  theme?: InputMaybe<Theme>;
  /** A short title, 3 to 120 characters */
  title: Scalars['String']['input'];
};

/** A follow-up measurement after hand-over (admins only) */
export type RecordFollowUpMeasurementInput = {
  /** How the team and the neighbourhood hold together, 1 to 4,000 characters */
  cohesionNote: Scalars['String']['input'];
  /** Volunteer hours in the three months before that day */
  hoursLastThreeMonths: Scalars['Float']['input'];
  /** The day it was measured; not before the hand-over, not in the future */
  measuredOn: Scalars['LocalDate']['input'];
  /** Which follow-up: 12 or 24 months after the hand-over */
  monthsAfterHandOver: Scalars['Int']['input'];
  /** Members still active on that day */
  stillActiveMembers: Scalars['Int']['input'];
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
};

/** The steps of a candidate's intake so far; fields left out stay as they are, null clears a date */
export type RecordIntakeStepInput = {
  /** A corrected e-mail address */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The day of the first conversation */
  firstConversationOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** The day they came along to meet the team */
  introductionOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A corrected phone number (6 to 30 characters) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** A neighbourhood’s Leefbaarometer score in one edition with its source (send the version you read to correct it) */
export type RecordLiveabilityScoreInput = {
  /** The CBS wijk or buurt code the score is published for, e.g. "WK059912" */
  areaCode: Scalars['String']['input'];
  /** The edition (year) of the Leefbaarometer */
  edition: Scalars['Int']['input'];
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['input'];
  /** A note (at most 1000 characters) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The overall score as published */
  score: Scalars['Float']['input'];
  /** The published class, 1 (zeer onvoldoende) to 9 (uitstekend) */
  scoreClass?: InputMaybe<Scalars['Int']['input']>;
  /** Where the score comes from, e.g. "Leefbaarometer 3.0, BZK, editie 2022" */
  source: Scalars['String']['input'];
  /** The version you read; required when correcting a recorded score */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A person’s answers on the six-item De Jong Gierveld loneliness scale */
export type RecordLonelinessCheckInput = {
  /** S1 "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen" */
  canRelyOn: LonelinessAnswer;
  /** S2 "Er zijn veel mensen die ik volledig kan vertrouwen" */
  canTrust: LonelinessAnswer;
  /** E1 "Ik ervaar een leegte om me heen" */
  emptiness: LonelinessAnswer;
  /** S3 "Er zijn voldoende mensen met wie ik me nauw verbonden voel" */
  feelClose: LonelinessAnswer;
  /** E3 "Ik voel me vaak in de steek gelaten" */
  feelRejected: LonelinessAnswer;
  /** E2 "Ik mis mensen om me heen" */
  missPeople: LonelinessAnswer;
  /** The day of the check (intake, then yearly) */
  takenOn: Scalars['LocalDate']['input'];
  /** The person (Volunteer.id); they need LONELINESS_SCALE consent */
  volunteerId: Scalars['ID']['input'];
};

/** The municipality's written consent for a person under 27 on bijstand, as an admin records it */
export type RecordMunicipalAllowanceConsentInput = {
  /** Date of the letter */
  givenOn: Scalars['LocalDate']['input'];
  /** The municipality that gave the consent (1–200 characters) */
  municipality: Scalars['String']['input'];
  /** The letter's reference or a note (at most 500 characters) */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The person the consent is for (Volunteer.id) */
  volunteerId: Scalars['ID']['input'];
};

/** A new neighbourhood scan (admins only) */
export type RecordNeighbourhoodScanInput = {
  /** The CBS wijk or buurt code the scan is about; the neighbourhood's own CBS code when left out */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** The code's classification year; the neighbourhood's when left out */
  classificationYear?: InputMaybe<Scalars['Int']['input']>;
  /** Existing initiatives, short texts of at most 300 characters (at most 30) */
  initiatives: Array<Scalars['String']['input']>;
  /** The neighbourhood scanned (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['input'];
  /** The foundation's notes (at most 5,000 characters) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Organisations present (at most 50) */
  partners: Array<ScanPartnerInput>;
  /** The neighbourhood request the scan answers, if any */
  requestId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new survey wave: the neighbourhood, the wave, the day and the results */
export type RecordNeighbourhoodSurveyInput = {
  /** All five characteristics of 'Een buurt voor iedereen', once each */
  characteristics: Array<InclusionAnswerInput>;
  /** The day the fieldwork took place, a date in Europe/Amsterdam */
  fieldedOn: Scalars['LocalDate']['input'];
  /** The neighbourhood surveyed */
  neighbourhoodId: Scalars['ID']['input'];
  /** Respondents */
  sampleSize: Scalars['Int']['input'];
  /** Standard deviation of the respondents’ cohesion scale scores (0–10), from the fieldwork’s tables; needed for the 95 % interval */
  scoreStandardDeviation?: InputMaybe<Scalars['Float']['input']>;
  /** All five statements of the CBS cohesion scale, once each */
  statements: Array<CohesionAnswerInput>;
  /** The baseline (once) or a follow-up (once a year) */
  wave: SurveyWave;
};

/** A new outreach moment of a team (the team's coordinators or admins) */
export type RecordOutreachMomentInput = {
  /** The day */
  heldOn: Scalars['LocalDate']['input'];
  /** Of them, residents interested (0 up to spokenTo) */
  interested: Scalars['Int']['input'];
  /** How residents were reached */
  kind: OutreachKind;
  /** Where, 1 to 150 characters (a street, the market, a partner): no names of residents */
  place: Scalars['String']['input'];
  /** Residents spoken to (0 or more) */
  spokenTo: Scalars['Int']['input'];
  /** The team */
  teamId: Scalars['ID']['input'];
};

/** A person’s move into paid work, education or a training path */
export type RecordParticipationMoveInput = {
  /** Paid work, education or a training path */
  kind: ParticipationKind;
  /** The day the work, education or path started (not in the future) */
  movedOn: Scalars['LocalDate']['input'];
  /** The person (Volunteer.id); they need PARTICIPATION_OUTCOMES consent */
  volunteerId: Scalars['ID']['input'];
};

/** The person and the first day of their social assistance (bijstand) */
export type RecordSocialAssistanceInput = {
  /** First day of the bijstand */
  since: Scalars['LocalDate']['input'];
  /** The person (Volunteer.id); yourself, or anyone for an admin */
  volunteerId: Scalars['ID']['input'];
};

/** One wellbeing check of a person: a score of 0 to 10 per domain */
export type RecordWellbeingCheckInput = {
  /** 0 (worst) to 10 (best) */
  dailyLife: Scalars['Int']['input'];
  /** 0 (worst) to 10 (best) */
  financialHealth: Scalars['Int']['input'];
  /** 0 (worst) to 10 (best) */
  homeSituation: Scalars['Int']['input'];
  /** 0 (worst) to 10 (best) */
  language: Scalars['Int']['input'];
  /** 0 (worst) to 10 (best) */
  meaning: Scalars['Int']['input'];
  /** 0 (worst) to 10 (best) */
  mentalHealth: Scalars['Int']['input'];
  /** 0 (worst) to 10 (best) */
  physicalHealth: Scalars['Int']['input'];
  /** Anything worth noting, optional */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 0 (worst) to 10 (best) */
  socialNetwork: Scalars['Int']['input'];
  /** The day of the check */
  takenOn: Scalars['LocalDate']['input'];
  /** The person (Volunteer.id); they need WELLBEING_MONITOR consent */
  volunteerId: Scalars['ID']['input'];
};

/** Hours to register for one day on one theme */
export type RegisterHoursInput = {
  /** The activity the hours were for (Activity.id), if any */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** The day worked, not in the future */
  date: Scalars['LocalDate']['input'];
  /** What was done, up to 500 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Minutes, 15 to 1440 */
  minutes: Scalars['Int']['input'];
  /** The team the hours were for (Team.id); the person must be a member now */
  teamId: Scalars['ID']['input'];
  /** The theme worked on */
  theme: Theme;
  /** Whose hours; defaults to the caller (coordinators and admins may enter them for a team member) */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** A resident to register as a volunteer of a team */
export type RegisterVolunteerInput = {
  /** When the person is available; replaces the whole list */
  availability?: InputMaybe<Array<AvailabilityInput>>;
  /** Date of birth (personal data) */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The name team mates see, 1 to 60 characters */
  displayName: Scalars['String']['input'];
  /** E-mail address (personal data) */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Family name (personal data) */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name (personal data) */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** House number with any addition (personal data) */
  houseNumber?: InputMaybe<Scalars['String']['input']>;
  /** The day the person joined */
  joinedOn: Scalars['LocalDate']['input'];
  /** Languages the person speaks */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The neighbourhood the person lives in */
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone number (personal data) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Dutch postal code, e.g. 3071 AB (personal data) */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** What the person is good at or likes to do, e.g. cooking */
  talents?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The team that registers the resident (their coordinator manages the record) */
  teamId: Scalars['ID']['input'];
  /** Where the certificate of conduct stands */
  vogStatus?: InputMaybe<VogStatus>;
  /** The last day the certificate of conduct is valid */
  vogValidUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** The language the foundation answers a request in */
export type RequestLanguage =
  /** English */
  | 'EN'
  /** Dutch (the default) */
  | 'NL';

/** A new photo for a draft summary: its caption and who is in it */
export type RequestSummaryPhotoUploadInput = {
  /** What the photo shows, 1 to 200 characters */
  caption: Scalars['String']['input'];
  /** The summary */
  summaryId: Scalars['ID']['input'];
  /** The team members who can be recognised in it (none for a photo of a place) */
  volunteerIds: Array<Scalars['ID']['input']>;
};

/** The public form: a request for a team in a neighbourhood (no sign-in needed) */
export type RequestTeamInput = {
  /** Must be true: you agree that the foundation keeps your contact data to answer you (deleted 12 months after closing) */
  consentToContact: Scalars['Boolean']['input'];
  /** Your e-mail address, for the answer */
  contactEmail: Scalars['String']['input'];
  /** Your name, 2 to 100 characters */
  contactName: Scalars['String']['input'];
  /** Your phone number, if you prefer a call (at most 30 characters) */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** The language of our answers by e-mail: Dutch unless you choose English */
  language?: RequestLanguage;
  /** The organisation you speak for, if any (at most 150 characters) */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** A Dutch postcode in the neighbourhood, e.g. 3071 AB (or only the four digits) */
  postcode: Scalars['String']['input'];
  /** Why a team would help the neighbourhood, 10 to 2,000 characters */
  reason: Scalars['String']['input'];
  /** Who asks */
  requesterKind: RequesterKind;
  /** Leave empty. The form hides this field from people; software that fills in every field is not answered */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Who asks for a team */
export type RequesterKind =
  /** A care or welfare organisation (zorg of welzijn) */
  | 'CARE_OR_WELFARE'
  /** A housing corporation (woningcorporatie) */
  | 'HOUSING_CORPORATION'
  /** A municipality (gemeente) */
  | 'MUNICIPALITY'
  /** Anyone else */
  | 'OTHER'
  /** A resident of the neighbourhood (bewoner) */
  | 'RESIDENT';

/** The ledger entry to reverse and why */
export type ReverseLedgerEntryInput = {
  /** The entry to reverse; not a reversal or a payout */
  entryId: Scalars['ID']['input'];
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
  /** Why, 3 to 500 characters; kept in the reversing entry’s description */
  reason: Scalars['String']['input'];
};

/** What the foundation decided after a neighbourhood scan */
export type ScanDecision =
  /** No team, for the reason given */
  | 'DO_NOT_START'
  /** Start a team (a new one or one that exists) */
  | 'START';

/** An organisation present in the neighbourhood (no persons) */
export type ScanPartnerInput = {
  /** What kind of organisation it is */
  kind: LocalPartnerKind;
  /** The organisation's name, 1 to 150 characters */
  name: Scalars['String']['input'];
};

/** A run of a course with its sessions */
export type ScheduleCourseRunInput = {
  /** Places for enrolled people; more join the waiting list */
  capacity: Scalars['Int']['input'];
  /** The course (Course.id) */
  courseId: Scalars['ID']['input'];
  /** The sessions of the run */
  sessions: Array<SessionInput>;
  /** Only for this team (coaching); empty: open to all teams */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** The trainer's name, when known */
  trainerName?: InputMaybe<Scalars['String']['input']>;
  /** The organisation the trainer works for, when known */
  trainerOrganisation?: InputMaybe<Scalars['String']['input']>;
  /** A volunteer who trains their peers */
  trainerVolunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** How often a series of activities recurs */
export type SeriesFrequency =
  /** Every month on the same day and time */
  | 'MONTHLY'
  /** Every week on the same weekday and time */
  | 'WEEKLY';

/** One meeting of a run being scheduled */
export type SessionInput = {
  /** When the session ends, after startsAt */
  endsAt: Scalars['DateTime']['input'];
  /** Where it takes place; null for online only */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Link to join online; null for in person only */
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  /** When the session starts */
  startsAt: Scalars['DateTime']['input'];
};

/** The consumer price index of one year: a new year, or a correction of a year (send the version you read) */
export type SetConsumerPriceIndexInput = {
  /** The base, e.g. "2015=100"; must be the base of the years already stored */
  base: Scalars['String']['input'];
  /** The yearly average index figure on the base below, e.g. 130.2 */
  indexValue: Scalars['Float']['input'];
  /** Remarks, e.g. an assumption behind the figure */
  note?: InputMaybe<Scalars['String']['input']>;
  /** True while the figure is not CBS’s final yearly average */
  provisional?: Scalars['Boolean']['input'];
  /** Where the figure comes from, e.g. "CBS StatLine 83131NED, jaargemiddelde" */
  source: Scalars['String']['input'];
  /** The version you read; required when correcting a stored year */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** The calendar year */
  year: Scalars['Int']['input'];
};

/** Your own choice of messages: all of it, replacing the earlier choice */
export type SetMessagePreferencesInput = {
  /** The kinds of message you want; every kind not listed is turned off */
  enabledKinds: Array<MessageKind>;
  /** The language of your messages */
  language: MessageLanguage;
};

/** A neighbourhood’s baseline: exactly one of hoursPerYear and sharePercent, with its source (send the version you read to correct it) */
export type SetNeighbourhoodBaselineInput = {
  /** Volunteering hours a year that would have been given anyway */
  hoursPerYear?: InputMaybe<Scalars['Float']['input']>;
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['input'];
  /** A note about the assumption (at most 1000 characters) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Percent (0–100) of the gross hours that would have been given anyway */
  sharePercent?: InputMaybe<Scalars['Float']['input']>;
  /** Where the assumption comes from, e.g. "CBS Vrijwilligerswerk 2023, wijk Feijenoord" */
  source: Scalars['String']['input'];
  /** The year of the source */
  sourceYear: Scalars['Int']['input'];
  /** The version you read; required when correcting a recorded baseline */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a volunteer’s payments go: the account holder and IBAN */
export type SetPayoutAccountInput = {
  /** The account holder, as the bank knows them */
  holderName: Scalars['String']['input'];
  /** The IBAN, with or without spaces; checked before it is stored */
  iban: Scalars['String']['input'];
  /** The volunteer: yourself, or anyone for an admin */
  volunteerId: Scalars['ID']['input'];
};

/** A price of one item for one price year; leave the amounts empty when no figure is published */
export type SetShadowPriceInput = {
  /** Whole cents per unit, the high end of the published range */
  highCents?: InputMaybe<Scalars['Int']['input']>;
  /** What it is the price of */
  item: ShadowPriceItem;
  /** Whole cents per unit, the low end of the published range */
  lowCents?: InputMaybe<Scalars['Int']['input']>;
  /** A remark on the figure or its use, up to 1000 characters */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The year whose price level the figures are in, 2000 to 2100 */
  priceYear: Scalars['Int']['input'];
  /** Where the figure comes from (publication, year, table) */
  source: Scalars['String']['input'];
  /** What one unit is, e.g. "hour" */
  unit: Scalars['String']['input'];
  /** Whole cents per unit */
  valueCents?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; required when changing an existing price */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A team's rule for deciding on proposals (its coordinators or admins) */
export type SetTeamDecisionRuleInput = {
  /** Share (percent, 50 to 99) of FOR among FOR and AGAINST that must be exceeded */
  majorityPercent: Scalars['Int']['input'];
  /** Share of the current members (percent, 1 to 100) who must vote */
  quorumPercent: Scalars['Int']['input'];
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
  /** TeamDecisionRule.version as read (0 while the default applies) */
  version: Scalars['Int']['input'];
};

/** A team's goals per theme for a year (its coordinators or admins) */
export type SetYearlyGoalsInput = {
  /** The goals, at most one per theme; replaces the goals set before */
  goals: Array<ThemeGoalInput>;
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
  /** The version of the review you read; leave out when the year has no review yet */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** The calendar year: this year or the next (admins: any year from 2000) */
  year: Scalars['Int']['input'];
};

/** What the team says went well in a year and what not (its coordinators) */
export type SetYearlyReflectionInput = {
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
  /** The version of the review you read; leave out when the year has no review yet */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** What did not go well, 1 to 4,000 characters */
  wentLessWell: Scalars['String']['input'];
  /** What went well, 1 to 4,000 characters */
  wentWell: Scalars['String']['input'];
  /** The calendar year; one that has begun */
  year: Scalars['Int']['input'];
};

/** What the cost-benefit summary can put a price on; each has one price per price year */
export type ShadowPriceItem =
  /** Punt sociale cohesie in de buurt / one point on the neighbourhood cohesion scale */
  | 'COHESION_POINT'
  /** Bewoner geholpen door informele zorg / a resident helped by an informal-care activity (head count) */
  | 'INFORMAL_CARE_RESIDENT'
  /** Uur informele hulp / an hour of informal help */
  | 'INFORMAL_HELP_HOUR'
  /** Deelnemer niet langer eenzaam (De Jong Gierveld) / a participant no longer lonely on the De Jong Gierveld scale */
  | 'LONELINESS_REDUCED'
  /** Deelnemer naar betaald werk, opleiding of traject / a participant moving into paid work, education or a training path */
  | 'PARTICIPATION_MOVE'
  /** Bereikte bewoner / a resident reached by an activity */
  | 'RESIDENT_REACHED'
  /** Behaald certificaat / a certificate earned */
  | 'TRAINING_CERTIFICATE'
  /** Punt welzijnsverbetering per deelnemer / one point of wellbeing gained by a participant */
  | 'WELLBEING_POINT';

/** The language of a summary text or image */
export type SummaryLanguage =
  /** English */
  | 'EN'
  /** Dutch */
  | 'NL';

/** The results of a survey wave: respondents, spread and mean answers */
export type SurveyResultsInput = {
  /** All five characteristics of 'Een buurt voor iedereen', once each */
  characteristics: Array<InclusionAnswerInput>;
  /** Respondents */
  sampleSize: Scalars['Int']['input'];
  /** Standard deviation of the respondents’ cohesion scale scores (0–10), from the fieldwork’s tables; needed for the 95 % interval */
  scoreStandardDeviation?: InputMaybe<Scalars['Float']['input']>;
  /** All five statements of the CBS cohesion scale, once each */
  statements: Array<CohesionAnswerInput>;
};

/** Which wave of the neighbourhood survey: the baseline or a yearly follow-up */
export type SurveyWave =
  /** Nulmeting at the start of the first team */
  | 'BASELINE'
  /** Yearly vervolgmeting */
  | 'FOLLOW_UP';

/** Where a monthly summary stands */
export type TeamMonthSummaryStatus =
  /** Being written by the team's coordinator; seen by the team and admins only */
  | 'DRAFT'
  /** Published by the foundation; anyone may see it */
  | 'PUBLISHED';

/** The phases of a team's 4 to 6 years; a team moves forward only (an admin may correct a mistake) */
export type TeamPhase =
  /** Opbouw: the team grows to 15–25 members and its coordinators are trained */
  | 'BUILDING_UP'
  /** Afgesloten: the foundation’s part has ended */
  | 'CLOSED'
  /** Verkenning: the foundation explores the neighbourhood and decides whether to start */
  | 'EXPLORATION'
  /** Overdracht: a local partner takes over; follow-ups at 12 and 24 months */
  | 'HAND_OVER'
  /** Zelfstandig: the team runs itself, the foundation supports */
  | 'SELF_RELIANT'
  /** Start: the first members join and the first-year promise is made */
  | 'START';

/** What a team proposal is about */
export type TeamProposalKind =
  /** Nieuwe activiteitenreeks: start a new series of activities on a theme */
  | 'NEW_ACTIVITY_SERIES'
  /** Geld uitgeven: spend an amount of the team's ACTIVITIES budget on something */
  | 'SPEND_BUDGET'
  /** Themafocus: the theme the team focuses on in a year */
  | 'THEME_FOCUS';

/** Where a team proposal stands */
export type TeamProposalStatus =
  /** Aangenomen: quorum and majority were met when the votes were counted */
  | 'ACCEPTED'
  /** Open: members vote until the period closes */
  | 'OPEN'
  /** Verworpen: quorum or majority was not met */
  | 'REJECTED'
  /** Ingetrokken: withdrawn by the proposer before anyone voted, or by an admin */
  | 'WITHDRAWN';

/** A role in a team for which a course can be required */
export type TeamRole =
  /** The team's coordinators */
  | 'COORDINATOR'
  /** Every team member */
  | 'MEMBER';

/** Current members against the target of 15 to 25 */
export type TeamSizeIndicator =
  /** More than 25 members */
  | 'ABOVE'
  /** Fewer than 15 members */
  | 'BELOW'
  /** 15 to 25 members */
  | 'WITHIN';

/** Where a team is in its 4 to 6 years */
export type TeamStatus =
  /** Working in the neighbourhood; visible to anyone */
  | 'ACTIVE'
  /** Ended; its history stays */
  | 'CLOSED'
  /** Being set up: recruiting members, not yet working */
  | 'FORMING'
  /** Temporarily not working */
  | 'PAUSED';

/** The six themes every team works on */
export type Theme =
  /** Community/Gemeenschap: organising with other residents and local partners */
  | 'COMMUNITY'
  /** Gezondheid: information, exercise, nutrition */
  | 'HEALTH'
  /** Informele zorg: against loneliness and poverty, transport, a chat */
  | 'INFORMAL_CARE'
  /** De Buurt: clean, intact, safe and more beautiful streets */
  | 'NEIGHBOURHOOD'
  /** Persoonlijke ontwikkeling: skills training and information */
  | 'PERSONAL_DEVELOPMENT'
  /** Duurzaamheid: information, circularity, urban mining, energy transition */
  | 'SUSTAINABILITY';

/** A goal on one theme for the year */
export type ThemeGoalInput = {
  /** The goal in the team’s words, 3 to 500 characters */
  goal: Scalars['String']['input'];
  /** The volunteer hours aimed for on this theme (0 to 100,000), if any */
  targetHours?: InputMaybe<Scalars['Int']['input']>;
  /** The theme */
  theme: Theme;
};

/** Ticks or unticks an item of a team’s phase checklist (admins only) */
export type TickTeamChecklistItemInput = {
  /** True to tick, false to untick */
  done?: Scalars['Boolean']['input'];
  /** The item’s key (TeamChecklistItem.key); of the current phase or an earlier one */
  item: Scalars['String']['input'];
  /** The team (Team.id) */
  teamId: Scalars['ID']['input'];
};

/** Changes to one planned activity; fields left out stay as they are */
export type UpdateActivityInput = {
  /** New maximum number of sign-ups */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** New description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end, after the start */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** New location */
  location?: InputMaybe<Scalars['String']['input']>;
  /** New start */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Changes to a submitted hour entry; fields left out stay as they are */
export type UpdateHourEntryInput = {
  /** New day worked */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** New description, up to 500 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** New time in minutes, 15 to 1440 */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** New theme */
  theme?: InputMaybe<Theme>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Changes to a neighbourhood; fields left out stay as they are */
export type UpdateNeighbourhoodInput = {
  /** Send null to remove the wijk code */
  cbsCode?: InputMaybe<Scalars['String']['input']>;
  /** New city or village */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Year of the CBS area classification the new codes come from */
  classificationYear?: InputMaybe<Scalars['Int']['input']>;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** New CBS municipality code (GM and 4 digits), e.g. after a municipal merger */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** New municipality name */
  municipalityName?: InputMaybe<Scalars['String']['input']>;
  /** New name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** New content for a neighbourhood scan (admins only) */
export type UpdateNeighbourhoodScanInput = {
  /** Partners, initiatives and notes, replacing what was there */
  content: NeighbourhoodScanContentInput;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Corrects an outreach moment; send the version you read */
export type UpdateOutreachMomentInput = {
  /** The corrected moment, replacing what was there */
  content: OutreachMomentContentInput;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Changes to a partner; fields left out stay as they are */
export type UpdatePartnerInput = {
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** New kind */
  kind?: InputMaybe<PartnerKind>;
  /** New name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the neighbourhoods this organisation serves */
  neighbourhoodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Changes to a team; fields left out or null stay as they are */
export type UpdateTeamInput = {
  /** New end of the committed period, 4 to 6 years after startsOn */
  commitmentEndsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Stable identifier (uuid) of the record to change */
  id: Scalars['ID']['input'];
  /** New name, 1 to 100 characters */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New first day */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** New status */
  status?: InputMaybe<TeamStatus>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Changes to a volunteer's record; fields left out stay as they are */
export type UpdateVolunteerInput = {
  /** When the person is available; replaces the whole list */
  availability?: InputMaybe<Array<AvailabilityInput>>;
  /** Date of birth (personal data) */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The name team mates see, 1 to 60 characters */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address (personal data) */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Family name (personal data) */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Given name (personal data) */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** House number with any addition (personal data) */
  houseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Stable identifier (uuid) of the volunteer */
  id: Scalars['ID']['input'];
  /** Languages the person speaks */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The neighbourhood the person lives in */
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone number (personal data) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Dutch postal code, e.g. 3071 AB (personal data) */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** What the person is good at or likes to do, e.g. cooking */
  talents?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read */
  version: Scalars['Int']['input'];
  /** Where the certificate of conduct stands */
  vogStatus?: InputMaybe<VogStatus>;
  /** The last day the certificate of conduct is valid */
  vogValidUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Certificate of conduct (Verklaring Omtrent het Gedrag), needed for work with vulnerable people */
export type VogStatus =
  /** Not needed for what the person does */
  | 'NOT_REQUIRED'
  /** Applied for, not yet received */
  | 'REQUESTED'
  /** Received and valid until vogValidUntil */
  | 'VALID';

/** Where a person stands as a volunteer */
export type VolunteerStatus =
  /** Taking part */
  | 'ACTIVE'
  /** Registered, getting to know the team */
  | 'INTAKE'
  /** No longer a volunteer; the record stays until erased */
  | 'LEFT'
  /** Not taking part for a while */
  | 'PAUSED';

/** A member’s vote on a team proposal */
export type VoteChoice =
  /** Onthouding: counts towards the quorum, not towards the majority */
  | 'ABSTAIN'
  /** Tegen */
  | 'AGAINST'
  /** Voor */
  | 'FOR';

/** A member’s vote; voting again changes it, until the period closes */
export type VoteOnTeamProposalInput = {
  /** For, against or abstaining */
  choice: VoteChoice;
  /** The proposal (TeamProposal.id) */
  proposalId: Scalars['ID']['input'];
};

/** A day of the week */
export type Weekday =
  /** Friday */
  | 'FRIDAY'
  /** Monday */
  | 'MONDAY'
  /** Saturday */
  | 'SATURDAY'
  /** Sunday */
  | 'SUNDAY'
  /** Thursday */
  | 'THURSDAY'
  /** Tuesday */
  | 'TUESDAY'
  /** Wednesday */
  | 'WEDNESDAY';

/** The eight domains of participant effects, each self-assessed 0–10 */
export type WellbeingDomain =
  /** A regular rhythm and handling everyday things oneself */
  | 'DAILY_LIFE'
  /** Making ends meet, debts */
  | 'FINANCIAL_HEALTH'
  /** How things are at home: housing and family */
  | 'HOME_SITUATION'
  /** Speaking, reading and understanding Dutch */
  | 'LANGUAGE'
  /** The feeling that what one does matters */
  | 'MEANING'
  /** Stress, low mood, feeling well */
  | 'MENTAL_HEALTH'
  /** Exercise, food, sleep, the body */
  | 'PHYSICAL_HEALTH'
  /** Family, friends and neighbours to rely on */
  | 'SOCIAL_NETWORK';

/** The volunteer whose debt to forgive and why */
export type WriteOffReceivableInput = {
  /** A retry with the same key returns the first result (8 to 100 letters, digits or _ . : -) */
  idempotencyKey: Scalars['String']['input'];
  /** Why the foundation forgives it; kept in the ledger */
  reason: Scalars['String']['input'];
  /** The volunteer who owes money back */
  volunteerId: Scalars['ID']['input'];
};

/** The month's highlight, written by the team's coordinator (or an admin) */
export type WriteTeamMonthSummaryInput = {
  /** The highlight in English, at most 600 characters */
  highlightEn?: InputMaybe<Scalars['String']['input']>;
  /** The highlight in Dutch, 1 to 600 characters */
  highlightNl: Scalars['String']['input'];
  /** The calendar month, YYYY-MM; not one that has not begun */
  month: Scalars['String']['input'];
  /** The team */
  teamId: Scalars['ID']['input'];
  /** The version you read; required when the summary exists already */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type Join__Graph =
  | 'ACTIVITIES'
  | 'FINANCE'
  | 'IMPACT'
  | 'MESSAGES'
  | 'TEAMS'
  | 'TRAINING'
  | 'VOLUNTEERS';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type MyNeighbourhoodsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNeighbourhoodsQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, municipalityCode: string, cbsCode?: string | null, teams: Array<{ __typename?: 'Team', id: string, name: string }> }> };

export type NeighbourhoodImpactQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type NeighbourhoodImpactQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, impact?: { __typename?: 'ImpactReport', year?: number | null, from: string, until: string, totalHours: number, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', from?: string | null, until?: string | null, hours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, totalCosts: { __typename?: 'Money', cents: number, currency: string }, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', title: string, ratio: number }> } } | null } | null };

export type NeighbourhoodHoursByThemeQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type NeighbourhoodHoursByThemeQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, impact?: { __typename?: 'ImpactReport', hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, labelNl: string, labelEn: string, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }> } | null } | null };

export type NeighbourhoodReportCsvQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type NeighbourhoodReportCsvQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, impact?: { __typename?: 'ImpactReport', csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }> } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MyNeighbourhoodsDocument = new TypedDocumentString(`
    query MyNeighbourhoods {
  neighbourhoods {
    id
    name
    city
    municipalityCode
    cbsCode
    teams {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MyNeighbourhoodsQuery, MyNeighbourhoodsQueryVariables>;
export const NeighbourhoodImpactDocument = new TypedDocumentString(`
    query NeighbourhoodImpact($neighbourhoodId: ID!, $year: Int!) {
  neighbourhood(id: $neighbourhoodId) {
    id
    name
    impact(year: $year) {
      year
      from
      until
      totalHours
      firstYearPromise {
        from
        until
        hours
        minimumHours
        maximumHours
        percentOfMinimum
        expectedByNow
        status
      }
      volunteers {
        active
        joined
        left
      }
      activities {
        completed
        residentsReached
      }
      training {
        certificates
        courses
      }
      costBenefit {
        discountRatePercent
        priceYear
        totalCosts {
          cents
          currency
        }
        totalBenefits {
          cents
          currency
        }
        benefitCostRatio
        benefitCostRatioLow
        benefitCostRatioHigh
        agreedReturns {
          title
          ratio
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodImpactQuery, NeighbourhoodImpactQueryVariables>;
export const NeighbourhoodHoursByThemeDocument = new TypedDocumentString(`
    query NeighbourhoodHoursByTheme($neighbourhoodId: ID!, $year: Int!) {
  neighbourhood(id: $neighbourhoodId) {
    id
    name
    impact(year: $year) {
      hoursByTheme {
        theme
        labelNl
        labelEn
        hours
        entries
      }
      months {
        month
        hours
        activitiesCompleted
        residentsReached
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodHoursByThemeQuery, NeighbourhoodHoursByThemeQueryVariables>;
export const NeighbourhoodReportCsvDocument = new TypedDocumentString(`
    query NeighbourhoodReportCsv($neighbourhoodId: ID!, $year: Int!) {
  neighbourhood(id: $neighbourhoodId) {
    id
    name
    impact(year: $year) {
      csv {
        name
        fileName
        content
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodReportCsvQuery, NeighbourhoodReportCsvQueryVariables>;