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
  JSON: { input: any; output: any; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** Something a team does on one of the six themes; an occurrence of a series can be changed on its own */
export type Activity = {
  __typename?: 'Activity';
  /** Empty: no limit */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** What will happen; null when none was written */
  description?: Maybe<Scalars['String']['output']>;
  /** When the activity ends, after startsAt */
  endsAt: Scalars['DateTime']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Where it takes place; null when not known yet */
  location?: Maybe<Scalars['String']['output']>;
  /** The neighbourhood the team works in */
  neighbourhood: Neighbourhood;
  /** The team members who organise it */
  organisers: Array<Volunteer>;
  /** The partner organisation involved; null when none */
  partner?: Maybe<Partner>;
  /** Entered when the activity is done */
  residentsReached?: Maybe<Scalars['Int']['output']>;
  /** What came of it, written when it was marked done; null before or when nothing was written */
  result?: Maybe<Scalars['String']['output']>;
  /** The series this is an occurrence of */
  seriesId?: Maybe<Scalars['ID']['output']>;
  /** People signed up */
  signUpCount: Scalars['Int']['output'];
  /** Who signed up; for the team and admins */
  signedUp?: Maybe<Array<Volunteer>>;
  /** When the activity starts */
  startsAt: Scalars['DateTime']['output'];
  /** Planned, done or cancelled */
  status: ActivityStatus;
  /** The team that organises it */
  team: Team;
  /** The theme the activity works on */
  theme: Theme;
  /** Short title as shown in the team's agenda */
  title: Scalars['String']['output'];
  /** Send this back on change, cancel or complete; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** One page of Activity items (a Relay connection): ask for the next with first and after set to pageInfo.endCursor */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The items on this page with their cursors, in the order the query documents */
  edges: Array<ActivityEdge>;
  /** Whether more items follow and the cursor to ask for them */
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

/** One Activity on a page of a ActivityConnection, with its cursor */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque position of this item; pass it as after to get the items that follow it */
  cursor: Scalars['String']['output'];
  /** The Activity itself */
  node: Activity;
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

/** What a funding agreement has put into one team budget, net of reversals */
export type AgreementAllocation = {
  __typename?: 'AgreementAllocation';
  /** Allocated, net of reversals */
  amount: Money;
  /** The category of the budget */
  category: BudgetCategory;
  /** The team of the budget */
  team: Team;
  /** The calendar year of the budget */
  year: Scalars['Int']['output'];
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

/** A volunteer at 80% or more of a monthly or yearly cap */
export type AllowanceCapStanding = {
  __typename?: 'AllowanceCapStanding';
  /** Whether the caps are of limits an admin confirmed */
  limitsConfirmed: Scalars['Boolean']['output'];
  /** The month looked at, e.g. 2026-03 */
  month: Scalars['String']['output'];
  /** The most a volunteer may receive in a calendar month */
  monthlyCap: Money;
  /** Allowances of the month so far */
  usedThisMonth: Money;
  /** Including allowances declared from other organisations */
  usedThisYear: Money;
  /** The volunteer */
  volunteer: Volunteer;
  /** The most a volunteer may receive in the calendar year */
  yearlyCap: Money;
};

/** The limits of an allowance arrangement for this person, from their birth date */
export type AllowanceEligibility = {
  __typename?: 'AllowanceEligibility';
  /** Pass as eligibility to agreeAllowanceArrangement within 30 minutes */
  grant: Scalars['String']['output'];
  /** Whether these are of this year's confirmed limits */
  limitsConfirmed: Scalars['Boolean']['output'];
  /** The hourly maximum for their age today */
  maxHourly: Money;
  /** The most they may receive in a calendar month */
  monthlyCap: Money;
};

/** Limits an admin must enter or confirm: this year's or next year's missing, or entered but not confirmed */
export type AllowanceLimitWarning = {
  __typename?: 'AllowanceLimitWarning';
  /** Missing or not confirmed */
  kind: AllowanceLimitWarningKind;
  /** What is wrong, in English */
  message: Scalars['String']['output'];
  /** For UNCONFIRMED: an admin allowed payments under these limits */
  paymentsAllowed: Scalars['Boolean']['output'];
  /** The calendar year of the limits */
  year: Scalars['Int']['output'];
};

/** What an admin must do about the limits of a year */
export type AllowanceLimitWarningKind =
  /** No limits are entered for the year: add them */
  | 'MISSING'
  /** The limits are entered but not confirmed: confirm them */
  | 'UNCONFIRMED';

/** The fiscal limits of the volunteer allowance for one calendar year */
export type AllowanceRate = {
  __typename?: 'AllowanceRate';
  /** Checked against the Belastingdienst; false: announced, to be confirmed */
  confirmed: Scalars['Boolean']['output'];
  /** The most per hour for a volunteer of 21 and over */
  hourly21Plus: Money;
  /** The most per hour for a volunteer under 21 */
  hourlyUnder21: Money;
  /** The most a volunteer may receive in a calendar month */
  monthlyCap: Money;
  /** Where the limits come from, e.g. the Belastingdienst’s announcement */
  source: Scalars['String']['output'];
  /** When an admin allowed paying allowances under these limits before they are confirmed */
  unconfirmedPaymentsAllowedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Send this back on correction; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The calendar year the limits apply to */
  year: Scalars['Int']['output'];
  /** The most a volunteer may receive in the calendar year */
  yearlyCap: Money;
};

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

/** One recorded change: who made it, what, to which records and when; never the personal values themselves (admins only) */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, e.g. membership.added */
  action: Scalars['String']['output'];
  /** The role of the actor: ADMIN, COORDINATOR, VOLUNTEER or PARTNER, or SYSTEM for a change made on another service's event */
  actorRole: Scalars['String']['output'];
  /** The subject of the token that made the change */
  actorSubject: Scalars['String']['output'];
  /** Stable identifier (uuid) of the record that changed */
  entityId: Scalars['ID']['output'];
  /** The kind of record that changed, as a type name, e.g. Membership or HourEntry */
  entityType: Scalars['String']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** When the change was made */
  occurredAt: Scalars['DateTime']['output'];
  /** Other records the change touched (e.g. the team and the volunteer) */
  relatedIds: Array<Scalars['ID']['output']>;
  /** The request that made the change, to find it in the service logs (the event type for SYSTEM changes) */
  requestId: Scalars['String']['output'];
};

/** One page of AuditEntry items (a Relay connection): ask for the next with first and after set to pageInfo.endCursor */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The items on this page with their cursors, in the order the query documents */
  edges: Array<AuditEntryEdge>;
  /** Whether more items follow and the cursor to ask for them */
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEntry on a page of a AuditEntryConnection, with its cursor */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this item; pass it as after to get the items that follow it */
  cursor: Scalars['String']['output'];
  /** The AuditEntry itself */
  node: AuditEntry;
};

/** A part of a weekday on which the person is available */
export type Availability = {
  __typename?: 'Availability';
  /** The weekday */
  day: Weekday;
  /** Morning, afternoon or evening */
  part: DayPart;
};

/** A part of a weekday on which the person is available */
export type AvailabilityInput = {
  /** The weekday */
  day: Weekday;
  /** Morning, afternoon or evening */
  part: DayPart;
};

/** What reading a bank statement (camt.053) or notification (camt.054) changed */
export type BankStatementImport = {
  __typename?: 'BankStatementImport';
  /** The same message (the bank’s MsgId) was read before: this is that reading’s result, and nothing changed now */
  alreadyImported: Scalars['Boolean']['output'];
  /** Payments the statement shows booked (paid) */
  booked: Scalars['Int']['output'];
  /** Credits that matched no open invoice: listed in unmatchedBankCredits for an admin */
  creditsUnmatched: Scalars['Int']['output'];
  /** Credits booked as a funder’s payment of the invoice their remittance names */
  fundsReceived: Scalars['Int']['output'];
  /** camt.053 (account statement) or camt.054 (debit/credit notification) */
  message: Scalars['String']['output'];
  /** Payments returned by the beneficiary’s bank: payable again */
  returned: Scalars['Int']['output'];
  /** Bookings of payments already known as booked, failed or returned */
  unchanged: Scalars['Int']['output'];
  /** Bookings that name a payment but do not agree with it (amount, direction): check them by hand */
  unmatched: Scalars['Int']['output'];
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

/** Money a team decided together to spend, reserved in its budget until executed; for its coordinators and admins */
export type BudgetCommitment = {
  __typename?: 'BudgetCommitment';
  /** The amount committed */
  amount: Money;
  /** Why it was cancelled; null unless cancelled */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** The budget the money comes from */
  category: BudgetCategory;
  /** When the team decided */
  decidedAt: Scalars['DateTime']['output'];
  /** What was actually spent; null until executed */
  executedAmount?: Maybe<Money>;
  /** What the money was spent on, as recorded at execution */
  executedFor?: Maybe<Scalars['String']['output']>;
  /** The day the money was spent; null until executed */
  executedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Set when the budget could not cover the amount as recorded; null when it could */
  fundingIssue?: Maybe<BudgetCommitmentIssue>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The ledger entry that booked the spending; null until executed */
  ledgerEntry?: Maybe<LedgerEntry>;
  /** The accepted proposal this commitment carries out; null where the teams service does not show it to the caller */
  proposal?: Maybe<TeamProposal>;
  /** Open, executed or cancelled */
  status: BudgetCommitmentStatus;
  /** The team whose budget it is */
  team: Team;
  /** Send this back to execute or cancel; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The budget year: the calendar year of the decision (Europe/Amsterdam) */
  year: Scalars['Int']['output'];
};

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

/** A team's budget commitments of a year in counts and sums, nothing per proposal */
export type BudgetCommitmentTotals = {
  __typename?: 'BudgetCommitmentTotals';
  /** Commitments recorded (cancelled ones excluded) */
  count: Scalars['Int']['output'];
  /** Spent by executed commitments */
  executed: Money;
  /** Commitments executed */
  executedCount: Scalars['Int']['output'];
  /** Reserved by open commitments */
  open: Money;
  /** Commitments still open */
  openCount: Scalars['Int']['output'];
};

/** One category of a team’s budget for a year; spent and left are derived from the ledger */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** Allocated from funding agreements, net of reversals */
  allocated: Money;
  /** The category */
  category: BudgetCategory;
  /** Reserved by the team's open budget commitments (accepted proposals), not spent yet */
  committed: Money;
  /** Allocated less spent and less committed: what is still available */
  left: Money;
  /** Spent on allowances, claims and other costs, net of reversals */
  spent: Money;
};

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

/** What an import of CBS key figures stored */
export type CbsImportReport = {
  __typename?: 'CbsImportReport';
  /** Areas (GM, WK, BU) with at least one figure */
  areas: Scalars['Int']['output'];
  /** The classification year the figures are stored under */
  classificationYear: Scalars['Int']['output'];
  /** Figures stored; figures of this table and year from an earlier import are replaced */
  figures: Scalars['Int']['output'];
  /** The CBS table id the figures are stored under */
  source: Scalars['String']['output'];
};

/** A key figure CBS publishes for an area, with its source table and year */
export type CbsKeyFigure = {
  __typename?: 'CbsKeyFigure';
  /** The CBS area code (GM…, WK… or BU…) */
  areaCode: Scalars['String']['output'];
  /** Year of the CBS area classification the code comes from */
  classificationYear: Scalars['Int']['output'];
  /** Which figure */
  figure: CbsFigure;
  /** When it was imported */
  importedAt: Scalars['DateTimeISO']['output'];
  /** The CBS table it was imported from, e.g. 85984NED (Kerncijfers wijken en buurten 2024) */
  source: Scalars['String']['output'];
  /** The value: a count of inhabitants, or a percentage */
  value: Scalars['Float']['output'];
  /** The year the figure describes */
  year: Scalars['Int']['output'];
};

/** Proof that a person completed a course, issued when they attended every session */
export type Certificate = {
  __typename?: 'Certificate';
  /** The course completed */
  course: Course;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The day it was issued, a date in Europe/Amsterdam */
  issuedOn: Scalars['LocalDate']['output'];
  /** True unless validUntil has passed (Europe/Amsterdam) */
  valid: Scalars['Boolean']['output'];
  /** Empty: does not expire */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

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

/** Consent a person gave for one purpose, with when it was given and withdrawn */
export type Consent = {
  __typename?: 'Consent';
  /** The day it was given, a date in Europe/Amsterdam */
  givenOn: Scalars['LocalDate']['output'];
  /** What the consent is for */
  purpose: ConsentPurpose;
  /** The day it was withdrawn; null while it holds */
  withdrawnOn?: Maybe<Scalars['LocalDate']['output']>;
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

/** The CBS consumer price index (yearly average) of one year, with its source; used to index prices and costs to one price level */
export type ConsumerPriceIndexYear = {
  __typename?: 'ConsumerPriceIndexYear';
  /** The base year of the index, e.g. "2015=100"; every year has the same base */
  base: Scalars['String']['output'];
  /** Stable id of the year’s row, as the audit log names it */
  id: Scalars['ID']['output'];
  /** The index figure, e.g. 130.2 on base 2015=100 */
  indexValue: Scalars['Float']['output'];
  /** Remarks, e.g. which assumption a figure rests on */
  note?: Maybe<Scalars['String']['output']>;
  /** True while the year is not over or CBS has not published its final yearly average */
  provisional: Scalars['Boolean']['output'];
  /** Where the figure comes from (publisher, table, series) */
  source: Scalars['String']['output'];
  /** Goes up with every correction; send it back to correct the year */
  version: Scalars['Int']['output'];
  /** The calendar year the index is the average of */
  year: Scalars['Int']['output'];
};

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

/** A course in the catalogue: skill training, an information session or coaching, on one of the themes or none */
export type Course = {
  __typename?: 'Course';
  /** Empty: the certificate does not expire */
  certificateValidMonths?: Maybe<Scalars['Int']['output']>;
  /** What the course is about; null when none was written */
  description?: Maybe<Scalars['String']['output']>;
  /** True when attending every session earns a certificate */
  givesCertificate: Scalars['Boolean']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Skill training, information session or coaching */
  kind: CourseKind;
  /** Every team member in these roles needs this course */
  requiredForRoles: Array<TeamRole>;
  /** Runs open to all teams or to one of yours */
  runs: Array<CourseRun>;
  /** Sessions to attend for the course (and its certificate) */
  sessionCount: Scalars['Int']['output'];
  /** Expected hours of study, sessions included */
  studyHours: Scalars['Int']['output'];
  /** The theme it serves; null for a course on no single theme */
  theme?: Maybe<Theme>;
  /** The course's title as shown in the catalogue */
  title: Scalars['String']['output'];
  /** Send this back on update; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** What kind of course it is */
export type CourseKind =
  /** Professional coaching, usually for one team */
  | 'COACHING'
  /** An information meeting on a theme */
  | 'INFORMATION_SESSION'
  /** Training in a skill over one or more sessions */
  | 'SKILL_TRAINING';

/** One run of a course: its sessions, trainer and places; open to all teams, or to one (coaching) */
export type CourseRun = {
  __typename?: 'CourseRun';
  /** Places for enrolled people; enrolments beyond it join the waiting list */
  capacity: Scalars['Int']['output'];
  /** The course this is a run of */
  course: Course;
  /** Places taken: enrolled and completed enrolments */
  enrolledCount: Scalars['Int']['output'];
  /** The enrolments you may see: your own, or your teams’ people */
  enrolments: Array<Enrolment>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The run's sessions */
  sessions: Array<Session>;
  /** The run's state; OPEN when scheduled */
  status: Scalars['String']['output'];
  /** Empty: open to all teams */
  team?: Maybe<Team>;
  /** The trainer's name; null when not known yet or a peer trainer gives it */
  trainerName?: Maybe<Scalars['String']['output']>;
  /** The organisation the trainer works for; null when not known */
  trainerOrganisation?: Maybe<Scalars['String']['output']>;
  /** A peer trainer */
  trainerVolunteer?: Maybe<Volunteer>;
  /** Changes with every change of the run; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** People on the waiting list */
  waitingCount: Scalars['Int']['output'];
};

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

/** An event a service gave up on after about 11 hours of retries; an operator requeues it */
export type DeadLetteredEvent = {
  __typename?: 'DeadLetteredEvent';
  /** The service that could not handle it */
  consumer: Scalars['String']['output'];
  /** When the last retry failed and the event was set aside */
  deadSince: Scalars['DateTime']['output'];
  /** Stable identifier (uuid) of the event, the same in every queue it travels */
  eventId: Scalars['ID']['output'];
  /** The type of the event, e.g. HoursApproved */
  eventType: Scalars['String']['output'];
  /** Stable identifier (uuid) of the queued job; pass it to requeueDeadLetteredEvents */
  jobId: Scalars['ID']['output'];
  /** The first line of the last error */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the producing service recorded the event */
  occurredAt: Scalars['DateTime']['output'];
  /** The service that recorded it */
  source: Scalars['String']['output'];
};

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

/** A person's place in a course run or on its waiting list */
export type Enrolment = {
  __typename?: 'Enrolment';
  /** When the person enrolled or joined the waiting list */
  enrolledAt: Scalars['DateTime']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The course run */
  run: CourseRun;
  /** Enrolled, waiting, cancelled or completed */
  status: EnrolmentStatus;
  /** Changes with every change of the enrolment; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The person; null after they were erased */
  volunteer?: Maybe<Volunteer>;
  /** Place on the waiting list, 1 is next */
  waitingPosition?: Maybe<Scalars['Int']['output']>;
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

/** A reimbursement of proven costs: DRAFT → SUBMITTED → APPROVED → SCHEDULED → PAID, or REJECTED / INCOMPLETE */
export type ExpenseClaim = {
  __typename?: 'ExpenseClaim';
  /** When the claim was drafted */
  createdAt: Scalars['DateTime']['output'];
  /** What the costs were for, in the claimant’s words */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The costs claimed */
  items: Array<ExpenseClaimItem>;
  /** Why it was rejected or sent back */
  reason?: Maybe<Scalars['String']['output']>;
  /** Where the claim is */
  status: ClaimStatus;
  /** The team the costs were made for */
  team: Team;
  /** The sum of the items */
  total: Money;
  /** Send this back on submit or decision; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The claimant */
  volunteer: Volunteer;
};

/** One page of ExpenseClaim items (a Relay connection): ask for the next with first and after set to pageInfo.endCursor */
export type ExpenseClaimConnection = {
  __typename?: 'ExpenseClaimConnection';
  /** The items on this page with their cursors, in the order the query documents */
  edges: Array<ExpenseClaimEdge>;
  /** Whether more items follow and the cursor to ask for them */
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

/** One ExpenseClaim on a page of a ExpenseClaimConnection, with its cursor */
export type ExpenseClaimEdge = {
  __typename?: 'ExpenseClaimEdge';
  /** Opaque position of this item; pass it as after to get the items that follow it */
  cursor: Scalars['String']['output'];
  /** The ExpenseClaim itself */
  node: ExpenseClaim;
};

/** One cost of a claim, with its receipt */
export type ExpenseClaimItem = {
  __typename?: 'ExpenseClaimItem';
  /** The amount on the receipt */
  amount: Money;
  /** What it was for */
  category: ExpenseCategory;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Own costs count towards the allowance caps in the month they were made; an advance for the foundation never does */
  kind: ClaimItemKind;
  /** The uploaded receipt file, as the server checked it; for the claimant, admins and the coordinators who decide on the claim */
  receipt?: Maybe<ExpenseClaimReceipt>;
  /** Where the receipt file is kept */
  receiptRef: Scalars['String']['output'];
  /** SHA-256 of the receipt file, so a changed receipt is noticed */
  receiptSha256: Scalars['String']['output'];
  /** The day it was spent, a date in Europe/Amsterdam */
  spentOn: Scalars['LocalDate']['output'];
};

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

/** The receipt file of a claim item, as the server checked it */
export type ExpenseClaimReceipt = {
  __typename?: 'ExpenseClaimReceipt';
  /** What the file is, judged by its bytes: application/pdf, image/jpeg, image/png or image/heic */
  contentType: Scalars['String']['output'];
  /** SHA-256 of the file as the server received it, hexadecimal */
  sha256: Scalars['String']['output'];
  /** Size in bytes */
  size: Scalars['Int']['output'];
  /** When the file was received; a new upload replaces it */
  uploadedAt: Scalars['DateTime']['output'];
  /** A link that shows the file for a few minutes; for the claimant, admins and the coordinators who decide on the claim */
  viewUrl?: Maybe<Scalars['String']['output']>;
};

/** A message that could not be sent after every try (a dead letter): for admins, without its text or address */
export type FailedMessage = {
  __typename?: 'FailedMessage';
  /** How many times sending was tried */
  attempts: Scalars['Int']['output'];
  /** When the event was turned into a message */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the event the message is about */
  eventId: Scalars['ID']['output'];
  /** When the last try failed and the message was given up */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id of the message */
  id: Scalars['ID']['output'];
  /** What kind of message it is */
  kind: MessageKind;
  /** The mail server's last answer (any e-mail address in it left out) */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The request for a team whose requester the message is for (answers to requests only; else null) */
  requestId?: Maybe<Scalars['ID']['output']>;
  /** The type of the event it was made from, e.g. HoursApproved */
  template: Scalars['String']['output'];
  /** The person the message is for; null for an answer to a requester, who is not a platform user (see requestId) */
  volunteer?: Maybe<Volunteer>;
};

/** One page of FailedMessage items (a Relay connection): ask for the next with first and after set to pageInfo.endCursor */
export type FailedMessageConnection = {
  __typename?: 'FailedMessageConnection';
  /** The items on this page with their cursors, in the order the query documents */
  edges: Array<FailedMessageEdge>;
  /** Whether more items follow and the cursor to ask for them */
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

/** One FailedMessage on a page of a FailedMessageConnection, with its cursor */
export type FailedMessageEdge = {
  __typename?: 'FailedMessageEdge';
  /** Opaque position of this item; pass it as after to get the items that follow it */
  cursor: Scalars['String']['output'];
  /** The FailedMessage itself */
  node: FailedMessage;
};

/** A problem with one field of an input */
export type FieldProblem = {
  __typename?: 'FieldProblem';
  /** The field, e.g. email or a CSV column name */
  field: Scalars['String']['output'];
  /** What is wrong with it */
  message: Scalars['String']['output'];
};

/** A person’s allowances apart from reimbursed costs, per month, with the year’s caps; for their records and municipality (the person and admins) */
export type FinancialStatement = {
  __typename?: 'FinancialStatement';
  /** Advances for the foundation for the months shown, in total: not income, not counted towards the caps */
  advancesForFoundation: Money;
  /** Allowances paid for the months shown, in total */
  allowance: Money;
  /** What the caps count for the months shown, in total */
  countedTowardsCaps: Money;
  /** Allowances the person declared from other organisations this year */
  declaredElsewhere: Money;
  /** Whether the limits of the year are confirmed (false also when there are none) */
  limitsConfirmed: Scalars['Boolean']['output'];
  /** Set when the statement is for one month */
  month?: Maybe<Scalars['Int']['output']>;
  /** The fiscal cap per month for the year; null when no limits are entered for it */
  monthlyCap?: Maybe<Money>;
  /** Every month of the year, January first (months without payments show zero); only the one month when month is set */
  months: Array<FinancialStatementMonth>;
  /** The person’s own costs reimbursed for the months shown, in total */
  ownCosts: Money;
  /** The statement as a PDF in Dutch */
  pdf: GeneratedFile;
  /** The calendar year of the statement */
  year: Scalars['Int']['output'];
  /** The fiscal cap per year; null when no limits are entered for it */
  yearlyCap?: Maybe<Money>;
};

/** One month of a financial statement; all amounts in euros (Money, in cents) */
export type FinancialStatementMonth = {
  __typename?: 'FinancialStatementMonth';
  /** Advances for the foundation: not income, not counted towards the caps */
  advancesForFoundation: Money;
  /** Allowances paid for the month */
  allowance: Money;
  /** Allowances plus own costs made under an allowance arrangement: what the caps count */
  countedTowardsCaps: Money;
  /** 1–12 */
  month: Scalars['Int']['output'];
  /** The person’s own costs reimbursed, by the day they were made */
  ownCosts: Money;
};

/** Approved hours in the 12 months from the team’s start against the promise of 5,000–10,000 */
export type FirstYearProgress = {
  __typename?: 'FirstYearProgress';
  /** Hours approved so far in the 12 months */
  approvedHours: Scalars['Float']['output'];
  /** The team's first day, where the 12 months start */
  from: Scalars['LocalDate']['output'];
  /** The high end of the promise: 10,000 hours */
  highTarget: Scalars['Int']['output'];
  /** Hours per week needed from today to reach 10,000 */
  hoursPerWeekNeededForHigh?: Maybe<Scalars['Float']['output']>;
  /** Hours per week needed from today to reach 5,000; empty when reached or over */
  hoursPerWeekNeededForLow?: Maybe<Scalars['Float']['output']>;
  /** The low end of the promise: 5,000 hours */
  lowTarget: Scalars['Int']['output'];
  /** Where the team stands against the low end */
  status: PromiseStatus;
  /** The last day of the first year */
  until: Scalars['LocalDate']['output'];
};

/** A month's flat allowance that, per approved hour, is above the hourly maximum for the person's age (or no hours were approved) */
export type FlatAllowanceWarning = {
  __typename?: 'FlatAllowanceWarning';
  /** The flat allowance of the month */
  amount: Money;
  /** Minutes approved that month in the team */
  approvedMinutes: Scalars['Int']['output'];
  /** The allowance */
  id: Scalars['ID']['output'];
  /** Whether the limits of the year are confirmed (false also when there are none) */
  limitsConfirmed: Scalars['Boolean']['output'];
  /** The hourly maximum for the person’s age */
  maxHourly: Money;
  /** The month of work, e.g. 2026-03 */
  month: Scalars['String']['output'];
  /** The allowance per approved hour; null without approved hours */
  perHour?: Maybe<Money>;
  /** The team of the arrangement */
  team: Team;
  /** The volunteer it is for */
  volunteer: Volunteer;
};

/** What was measured some months after the hand-over */
export type FollowUpMeasurement = {
  __typename?: 'FollowUpMeasurement';
  /** How the team and the neighbourhood hold together, in the foundation’s words */
  cohesionNote: Scalars['String']['output'];
  /** Volunteer hours in the three months before that day */
  hoursLastThreeMonths: Scalars['Float']['output'];
  /** The day it was measured */
  measuredOn: Scalars['LocalDate']['output'];
  /** Months after the hand-over: 12 or 24 */
  monthsAfterHandOver: Scalars['Int']['output'];
  /** When it was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Members still active on that day */
  stillActiveMembers?: Maybe<Scalars['Int']['output']>;
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

/** Money a funder commits for teams or neighbourhoods, against an agreed social return */
export type FundingAgreement = {
  __typename?: 'FundingAgreement';
  /** Allocated to team budgets so far, net of reversals (admins) */
  allocated?: Maybe<Money>;
  /** What the agreement has put into each team budget, by year, team and category (admins) */
  allocations?: Maybe<Array<AgreementAllocation>>;
  /** The amount the funder commits */
  amount: Money;
  /** The last day of the period, a date in Europe/Amsterdam */
  endsOn: Scalars['LocalDate']['output'];
  /** The partner organisation that funds it */
  funder: Partner;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** What the agreement’s teams achieved over its period so far, beside the promised return (admins, the funder) */
  impact?: Maybe<ImpactReport>;
  /** The agreement’s impact report over its period so far as a PDF in Dutch (admins, the funder) */
  impactReportPdf?: Maybe<GeneratedFile>;
  /** The instalments agreed, by date, with their invoices (admins and the funder) */
  instalments?: Maybe<Array<FundingInstalment>>;
  /** Neighbourhoods it covers (all teams working there) */
  neighbourhoods: Array<Neighbourhood>;
  /** Its share of each team’s and neighbourhood’s financing per year, derived from the agreements’ amounts and periods (admins and the funder) */
  shares?: Maybe<Array<FundingShare>>;
  /** Agreed social return in cents per euro, e.g. 190 for "€1.90 back per €1" */
  socialReturnCentsPerEuro: Scalars['Int']['output'];
  /** The first day of the period, a date in Europe/Amsterdam */
  startsOn: Scalars['LocalDate']['output'];
  /** Teams it covers by name */
  teams: Array<Team>;
  /** The agreement’s name */
  title: Scalars['String']['output'];
  /** What is left to allocate: the amount less what is allocated (admins) */
  unallocated?: Maybe<Money>;
  /** The agreement’s version, 1 when created */
  version: Scalars['Int']['output'];
};

/** An instalment of a pre-financed funding agreement, as agreed with the funder */
export type FundingInstalment = {
  __typename?: 'FundingInstalment';
  /** The agreed amount */
  amount: Money;
  /** The agreed date */
  dueOn: Scalars['LocalDate']['output'];
  /** The instalment’s ID */
  id: Scalars['ID']['output'];
  /** Its invoice, once sent */
  invoice?: Maybe<FundingInvoice>;
};

/** The foundation’s invoice to a funder for one instalment */
export type FundingInvoice = {
  __typename?: 'FundingInvoice';
  /** The agreement it is for */
  agreement?: Maybe<FundingAgreement>;
  /** The amount invoiced */
  amount: Money;
  /** Days past the due date while not fully paid; 0 otherwise */
  daysOverdue: Scalars['Int']['output'];
  /** The day it is to be paid by; later it counts as overdue */
  dueOn: Scalars['LocalDate']['output'];
  /** The invoice’s ID */
  id: Scalars['ID']['output'];
  /** The invoice date, a date in Europe/Amsterdam */
  issuedOn: Scalars['LocalDate']['output'];
  /** Unique, e.g. BV-2026-0001; the funder names it in the transfer */
  number: Scalars['String']['output'];
  /** Still to be paid */
  open: Money;
  /** The payments received against it, oldest first */
  payments: Array<FundingPaymentReceived>;
  /** Received so far */
  received: Money;
  /** Derived from what was received against the amount */
  status: FundingInvoiceStatus;
};

/** How far a funding invoice is paid */
export type FundingInvoiceStatus =
  /** Nothing received yet */
  | 'OPEN'
  /** Received in full */
  | 'PAID'
  /** Part received, part still open */
  | 'PARTLY_PAID';

/** A funder’s payment of an invoice, as the bank statement showed it */
export type FundingPaymentReceived = {
  __typename?: 'FundingPaymentReceived';
  /** The amount received */
  amount: Money;
  /** The bank’s reference of the booking */
  bankReference: Scalars['String']['output'];
  /** The payment’s ID */
  id: Scalars['ID']['output'];
  /** The day the bank booked it, as on the statement */
  receivedOn: Scalars['LocalDate']['output'];
};

/** An agreement’s share of what a team or neighbourhood is financed with in a year */
export type FundingShare = {
  __typename?: 'FundingShare';
  /** Hundredths of a percent: 10000 is the whole */
  basisPoints: Scalars['Int']['output'];
  /** The neighbourhood, when the agreement names it */
  neighbourhood?: Maybe<Neighbourhood>;
  /** The team, when the agreement names it */
  team?: Maybe<Team>;
  /** The calendar year (Europe/Amsterdam) */
  year: Scalars['Int']['output'];
};

/** A small generated document, inline */
export type GeneratedFile = {
  __typename?: 'GeneratedFile';
  /** The file’s bytes, base64-encoded */
  base64: Scalars['String']['output'];
  /** Size of the decoded file in bytes */
  byteSize: Scalars['Int']['output'];
  /** The media type, e.g. application/pdf */
  contentType: Scalars['String']['output'];
  /** A Dutch file name to save the decoded bytes under, e.g. buurtvolk-vergoedingen-2026.pdf */
  fileName: Scalars['String']['output'];
};

/** An hourly allowance that waits, with the reason; paid automatically, as far as it fits, once the reason is gone */
export type HeldAllowance = {
  __typename?: 'HeldAllowance';
  /** What waits (a part may already be paid) */
  amount: Money;
  /** When it was first held */
  heldSince: Scalars['DateTime']['output'];
  /** The day of the approved hours */
  hoursOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The held allowance */
  id: Scalars['ID']['output'];
  /** Whether the limits of the year are confirmed (false also when there are none) */
  limitsConfirmed: Scalars['Boolean']['output'];
  /** The reason with its figures, in English */
  message: Scalars['String']['output'];
  /** The month of the hours, e.g. 2026-03 */
  month: Scalars['String']['output'];
  /** Why it waits */
  reason: HeldAllowanceReason;
  /** The team of the arrangement */
  team: Team;
  /** The volunteer it is for */
  volunteer: Volunteer;
};

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

/** Time a volunteer put in on one day on one theme; a coordinator of the team approves or rejects it, and an approved entry is locked */
export type HourEntry = {
  __typename?: 'HourEntry';
  /** When it was last approved, rejected or revoked; null while submitted */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What was done, in the volunteer's words; null when nothing was written or after the person was erased */
  description?: Maybe<Scalars['String']['output']>;
  /** The day worked, a date in Europe/Amsterdam */
  entryDate: Scalars['LocalDate']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Time worked in minutes, 15 to 1440 */
  minutes: Scalars['Int']['output'];
  /** Why it was rejected or its approval revoked; null otherwise */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Submitted, approved or rejected */
  status: HourEntryStatus;
  /** The team the hours were for */
  team: Team;
  /** The theme worked on */
  theme: Theme;
  /** Send this back on change or decision; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The person whose hours these are */
  volunteer: Volunteer;
};

/** One page of HourEntry items (a Relay connection): ask for the next with first and after set to pageInfo.endCursor */
export type HourEntryConnection = {
  __typename?: 'HourEntryConnection';
  /** The items on this page with their cursors, in the order the query documents */
  edges: Array<HourEntryEdge>;
  /** Whether more items follow and the cursor to ask for them */
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

/** One HourEntry on a page of a HourEntryConnection, with its cursor */
export type HourEntryEdge = {
  __typename?: 'HourEntryEdge';
  /** Opaque position of this item; pass it as after to get the items that follow it */
  cursor: Scalars['String']['output'];
  /** The HourEntry itself */
  node: HourEntry;
};

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

/** Volunteer hours of one calendar year */
export type HoursSummary = {
  __typename?: 'HoursSummary';
  /** People with approved hours in the year; hidden by the small-numbers rule (README) */
  activeVolunteers?: Maybe<Scalars['Int']['output']>;
  /** Approved hours in the year */
  approvedHours: Scalars['Float']['output'];
  /** Hours per month that has any, earliest first */
  byMonth: Array<MonthHours>;
  /** Hours per theme that has any, by theme name */
  byTheme: Array<ThemeHours>;
  /** Residents reached by activities done in the year */
  residentsReached: Scalars['Int']['output'];
  /** Hours registered in the year and still waiting for approval */
  submittedHours: Scalars['Float']['output'];
  /** The calendar year (Europe/Amsterdam) */
  year: Scalars['Int']['output'];
};

/** Activities completed in the period */
export type ImpactActivities = {
  __typename?: 'ImpactActivities';
  /** Activities completed */
  completed: Scalars['Int']['output'];
  /** Residents reached by them (head counts, not registered people) */
  residentsReached: Scalars['Int']['output'];
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

/** What one actor pays and gains (discounted, at the price level); transfers (allowances) are shown apart and add up to zero over the actors */
export type ImpactActorEffect = {
  __typename?: 'ImpactActorEffect';
  /** Whose costs and gains these are */
  actor: ImpactActor;
  /** Valued effects this actor gains, transfers it receives included */
  gains: Money;
  /** gains − pays */
  net: Money;
  /** Costs this actor bears, transfers it pays included */
  pays: Money;
  /** Of pays: transfers to another actor (allowances) */
  transfersPaid: Money;
  /** Of gains: transfers from another actor (allowances) */
  transfersReceived: Money;
};

/** The social return a funding agreement promised */
export type ImpactAgreedReturn = {
  __typename?: 'ImpactAgreedReturn';
  /** The funding agreement (FundingAgreement.id) */
  agreementId: Scalars['ID']['output'];
  /** Cents back per euro, e.g. 190 */
  centsPerEuro: Scalars['Int']['output'];
  /** As a ratio, e.g. 1.9 */
  ratio: Scalars['Float']['output'];
  /** The agreement’s name */
  title: Scalars['String']['output'];
};

/** How much of the benefits a funding agreement may claim: per year its share of the costs in the same period and area; co-funders’ shares add up to the whole */
export type ImpactAttribution = {
  __typename?: 'ImpactAttribution';
  /** The funding agreement the report is about (FundingAgreement.id) */
  agreementId: Scalars['ID']['output'];
  /** The benefits attributed to this agreement (discounted); what totalBenefits shows */
  attributedBenefits: Money;
  /** The rule in words (English) */
  ruleEn: Scalars['String']['output'];
  /** The rule in words (Dutch) */
  ruleNl: Scalars['String']['output'];
  /** Attributed benefits / whole benefits × 100 (discounted), two decimals */
  sharePercent: Scalars['Float']['output'];
  /** The benefits of the agreement’s teams before attribution (discounted) */
  wholeBenefits: Money;
  /** The agreement’s share per year of its period */
  years: Array<ImpactAttributionYear>;
};

/** What an agreement’s share of a year is taken of */
export type ImpactAttributionBasis =
  /** Its booked costs over all agreements’ booked costs on the same teams that year */
  | 'BOOKED_COSTS'
  /** No costs booked that year: its committed money (spread over its days) over all agreements financing the same teams */
  | 'COMMITTED_FUNDING'
  /** Neither costs nor committed money that year: nothing is attributed */
  | 'NONE';

/** A funding agreement’s share of one year */
export type ImpactAttributionYear = {
  __typename?: 'ImpactAttributionYear';
  /** The agreement’s booked costs (or committed money) that year, nominal */
  agreementAmount: Money;
  /** All agreements’ booked costs (or committed money) on the same teams that year, nominal */
  areaAmount: Money;
  /** What the share of this year is taken of */
  basis: ImpactAttributionBasis;
  /** agreementAmount / areaAmount × 100, two decimals */
  sharePercent: Scalars['Float']['output'];
  /** A calendar year of the agreement’s period */
  year: Scalars['Int']['output'];
};

/** The baseline of one neighbourhood as the report used it */
export type ImpactBaselineUsed = {
  __typename?: 'ImpactBaselineUsed';
  /** The baseline hours of this report’s teams in this neighbourhood */
  baselineHours: Scalars['Float']['output'];
  /** Hours a year assumed given anyway (pro rata over the period) */
  hoursPerYear?: Maybe<Scalars['Float']['output']>;
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['output'];
  /** Percent of the gross hours assumed given anyway */
  sharePercent?: Maybe<Scalars['Float']['output']>;
  /** Where the assumption comes from (study, survey, own count) */
  source: Scalars['String']['output'];
  /** The year of the source */
  sourceYear: Scalars['Int']['output'];
};

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

/** What the effects are worth to one beneficiary, discounted to the base year */
export type ImpactBeneficiaryValue = {
  __typename?: 'ImpactBeneficiaryValue';
  /** Who gains */
  beneficiary: ImpactBeneficiary;
  /** Present value of their effects at the central prices */
  value: Money;
  /** The same at the high end of the price ranges */
  valueHigh: Money;
  /** The same at the low end of the price ranges */
  valueLow: Money;
};

/** Whether a change is shown beyond chance by its 95 % confidence interval */
export type ImpactChangeEvidence =
  /** Aantoonbaar: the whole 95 % interval lies on one side of 0 */
  | 'DEMONSTRABLE'
  /** No interval: the spread of the answers was not recorded, or there is nothing to compare with */
  | 'NOT_ASSESSED'
  /** Niet aantoonbaar: the 95 % interval includes 0, so the change may be chance */
  | 'NOT_DEMONSTRABLE';

/** One wave of the neighbourhood survey; hidden from partners with fewer than 10 respondents */
export type ImpactCohesionWave = {
  __typename?: 'ImpactCohesionWave';
  /** Whether the change since the baseline is demonstrable (its interval excludes 0); null for the baseline wave and hidden waves */
  changeEvidence?: Maybe<ImpactChangeEvidence>;
  /** Cohesion score minus the baseline’s */
  changeSinceBaseline?: Maybe<Scalars['Float']['output']>;
  /** 95 % confidence interval of the change since the baseline (two independent samples, Welch); null for the baseline itself or without both spreads */
  changeSinceBaselineInterval?: Maybe<ImpactConfidenceInterval>;
  /** Movisie's five characteristics of 'Een buurt voor iedereen' */
  characteristics?: Maybe<Array<SurveyItemScore>>;
  /** CBS social cohesion scale, 0–10 */
  cohesionScore?: Maybe<Scalars['Float']['output']>;
  /** 95 % confidence interval of the cohesion score; null without a recorded spread or when hidden */
  cohesionScoreInterval?: Maybe<ImpactConfidenceInterval>;
  /** Standard deviation of the respondents’ cohesion scores (0–10); null when not recorded or hidden */
  cohesionScoreStandardDeviation?: Maybe<Scalars['Float']['output']>;
  /** The day the fieldwork took place, a date in Europe/Amsterdam */
  fieldedOn: Scalars['LocalDate']['output'];
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['output'];
  /** Respondents; null when the wave is hidden */
  sampleSize?: Maybe<Scalars['Int']['output']>;
  /** The five statements of the CBS cohesion scale; null when the wave is hidden */
  statements?: Maybe<Array<SurveyItemScore>>;
  /** The survey wave (NeighbourhoodSurvey.id) */
  surveyId: Scalars['ID']['output'];
  /** Baseline or follow-up */
  wave: SurveyWave;
};

/** A 95 % confidence interval around a mean or a change of means */
export type ImpactConfidenceInterval = {
  __typename?: 'ImpactConfidenceInterval';
  /** The confidence level in percent (95) */
  confidencePercent: Scalars['Int']['output'];
  /** The multiplier of the standard error (t or 1.96) */
  criticalValue: Scalars['Float']['output'];
  /** Degrees of freedom of the t distribution (Welch’s for a change between two waves); null for the normal approximation */
  degreesOfFreedom?: Maybe<Scalars['Float']['output']>;
  /** Upper bound, on the figure’s own scale */
  high: Scalars['Float']['output'];
  /** Lower bound, on the figure’s own scale */
  low: Scalars['Float']['output'];
  /** Where the multiplier comes from */
  method: ImpactIntervalMethod;
  /** Standard error of the figure */
  standardError: Scalars['Float']['output'];
};

/** Social cost-benefit summary (MKBA): costs from the ledger against the monetised effects */
export type ImpactCostBenefit = {
  __typename?: 'ImpactCostBenefit';
  /** Per actor what it pays and gains, transfers marked */
  actors: Array<ImpactActorEffect>;
  /** What the funding agreements in scope promised, beside the ratio */
  agreedReturns: Array<ImpactAgreedReturn>;
  /** A funding agreement’s share of the benefits; null for a neighbourhood, team or the country (the whole) */
  attribution?: Maybe<ImpactAttribution>;
  /** The year values are discounted to */
  baseYear: Scalars['Int']['output'];
  /** Percent of the informal-help hours counted as given anyway (baseline); 0 while no baseline is recorded, so every hour counts as extra */
  baselinePercent: Scalars['Float']['output'];
  /** Benefits per euro of cost; null without costs */
  benefitCostRatio?: Maybe<Scalars['Float']['output']>;
  /** totalBenefitsHigh per euro of cost; null without costs */
  benefitCostRatioHigh?: Maybe<Scalars['Float']['output']>;
  /** totalBenefitsLow per euro of cost; null without costs */
  benefitCostRatioLow?: Maybe<Scalars['Float']['output']>;
  /** The present value of the benefits per beneficiary (in a funding agreement’s report its share) */
  benefitsByBeneficiary: Array<ImpactBeneficiaryValue>;
  /** The costs per payer, year and budget category */
  costs: Array<ImpactCostLine>;
  /** False when no costs are booked for the period: then there is no ratio, and netPresentValue (the benefits alone) is no net present value; the notes say so */
  costsRecorded: Scalars['Boolean']['output'];
  /** The yearly discount rate in percent the summary uses */
  discountRatePercent: Scalars['Float']['output'];
  /** The effects per year, category, theme and beneficiary, valued where a price is published */
  effects: Array<ImpactEffectLine>;
  /** Discounted benefits minus discounted costs */
  netPresentValue: Money;
  /** totalBenefitsHigh minus totalCosts */
  netPresentValueHigh: Money;
  /** totalBenefitsLow minus totalCosts */
  netPresentValueLow: Money;
  /** The method in plain words: what is valued, unpriced, the baseline, attribution, transfers */
  notes: Array<ImpactReportNote>;
  /** The index and factor of every year a price or cost of the summary is in */
  priceIndex: Array<ImpactPriceIndexFactor>;
  /** The base of the consumer price index used, e.g. "2015=100" */
  priceIndexBase?: Maybe<Scalars['String']['output']>;
  /** The price level (prijspeil) every price and cost is indexed to with the CPI: the price year asked for, or the latest year before it with an index; null when no index is stored (then all amounts are nominal) */
  priceLevelYear?: Maybe<Scalars['Int']['output']>;
  /** The price year asked for; each line says the year of the price it used */
  priceYear: Scalars['Int']['output'];
  /** The ratio under other assumptions: prices low and high, baseline 0 and 50 % higher, discount rate 0 % and 4 % */
  sensitivity: Array<ImpactSensitivityResult>;
  /** Costs for society: totalCosts less the transfers within them (allowances) */
  societyCosts: Money;
  /** totalBenefits − societyCosts: the sum of the actors’ net, the same with or without transfers */
  societyNetPresentValue: Money;
  /** Present value of the valued effects, discounted to baseYear; in a funding agreement’s report its share */
  totalBenefits: Money;
  /** The same at the high end of the price ranges */
  totalBenefitsHigh: Money;
  /** The same at the low end of the price ranges */
  totalBenefitsLow: Money;
  /** Present value of the costs: at the price level, discounted to baseYear */
  totalCosts: Money;
  /** The transfers (allowances) per year and payer, undiscounted; in an agreement’s report its share */
  transfers: Array<ImpactTransferLine>;
  /** Effects counted but not valued: no published price (or the figure is hidden) */
  unpricedEffects: Array<ImpactEffectCategory>;
  /** Effects counted and valued with a published price */
  valuedEffects: Array<ImpactEffectCategory>;
};

/** Money allocated from funding agreements to the teams’ budgets in one year and category */
export type ImpactCostLine = {
  __typename?: 'ImpactCostLine';
  /** As booked, in the prices of its year (nominal) */
  amount: Money;
  /** The amount at the report’s price level (amount × indexFactor, whole cents); what the totals add up */
  amountAtPriceLevel: Money;
  /** Ledger bookings behind the amount */
  bookings: Scalars['Int']['output'];
  /** Budget category the money was allocated to */
  category: Scalars['String']['output'];
  /** CPI of the price level divided by the CPI of the cost’s year (4 decimals); null when either year has no index, and then the cost counts nominal */
  indexFactor?: Maybe<Scalars['Float']['output']>;
  /** Who paid: the actor of the funding agreement’s partner (FOUNDATION_OTHER when unknown) */
  payer: ImpactActor;
  /** The year the cost was booked in */
  year: Scalars['Int']['output'];
};

/** One table of the report as CSV (semicolon-separated, decimal comma, Dutch headers; "x" is a hidden cell) */
export type ImpactCsvTable = {
  __typename?: 'ImpactCsvTable';
  /** The CSV text, UTF-8 with BOM */
  content: Scalars['String']['output'];
  /** A file name for it, e.g. buurtvolk-team-2026-kerncijfers.csv */
  fileName: Scalars['String']['output'];
  /** What the table holds, in Dutch, e.g. kerncijfers */
  name: Scalars['String']['output'];
};

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

/** One effect: quantity × price = value, with the price’s source; value empty where no price is published */
export type ImpactEffectLine = {
  __typename?: 'ImpactEffectLine';
  /** The part of the value attributed to the report’s funding agreement (value × its share of that year); equal to value outside an agreement’s report */
  attributedValue?: Maybe<Money>;
  /** Who gains from it */
  beneficiary: ImpactBeneficiary;
  /** The sum written out, e.g. "6200.0 hour × €13.10 = €81220.00" */
  calculation: Scalars['String']['output'];
  /** What kind of effect */
  category: ImpactEffectCategory;
  /** CPI of the report’s price level divided by the CPI of the price year (4 decimals); null when either has no index or no price is published */
  indexFactor?: Maybe<Scalars['Float']['output']>;
  /** The price used: the published price at the report’s price level (publishedPrice × indexFactor, whole cents) */
  price?: Maybe<Money>;
  /** The ShadowPriceItem priced; empty when there is no price list */
  priceItem: Scalars['String']['output'];
  /** The year whose price level the published price is in */
  priceYear?: Maybe<Scalars['Int']['output']>;
  /** The price as published, in the prices of its price year */
  publishedPrice?: Maybe<Money>;
  /** Null when the figure itself is hidden (a group under 10) */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** Where the price comes from; "No price list" without one */
  source: Scalars['String']['output'];
  /** The theme of the hours, for INFORMAL_HELP; null for other categories */
  theme?: Maybe<Theme>;
  /** What one unit of the quantity is, e.g. "hour" */
  unit: Scalars['String']['output'];
  /** quantity × price, undiscounted; null when not valued (no published price or a hidden quantity) */
  value?: Maybe<Money>;
  /** quantity × the high end of the price range; null without one */
  valueHigh?: Maybe<Money>;
  /** quantity × the low end of the price range; null without one */
  valueLow?: Maybe<Money>;
  /** The year the effect happened in */
  year: Scalars['Int']['output'];
};

/** Gross volunteer hours, the hours that would have been given anyway (baseline, nulalternatief) and the net extra hours the promise and the MKBA use */
export type ImpactExtraHours = {
  __typename?: 'ImpactExtraHours';
  /** Of those, the hours assumed given anyway; 0 where no baseline is recorded */
  baselineHours: Scalars['Float']['output'];
  /** The recorded baselines of the neighbourhoods in scope, with their sources */
  baselines: Array<ImpactBaselineUsed>;
  /** Approved volunteer hours (coaches’ hours never count); the same as totalHours */
  grossHours: Scalars['Float']['output'];
  /** Neighbourhoods in scope without a recorded baseline: there every hour counts as extra */
  neighbourhoodsWithoutBaseline: Array<Scalars['ID']['output']>;
  /** grossHours − baselineHours */
  netHours: Scalars['Float']['output'];
  /** How the net hours are made, in words (English) */
  noteEn: Scalars['String']['output'];
  /** How the net hours are made, in words (Dutch) */
  noteNl: Scalars['String']['output'];
};

/** Progress against the promise of 5,000–10,000 extra hours in a neighbourhood’s first year */
export type ImpactHoursPromise = {
  __typename?: 'ImpactHoursPromise';
  /** Hours assumed given anyway in the first year (the neighbourhood’s baseline; 0 without one) */
  baselineHours: Scalars['Float']['output'];
  /** The pro-rata share of the minimum due by today (all of it once the year is over) */
  expectedByNow: Scalars['Float']['output'];
  /** The first team’s start */
  from?: Maybe<Scalars['LocalDate']['output']>;
  /** Approved volunteer hours before the baseline is taken off */
  grossHours: Scalars['Float']['output'];
  /** Net extra hours: gross hours less the baseline (what the promise is about) */
  hours: Scalars['Float']['output'];
  /** The most extra hours promised: 10,000 */
  maximumHours: Scalars['Int']['output'];
  /** The fewest extra hours promised: 5,000 */
  minimumHours: Scalars['Int']['output'];
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['output'];
  /** Hours as a percentage of the minimum */
  percentOfMinimum: Scalars['Float']['output'];
  /** How the promise stands */
  status: ImpactPromiseStatus;
  /** The last day of the first year; null before a team started */
  until?: Maybe<Scalars['LocalDate']['output']>;
};

/** Residents helped by the teams’ informal-care activities (theme INFORMAL_CARE): head counts, not registered people */
export type ImpactInformalCare = {
  __typename?: 'ImpactInformalCare';
  /** Completed activities on the INFORMAL_CARE theme */
  activities: Scalars['Int']['output'];
  /** Residents they reached (head counts; a resident helped twice counts twice); part of activities.residentsReached */
  residentsHelped: Scalars['Int']['output'];
};

/** How the 95 % interval’s multiplier was found */
export type ImpactIntervalMethod =
  /** The normal distribution (1.96): every sample of 30 or more, where t and normal differ by under 5 % */
  | 'NORMAL_APPROXIMATION'
  /** Student’s t with the degrees of freedom shown: samples under 30, where the normal curve would make the interval too narrow */
  | 'T_DISTRIBUTION';

/** The neighbourhoods’ Leefbaarometer scores as context: never claimed as the teams’ effect, never valued in the MKBA */
export type ImpactLiveability = {
  __typename?: 'ImpactLiveability';
  /** Per neighbourhood in scope with an imported score */
  neighbourhoods: Array<ImpactLiveabilityNeighbourhood>;
  /** Why this is context and not an effect, in English */
  noteEn: Scalars['String']['output'];
  /** Why this is context and not an effect, in Dutch */
  noteNl: Scalars['String']['output'];
};

/** The Leefbaarometer editions of one neighbourhood of the report */
export type ImpactLiveabilityNeighbourhood = {
  __typename?: 'ImpactLiveabilityNeighbourhood';
  /** Its imported editions, oldest first */
  editions: Array<LiveabilityScore>;
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['output'];
};

/** Loneliness of consenting team members on the six-item De Jong Gierveld scale (lonely: score 2 or more), in the report’s last year; only shown for groups of 10 or more */
export type ImpactLoneliness = {
  __typename?: 'ImpactLoneliness';
  /** NOT_ASSESSED: the counts sent carry no pairing per person, so no interval of the change is given; compare the intervals of the share instead */
  changeEvidence: ImpactChangeEvidence;
  /** lonelyLatestPercent − lonelyAtIntakePercent, in percentage points (negative: fewer lonely) */
  changePoints?: Maybe<Scalars['Float']['output']>;
  /** 95 % interval of lonelyPercent (Wilson); null under 10 */
  interval?: Maybe<ImpactShareInterval>;
  /** Percent of the paired people lonely at intake */
  lonelyAtIntakePercent?: Maybe<Scalars['Float']['output']>;
  /** Percent of the paired people lonely at their latest check */
  lonelyLatestPercent?: Maybe<Scalars['Float']['output']>;
  /** Percent of them lonely (score 2 or more); null under 10 */
  lonelyPercent?: Maybe<Scalars['Float']['output']>;
  /** People with a check in the year (their latest counts); null under 10 */
  measured?: Maybe<Scalars['Int']['output']>;
  /** People with an intake check and a later one (the change is over them); null under 10 */
  paired?: Maybe<Scalars['Int']['output']>;
  /** The year the figures are of */
  year: Scalars['Int']['output'];
};

/** The figures of one month of the period */
export type ImpactMonth = {
  __typename?: 'ImpactMonth';
  /** Activities completed in the month */
  activitiesCompleted: Scalars['Int']['output'];
  /** Approved volunteer hours */
  hours: Scalars['Float']['output'];
  /** YYYY-MM (Europe/Amsterdam) */
  month: Scalars['String']['output'];
  /** Residents reached by the activities completed (head counts, not registered people) */
  residentsReached: Scalars['Int']['output'];
};

/** All neighbourhoods in one year (admins) */
export type ImpactNationalOverview = {
  __typename?: 'ImpactNationalOverview';
  /** One row per neighbourhood with teams */
  neighbourhoods: Array<ImpactNeighbourhoodRow>;
  /** The report of the whole country */
  total: ImpactReport;
  /** The calendar year */
  year: Scalars['Int']['output'];
};

/** One neighbourhood’s figures in the national overview */
export type ImpactNeighbourhoodRow = {
  __typename?: 'ImpactNeighbourhoodRow';
  /** Members and coordinators of its teams active in the year */
  activeVolunteers?: Maybe<Scalars['Int']['output']>;
  /** Of those, assumed given anyway (the neighbourhood’s baseline) */
  baselineHours: Scalars['Float']['output'];
  /** Certificates earned by its teams’ members in the year */
  certificates?: Maybe<Scalars['Int']['output']>;
  /** Gross approved volunteer hours */
  hours: Scalars['Float']['output'];
  /** The neighbourhood */
  neighbourhood: Neighbourhood;
  /** Net extra hours: hours − baselineHours */
  netHours: Scalars['Float']['output'];
  /** How the promise of hours for its first year stands */
  promiseStatus: ImpactPromiseStatus;
  /** Residents reached by completed activities (head counts) */
  residentsReached: Scalars['Int']['output'];
};

/** Team members who moved into paid work, education or a training path (recorded with their consent); counted, never listed. Under 10 hidden from partners (null), as is any count that would reveal one */
export type ImpactParticipation = {
  __typename?: 'ImpactParticipation';
  /** Of them, into education */
  education?: Maybe<Scalars['Int']['output']>;
  /** Of them, into paid work */
  paidWork?: Maybe<Scalars['Int']['output']>;
  /** People who moved on in the period (a person moving into two kinds counts once) */
  people?: Maybe<Scalars['Int']['output']>;
  /** Of them, into a training path */
  trainingPath?: Maybe<Scalars['Int']['output']>;
};

/** One year of the consumer price index as a report used it */
export type ImpactPriceIndexFactor = {
  __typename?: 'ImpactPriceIndexFactor';
  /** CPI of the price level / CPI of this year: what that year’s amounts are multiplied by */
  factor?: Maybe<Scalars['Float']['output']>;
  /** The CPI of that year; null when none is stored (then that year’s amounts stay nominal) */
  indexValue?: Maybe<Scalars['Float']['output']>;
  /** True when the year’s CPI is not CBS’s final figure yet */
  provisional?: Maybe<Scalars['Boolean']['output']>;
  /** A year a price or a cost of the report is in */
  year: Scalars['Int']['output'];
};

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

/** What teams achieved in a neighbourhood, team, funding agreement or the country, and what it is worth */
export type ImpactReport = {
  __typename?: 'ImpactReport';
  /** Activities completed and residents reached */
  activities: ImpactActivities;
  /** Survey waves of the neighbourhoods in scope, oldest first */
  cohesion: Array<ImpactCohesionWave>;
  /** The social cost-benefit analysis (MKBA) at a discount rate and price year */
  costBenefit: ImpactCostBenefit;
  /** Every table of this report as CSV, with Dutch column headers */
  csv: Array<ImpactCsvTable>;
  /** Gross hours, the baseline (hours given anyway) and the net extra hours */
  extraHours: ImpactExtraHours;
  /** Per neighbourhood in scope, the hours promised for its first year and how that stands */
  firstYearPromise: Array<ImpactHoursPromise>;
  /** The first day of the period, a date in Europe/Amsterdam */
  from: Scalars['LocalDate']['output'];
  /** The hours per theme */
  hoursByTheme: Array<ImpactThemeHours>;
  /** Residents helped by informal-care activities (head counts) */
  informalCare: ImpactInformalCare;
  /** The neighbourhoods’ Leefbaarometer scores: context, not the teams’ effect */
  liveability: ImpactLiveability;
  /** Share lonely (De Jong Gierveld) with its 95 % interval, and its change since intake */
  loneliness: ImpactLoneliness;
  /** The figures per month of the period */
  months: Array<ImpactMonth>;
  /** Team members who moved into paid work, education or a training path (counts only) */
  participation: ImpactParticipation;
  /** What the report is about */
  scope: ImpactScope;
  /** The neighbourhood, team or funding agreement; null for NATIONAL */
  scopeId?: Maybe<Scalars['ID']['output']>;
  /** Approved volunteer hours in the period, to one decimal (coaches’ hours never count) */
  totalHours: Scalars['Float']['output'];
  /** Certificates earned and the courses behind them */
  training: ImpactTraining;
  /** The last day of the period, a date in Europe/Amsterdam; for a funding agreement today at the latest */
  until: Scalars['LocalDate']['output'];
  /** Team members active, joined and left */
  volunteers: ImpactVolunteers;
  /** Participants’ wellbeing change since intake */
  wellbeing: ImpactWellbeing;
  /** The calendar year; null for a funding agreement’s whole period */
  year?: Maybe<Scalars['Int']['output']>;
};


/** What teams achieved in a neighbourhood, team, funding agreement or the country, and what it is worth */
export type ImpactReportCostBenefitArgs = {
  discountRatePercent?: Scalars['Float']['input'];
  priceYear?: InputMaybe<Scalars['Int']['input']>;
};


/** What teams achieved in a neighbourhood, team, funding agreement or the country, and what it is worth */
export type ImpactReportCsvArgs = {
  discountRatePercent?: Scalars['Float']['input'];
  priceYear?: InputMaybe<Scalars['Int']['input']>;
};

/** One point of the method in plain words, Dutch and English */
export type ImpactReportNote = {
  __typename?: 'ImpactReportNote';
  /** Which point of the method the note explains */
  code: ImpactReportNoteCode;
  /** The note in English */
  textEn: Scalars['String']['output'];
  /** The note in Dutch */
  textNl: Scalars['String']['output'];
};

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

/** The totals and the ratio under one sensitivity case */
export type ImpactSensitivityResult = {
  __typename?: 'ImpactSensitivityResult';
  /** The baseline of this case: percent of the informal-help hours counted as given anyway */
  baselinePercent: Scalars['Float']['output'];
  /** Benefits per euro of cost; null without costs */
  benefitCostRatio?: Maybe<Scalars['Float']['output']>;
  /** Which assumption is varied */
  case: ImpactSensitivityCase;
  /** The discount rate of this case, percent */
  discountRatePercent: Scalars['Float']['output'];
  /** Discounted benefits minus discounted costs */
  netPresentValue: Money;
  /** Discounted benefits at the report’s price level */
  totalBenefits: Money;
  /** Discounted costs at the report’s price level */
  totalCosts: Money;
};

/** A 95 % confidence interval of a share, in percent (Wilson score interval) */
export type ImpactShareInterval = {
  __typename?: 'ImpactShareInterval';
  /** The confidence level in percent (95) */
  confidencePercent: Scalars['Int']['output'];
  /** Upper bound in percent */
  highPercent: Scalars['Float']['output'];
  /** Lower bound in percent */
  lowPercent: Scalars['Float']['output'];
  /** How it is computed: "WILSON" (Wilson score interval, z = 1.96) */
  method: Scalars['String']['output'];
};

/** Approved volunteer hours on one theme */
export type ImpactThemeHours = {
  __typename?: 'ImpactThemeHours';
  /** Approved hour entries behind the hours */
  entries: Scalars['Int']['output'];
  /** Approved hours, to one decimal */
  hours: Scalars['Float']['output'];
  /** The theme’s name in English */
  labelEn: Scalars['String']['output'];
  /** The theme’s name in Dutch */
  labelNl: Scalars['String']['output'];
  /** The theme */
  theme: Theme;
};

/** Certificates earned in the period */
export type ImpactTraining = {
  __typename?: 'ImpactTraining';
  /** Certificates earned by team members; hidden from partners under 10 */
  certificates?: Maybe<Scalars['Int']['output']>;
  /** Different courses behind them */
  courses: Scalars['Int']['output'];
};

/** Money that moves between actors without using resources */
export type ImpactTransferKind =
  /** Volunteer allowances: from whoever financed the allowance budget to the volunteers */
  | 'ALLOWANCES';

/** A transfer between actors: a cost to one and an equal benefit to another, zero for society */
export type ImpactTransferLine = {
  __typename?: 'ImpactTransferLine';
  /** As booked, nominal (an agreement’s report: its share) */
  amount: Money;
  /** At the report’s price level */
  amountAtPriceLevel: Money;
  /** Who pays: the actor of that year’s ALLOWANCES costs (else of all its costs), split in proportion; FOUNDATION_OTHER when none are booked */
  from: ImpactActor;
  /** What is transferred */
  kind: ImpactTransferKind;
  /** Who receives: VOLUNTEERS for allowances */
  to: ImpactActor;
  /** The year the allowances were granted */
  year: Scalars['Int']['output'];
};

/** Team members; a count under 10 is hidden from partners (null), as is one that would reveal such a count */
export type ImpactVolunteers = {
  __typename?: 'ImpactVolunteers';
  /** Members and coordinators at any time in the period (coaches are staff, not counted) */
  active?: Maybe<Scalars['Int']['output']>;
  /** Members and coordinators who joined a team in the period */
  joined?: Maybe<Scalars['Int']['output']>;
  /** Members and coordinators who left a team in the period */
  left?: Maybe<Scalars['Int']['output']>;
};

/** Change since intake of consenting participants; only shown for groups of 10 or more */
export type ImpactWellbeing = {
  __typename?: 'ImpactWellbeing';
  /** The change per domain; null when participants is */
  domains?: Maybe<Array<ImpactWellbeingChange>>;
  /** Consenting participants measured; null under 10 (for everyone, admins included) */
  participants?: Maybe<Scalars['Int']['output']>;
  /** The year the change is measured in */
  year: Scalars['Int']['output'];
};

/** The average change since intake in one wellbeing domain */
export type ImpactWellbeingChange = {
  __typename?: 'ImpactWellbeingChange';
  /** Average change since intake on a 0–10 scale */
  averageChange: Scalars['Float']['output'];
  /** The domain */
  domain: WellbeingDomain;
  /** DEMONSTRABLE when the interval excludes 0, NOT_DEMONSTRABLE ("niet aantoonbaar") when it includes 0, NOT_ASSESSED without an interval */
  evidence: ImpactChangeEvidence;
  /** 95 % confidence interval of the average change (paired: each participant against their own intake); null while the spread of the changes is not recorded */
  interval?: Maybe<ImpactConfidenceInterval>;
  /** Participants the average is over (the sample size); the same for every domain */
  sampleSize: Scalars['Int']['output'];
};

/** A CBS "Kerncijfers wijken en buurten" table as CSV text (admins only) */
export type ImportCbsKeyFiguresInput = {
  /** The year of the area classification the table uses (the year in its title) */
  classificationYear: Scalars['Int']['input'];
  /** Semicolon-separated CSV with a header row: Codering and AantalInwoners and/or HuishoudensMetEenLaagInkomen, optionally Perioden (at most 90000 characters) */
  csv: Scalars['String']['input'];
  /** The CBS table id, e.g. 85984NED for Kerncijfers wijken en buurten 2024 (stored as the source) */
  tableId: Scalars['String']['input'];
};

/** What became, or would become, of one data row of the file */
export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** Problems that keep this row from being imported; empty when it can be */
  errors: Array<FieldProblem>;
  /** Line in the file (the header is line 1) */
  line: Scalars['Int']['output'];
  /** The new volunteer, once imported */
  volunteerId?: Maybe<Scalars['ID']['output']>;
  /** What was repaired on the way in (e.g. a phone number that lost its leading 0) */
  warnings: Array<FieldProblem>;
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

/** The outcome of an import or its dry run, row by row */
export type ImportVolunteersResult = {
  __typename?: 'ImportVolunteersResult';
  /** True when the rows were only checked and nothing was imported */
  dryRun: Scalars['Boolean']['output'];
  /** How the file was read: UTF-8 or Windows-1252 */
  encoding: Scalars['String']['output'];
  /** Rows imported: all of them, or none when any row has a problem */
  imported: Scalars['Int']['output'];
  /** Every data row of the file, in file order */
  rows: Array<ImportRowResult>;
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

/** Proof that the books add up */
export type LedgerCheck = {
  __typename?: 'LedgerCheck';
  /** How many accounts have movements */
  accounts: Scalars['Int']['output'];
  /** Every account balance summed is zero, no budget is overspent and no agreement over-allocated */
  balanced: Scalars['Boolean']['output'];
  /** How many entries were checked */
  entries: Scalars['Int']['output'];
  /** What does not add up, in English; empty when balanced */
  problems: Array<Scalars['String']['output']>;
};

/** One movement of money from one account to another; never changed, corrected by a reversing entry */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** The amount moved; never negative */
  amount: Money;
  /** What the movement is for */
  description: Scalars['String']['output'];
  /** e.g. agreement:<id>, budget:<id>, payable:<volunteer id>, bank */
  fromAccount: Scalars['String']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** What kind of movement it is */
  kind: LedgerEntryKind;
  /** When it was booked */
  occurredAt: Scalars['DateTime']['output'];
  /** The entry this one reverses; null when it is no reversal */
  reversesEntryId?: Maybe<Scalars['ID']['output']>;
  /** The account the money goes to, in the form of fromAccount */
  toAccount: Scalars['String']['output'];
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

/** The Leefbaarometer score of a neighbourhood in one edition, with its source; context, never claimed as a team’s effect */
export type LiveabilityScore = {
  __typename?: 'LiveabilityScore';
  /** The CBS area code the score is published for (WK… or BU…), as the edition spells it */
  areaCode: Scalars['String']['output'];
  /** The edition (year) of the Leefbaarometer the score is from */
  edition: Scalars['Int']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['output'];
  /** Anything the admin noted; null when nothing was */
  note?: Maybe<Scalars['String']['output']>;
  /** The overall score as published in that edition (scales differ between editions; compare within one) */
  score: Scalars['Float']['output'];
  /** The published class, 1 (zeer onvoldoende / very insufficient) to 9 (uitstekend / excellent); null when not given */
  scoreClass?: Maybe<Scalars['Int']['output']>;
  /** Where the score comes from, e.g. "Leefbaarometer 3.0, BZK, editie 2022" */
  source: Scalars['String']['output'];
  /** Goes up with every correction; send it back to correct the score */
  version: Scalars['Int']['output'];
};

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

/** The six-item De Jong Gierveld loneliness scale, answered at intake and then yearly (with LONELINESS_SCALE consent) */
export type LonelinessCheck = {
  __typename?: 'LonelinessCheck';
  /** S1 "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen" / there are plenty of people I can rely on */
  canRelyOn: LonelinessAnswer;
  /** S2 "Er zijn veel mensen die ik volledig kan vertrouwen" / there are many people I can trust completely */
  canTrust: LonelinessAnswer;
  /** E1 "Ik ervaar een leegte om me heen" / I experience a general sense of emptiness */
  emptiness: LonelinessAnswer;
  /** S3 "Er zijn voldoende mensen met wie ik me nauw verbonden voel" / there are enough people I feel close to */
  feelClose: LonelinessAnswer;
  /** E3 "Ik voel me vaak in de steek gelaten" / I often feel rejected */
  feelRejected: LonelinessAnswer;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** E2 "Ik mis mensen om me heen" / I miss having people around me */
  missPeople: LonelinessAnswer;
  /** The score, 0–6; 2 or more is lonely (eenzaam) */
  score: Scalars['Int']['output'];
  /** The day of the check, a date in Europe/Amsterdam */
  takenOn: Scalars['LocalDate']['output'];
};

/** A resident's place in a team for a period; history stays when they leave. Coaches are not members: see Team.coaches */
export type Membership = {
  __typename?: 'Membership';
  /** The first day in the team, a date in Europe/Amsterdam */
  from: Scalars['LocalDate']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Member or coordinator of the team */
  role: MembershipRole;
  /** The team of this membership */
  team: Team;
  /** The last day in the team; empty while the membership lasts */
  until?: Maybe<Scalars['LocalDate']['output']>;
  /** Send this back with endMembership; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The person (from the volunteers service, which decides what of them the caller may read) */
  volunteer: Volunteer;
};

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

/** Which e-mail messages a person gets, and in which language */
export type MessagePreferences = {
  __typename?: 'MessagePreferences';
  /** The kinds of message the person gets; the others are turned off */
  enabledKinds: Array<MessageKind>;
  /** The language of the messages: Dutch unless the person chose English */
  language: MessageLanguage;
  /** Goes up by one with every change (0: never set, the defaults) */
  version: Scalars['Int']['output'];
};

/** An amount of money in whole cents with its currency */
export type Money = {
  __typename?: 'Money';
  /** The amount in whole cents (1250 is €12.50) */
  cents: Scalars['Int']['output'];
  /** ISO 4217 currency code; EUR throughout the platform */
  currency: Scalars['String']['output'];
};

/** Hours of one calendar month */
export type MonthHours = {
  __typename?: 'MonthHours';
  /** Approved hours (fractional: minutes / 60) */
  approvedHours: Scalars['Float']['output'];
  /** Calendar month in Amsterdam, e.g. 2026-03 */
  month: Scalars['String']['output'];
  /** Hours registered and still waiting for approval */
  submittedHours: Scalars['Float']['output'];
};

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

/** The municipality's written consent that a person on bijstand under 27 may receive a volunteer allowance */
export type MunicipalAllowanceConsent = {
  __typename?: 'MunicipalAllowanceConsent';
  /** Date of the letter */
  givenOn: Scalars['LocalDate']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The municipality that gave the consent */
  municipality: Scalars['String']['output'];
  /** The letter's reference or a note */
  reference?: Maybe<Scalars['String']['output']>;
};

/** Approved hours in one municipality on one theme */
export type MunicipalityThemeHours = {
  __typename?: 'MunicipalityThemeHours';
  /** Approved hours (fractional: minutes / 60) */
  approvedHours: Scalars['Float']['output'];
  /** CBS municipality code */
  municipalityCode: Scalars['String']['output'];
  /** The theme */
  theme: Theme;
};

/** Everything a caller can change; each field says who may do it */
export type Mutation = {
  __typename?: 'Mutation';
  /** Enters the limits of a year that has none yet (e.g. once announced); correct them later with correctAllowanceRate */
  addAllowanceRate: AllowanceRate;
  /** Records an instalment agreed with the funder; the instalments never pass the agreement */
  addFundingInstalment: FundingInstalment;
  /** Adds a person to a team (admins, or its coordinators); a person is in one team at a time */
  addMembership: Membership;
  /** Starts following up an interested resident (the team’s coordinators or admins) */
  addRecruitmentCandidate: RecruitmentCandidate;
  /** Agrees an allowance arrangement within the fiscal limits; returns its id */
  agreeAllowanceArrangement: Scalars['ID']['output'];
  /** Allocates money from an agreement to a team’s budget category */
  allocateBudget: LedgerEntry;
  /** An admin explicitly allows paying allowances under limits that are not confirmed yet (audited); held allowances of the year are released as far as they fit */
  allowPaymentsUnderUnconfirmedLimits: AllowanceRate;
  /** Approves a submitted claim (never your own) and books it */
  approveExpenseClaim: ExpenseClaim;
  /** Approves entries, all or none; approving an approved entry again changes nothing */
  approveHourEntries: Array<HourEntry>;
  /** Books an unmatched bank credit as a payment of an invoice the admin names (admins only); CONFLICT when more than is open */
  assignBankCredit: FundingPaymentReceived;
  /** Assigns a professional coach to a team (admins); a coach is not a member */
  assignTeamCoach: TeamCoach;
  /** Cancels a planned activity (admins, or the team's coordinators); it stays in the agenda as CANCELLED */
  cancelActivity: Activity;
  /** Cancels an open commitment, releasing the reservation (the team's coordinators or admins) */
  cancelBudgetCommitment: BudgetCommitment;
  /** Cancels an enrolment; the first on the waiting list moves up */
  cancelEnrolment: Enrolment;
  /** Takes the caller's sign-up back; true when there was one */
  cancelSignUp: Scalars['Boolean']['output'];
  /** Changes a volunteer's status from a given day (admins, or the coordinators of their team); the history is kept */
  changeVolunteerStatus: Volunteer;
  /** Closes an intake: JOINED (the volunteer, a member of the team; name and contact are cleared) or NOT_JOINED with a reason */
  closeIntake: RecruitmentCandidate;
  /** Marks an activity done with the residents it reached */
  completeActivity: Activity;
  /** Corrects the limits of a year (e.g. once the Belastingdienst confirms them) */
  correctAllowanceRate: AllowanceRate;
  /** Corrects the results of a survey wave */
  correctNeighbourhoodSurvey: NeighbourhoodSurvey;
  /** Corrects the name or IBAN of a scheduled payment (e.g. a name a SEPA file cannot carry); audited */
  correctScheduledPayment: Scalars['Boolean']['output'];
  /** Adds a course to the catalogue (admins only) */
  createCourse: Course;
  /** Records a funder’s agreement to finance teams or neighbourhoods (admins) */
  createFundingAgreement: FundingAgreement;
  /** Creates a neighbourhood (admins only) */
  createNeighbourhood: Neighbourhood;
  /** Records a partner organisation and the neighbourhoods it serves (admins only) */
  createPartner: Partner;
  /** Bundles all approved allowances and claims of payees with an account into one batch */
  createPayoutBatch: PayoutBatch;
  /** Creates a team (admins only); it starts FORMING unless a status is given */
  createTeam: Team;
  /** Decides to start a team (creating or linking it) or not; closes the request the scan answers (admins only) */
  decideNeighbourhoodScan: NeighbourhoodScan;
  /** Records what a volunteer receives from other organisations in a year (replacing an earlier declaration), counted towards the yearly cap; by the person, a coordinator of their team or an admin */
  declareAllowanceElsewhere: Scalars['Boolean']['output'];
  /** Drafts a claim for your own proven costs */
  draftExpenseClaim: ExpenseClaim;
  /** Ends a membership on its last day (admins, or its coordinators); the history stays */
  endMembership: Membership;
  /** Ends the ongoing social assistance on a date; by the person or an admin */
  endSocialAssistance: SocialAssistancePeriod;
  /** Ends a coach's assignment on its last day (admins); the history stays */
  endTeamCoach: TeamCoach;
  /** Enrols in a course run, or joins its waiting list when it is full */
  enrol: Enrolment;
  /** Erases a volunteer (right to be forgotten): personal data is wiped here and in every other service */
  eraseVolunteer: Scalars['ID']['output'];
  /** Records what was actually spent on a commitment and books it in the ledger, once (the team's coordinators or admins) */
  executeBudgetCommitment: BudgetCommitment;
  /** Records how the follow-up of a request stands (admins only); send the version you read */
  followUpNeighbourhoodRequest: NeighbourhoodRequest;
  /** The person gives a consent (or an admin records the form they signed); giving it twice keeps the first */
  giveConsent: Consent;
  /** Reads the bank’s account statement (camt.053) or notification (camt.054): booked debits are paid, returned transfers payable again */
  importBankStatement: BankStatementImport;
  /** Imports CBS key figures (Kerncijfers wijken en buurten) from CSV; a re-import of the same table and year replaces them */
  importCbsKeyFigures: CbsImportReport;
  /** Reads the bank’s payment status report (pain.002): per payment, or per block or file when it gives no payment its own status: paid, accepted (not yet paid), or failed and payable again */
  importPaymentStatusReport: PaymentStatusImport;
  /** Imports residents from a spreadsheet: every row is checked; without dryRun all rows are imported or none */
  importVolunteers: ImportVolunteersResult;
  /** Invoices an instalment (once); the funder names the number when paying */
  invoiceFundingInstalment: FundingInvoice;
  /** Records a team entering its next phase, or corrects the history with correction: true (admins only) */
  moveTeamPhase: Team;
  /** Pays a flat allowance for a month of work; refused with LIMIT_EXCEEDED over a cap */
  payFlatAllowance: Scalars['ID']['output'];
  /** Plans one activity for a team (admins, or the team's coordinators) */
  planActivity: Activity;
  /** A weekly or monthly series; returns its occurrences, each changeable or cancellable on its own */
  planActivitySeries: Array<Activity>;
  /** Proposes something for the team to vote on (any current member or coordinator) */
  proposeToTeam: TeamProposal;
  /** Publishes a draft summary (admins only: coordinators write, the foundation publishes) */
  publishTeamMonthSummary: TeamMonthSummary;
  /** The trainer or coordinator records attendance; attending every session issues the certificate */
  recordAttendance: Enrolment;
  /** Records a follow-up measurement 12 or 24 months after hand-over (admins only) */
  recordFollowUpMeasurement: Team;
  /** Records the steps of a candidate's intake; send the version you read */
  recordIntakeStep: RecruitmentCandidate;
  /** Imports or corrects a neighbourhood’s Leefbaarometer score for one edition (admins; audited) */
  recordLiveabilityScore: LiveabilityScore;
  /** Records a loneliness check (De Jong Gierveld scale); the person, their coordinator or an admin; needs LONELINESS_SCALE consent */
  recordLonelinessCheck: LonelinessCheck;
  /** Records the municipality's written consent that a person under 27 on bijstand may receive an allowance; admins */
  recordMunicipalAllowanceConsent: MunicipalAllowanceConsent;
  /** Records a neighbourhood scan before a team starts (admins only) */
  recordNeighbourhoodScan: NeighbourhoodScan;
  /** Enters a wave of the neighbourhood survey: the baseline once, then one follow-up a year (admins, coordinators of a team there) */
  recordNeighbourhoodSurvey: NeighbourhoodSurvey;
  /** Records an outreach moment of a team (the team's coordinators or admins) */
  recordOutreachMoment: OutreachMoment;
  /** Records a move into paid work, education or a training path; a coordinator of the person’s team or an admin; needs PARTICIPATION_OUTCOMES consent */
  recordParticipationMove: ParticipationMove;
  /** Records that the person receives social assistance from a date; by the person or an admin */
  recordSocialAssistance: SocialAssistancePeriod;
  /** Records a wellbeing check; needs WELLBEING_MONITOR consent */
  recordWellbeingCheck: WellbeingCheck;
  /** Registers hours (status SUBMITTED) for yourself, or as coordinator for a member of your team */
  registerHours: HourEntry;
  /** Registers a resident for a team (status INTAKE) */
  registerVolunteer: Volunteer;
  /** Rejects a submitted claim (never your own) with the reason; final */
  rejectExpenseClaim: ExpenseClaim;
  /** Rejects a submitted entry with a reason the volunteer sees */
  rejectHourEntry: HourEntry;
  /** Removes a photo from a summary and deletes its file (the team's coordinators, admins) */
  removeSummaryPhoto: TeamMonthSummary;
  /** A short-lived link to upload the receipt file of one claim item (PDF, JPEG, PNG or HEIC, at most 10 MB): for the claimant while the claim is a draft or sent back, or an admin until it is decided. A new file replaces the old one. */
  requestReceiptUpload: ReceiptUploadUrl;
  /** Adds a photo to a draft summary (its caption and who is in it) and gives a link to PUT the file to (the team's coordinators, admins) */
  requestSummaryPhotoUpload: SummaryPhotoUploadLink;
  /** Asks the foundation for a team in a neighbourhood (the public form "Een team in uw buurt?"); no sign-in needed */
  requestTeam: TeamRequestReceipt;
  /** Puts dead letters of one service and event type (all, or the jobs named) back on its queue; returns how many */
  requeueDeadLetteredEvents: Scalars['Int']['output'];
  /** Puts a failed message back in the outbox to be sent again: admins */
  retryFailedMessage: FailedMessage;
  /** Sends a claim back to the volunteer as INCOMPLETE */
  returnExpenseClaim: ExpenseClaim;
  /** Corrects a movement with a reversing entry; the ledger is never changed */
  reverseLedgerEntry: LedgerEntry;
  /** Takes an approval back; the entry is submitted again */
  revokeHourApproval: HourEntry;
  /** Schedules a run of a course with its sessions; coordinators only coaching for their own team */
  scheduleCourseRun: CourseRun;
  /** Adds or corrects the consumer price index of one year (admins; audited) */
  setConsumerPriceIndex: ConsumerPriceIndexYear;
  /** Sets which e-mail messages you get and in which language (your own choice; nobody sets it for you) */
  setMessagePreferences: MessagePreferences;
  /** Records or corrects a neighbourhood’s baseline (admins; audited) */
  setNeighbourhoodBaseline: NeighbourhoodBaseline;
  /** Sets the account payments go to (the person or an admin); returns the IBAN as stored */
  setPayoutAccount: Scalars['String']['output'];
  /** Sets the price of one item for one price year (admins) */
  setShadowPrice: ShadowPrice;
  /** Sets a team's quorum and majority for proposals opened from now on (its coordinators or admins) */
  setTeamDecisionRule: TeamDecisionRule;
  /** Sets a team's goals per theme for a year (its coordinators or admins) */
  setYearlyGoals: TeamYearlyReview;
  /** Records what the team says went well in a year and what not (its coordinators) */
  setYearlyReflection: TeamYearlyReview;
  /** Signs you up; refused with CONFLICT when full */
  signUp: Activity;
  /** Submits your own DRAFT or INCOMPLETE claim for a decision */
  submitExpenseClaim: ExpenseClaim;
  /** Ticks or unticks an item of a team's phase checklist (admins only) */
  tickTeamChecklistItem: Team;
  /** Changes one planned activity (one occurrence of a series) */
  updateActivity: Activity;
  /** Changes an entry that is not approved yet (a corrected rejected entry is submitted again) */
  updateHourEntry: HourEntry;
  /** Changes a neighbourhood; send the version you read */
  updateNeighbourhood: Neighbourhood;
  /** Replaces what a neighbourhood scan found (admins only); send the version you read */
  updateNeighbourhoodScan: NeighbourhoodScan;
  /** Corrects an outreach moment; send the version you read */
  updateOutreachMoment: OutreachMoment;
  /** Changes a partner; send the version you read */
  updatePartner: Partner;
  /** Changes a team (admins, or its coordinators); send the version you read */
  updateTeam: Team;
  /** Changes details: the person their own contact, languages, talents and availability; coordinators and admins everything */
  updateVolunteer: Volunteer;
  /** Casts or changes the caller’s vote on an open proposal of their team (current members); the ballot is secret */
  voteOnTeamProposal: TeamProposal;
  /** Withdraws a consent; what depends on it stops from then on */
  withdrawConsent: Consent;
  /** Withdraws an open proposal: its proposer while nobody has voted, or an admin */
  withdrawTeamProposal: TeamProposal;
  /** Writes off what a volunteer owes back (never one’s own); audited */
  writeOffReceivable: LedgerEntry;
  /** Writes the month's highlight: creates the draft or changes it (the team's coordinators, admins); a published summary no longer changes */
  writeTeamMonthSummary: TeamMonthSummary;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAddAllowanceRateArgs = {
  input: AddAllowanceRateInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAddFundingInstalmentArgs = {
  input: AddFundingInstalmentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAddRecruitmentCandidateArgs = {
  input: AddRecruitmentCandidateInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAgreeAllowanceArrangementArgs = {
  input: AgreeAllowanceArrangementInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAllocateBudgetArgs = {
  input: AllocateBudgetInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAllowPaymentsUnderUnconfirmedLimitsArgs = {
  version: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationApproveExpenseClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationApproveHourEntriesArgs = {
  input: ApproveHourEntriesInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAssignBankCreditArgs = {
  input: AssignBankCreditInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationAssignTeamCoachArgs = {
  input: AssignTeamCoachInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationCancelBudgetCommitmentArgs = {
  input: CancelBudgetCommitmentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCancelEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationCancelSignUpArgs = {
  activityId: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationChangeVolunteerStatusArgs = {
  input: ChangeVolunteerStatusInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCloseIntakeArgs = {
  input: CloseIntakeInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCompleteActivityArgs = {
  input: CompleteActivityInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCorrectAllowanceRateArgs = {
  input: CorrectAllowanceRateInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCorrectNeighbourhoodSurveyArgs = {
  input: CorrectNeighbourhoodSurveyInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCorrectScheduledPaymentArgs = {
  input: CorrectScheduledPaymentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCreateFundingAgreementArgs = {
  input: CreateFundingAgreementInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCreateNeighbourhoodArgs = {
  input: CreateNeighbourhoodInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationCreatePayoutBatchArgs = {
  idempotencyKey: Scalars['String']['input'];
  requestedExecutionDate: Scalars['LocalDate']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationDecideNeighbourhoodScanArgs = {
  input: DecideNeighbourhoodScanInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationDeclareAllowanceElsewhereArgs = {
  input: DeclareAllowanceElsewhereInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationDraftExpenseClaimArgs = {
  input: DraftExpenseClaimInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationEndMembershipArgs = {
  input: EndMembershipInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationEndSocialAssistanceArgs = {
  input: EndSocialAssistanceInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationEndTeamCoachArgs = {
  input: EndTeamCoachInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationEnrolArgs = {
  runId: Scalars['ID']['input'];
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can change; each field says who may do it */
export type MutationEraseVolunteerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationExecuteBudgetCommitmentArgs = {
  input: ExecuteBudgetCommitmentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationFollowUpNeighbourhoodRequestArgs = {
  input: FollowUpNeighbourhoodRequestInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationGiveConsentArgs = {
  input: ConsentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationImportBankStatementArgs = {
  idempotencyKey: Scalars['String']['input'];
  xml: Scalars['String']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationImportCbsKeyFiguresArgs = {
  input: ImportCbsKeyFiguresInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationImportPaymentStatusReportArgs = {
  idempotencyKey: Scalars['String']['input'];
  xml: Scalars['String']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationImportVolunteersArgs = {
  input: ImportVolunteersInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationInvoiceFundingInstalmentArgs = {
  input: InvoiceFundingInstalmentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationMoveTeamPhaseArgs = {
  input: MoveTeamPhaseInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationPayFlatAllowanceArgs = {
  input: PayFlatAllowanceInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationPlanActivityArgs = {
  input: PlanActivityInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationPlanActivitySeriesArgs = {
  input: PlanActivitySeriesInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationProposeToTeamArgs = {
  input: ProposeToTeamInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationPublishTeamMonthSummaryArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordAttendanceArgs = {
  present: Scalars['Boolean']['input'];
  sessionId: Scalars['ID']['input'];
  volunteerId: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordFollowUpMeasurementArgs = {
  input: RecordFollowUpMeasurementInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordIntakeStepArgs = {
  input: RecordIntakeStepInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordLiveabilityScoreArgs = {
  input: RecordLiveabilityScoreInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordLonelinessCheckArgs = {
  input: RecordLonelinessCheckInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordMunicipalAllowanceConsentArgs = {
  input: RecordMunicipalAllowanceConsentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordNeighbourhoodScanArgs = {
  input: RecordNeighbourhoodScanInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordNeighbourhoodSurveyArgs = {
  input: RecordNeighbourhoodSurveyInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordOutreachMomentArgs = {
  input: RecordOutreachMomentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordParticipationMoveArgs = {
  input: RecordParticipationMoveInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordSocialAssistanceArgs = {
  input: RecordSocialAssistanceInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRecordWellbeingCheckArgs = {
  input: RecordWellbeingCheckInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRegisterHoursArgs = {
  input: RegisterHoursInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRejectExpenseClaimArgs = {
  input: DecideExpenseClaimInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRejectHourEntryArgs = {
  input: DecideHourEntryInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRemoveSummaryPhotoArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationRequestReceiptUploadArgs = {
  itemId: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationRequestSummaryPhotoUploadArgs = {
  input: RequestSummaryPhotoUploadInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRequestTeamArgs = {
  input: RequestTeamInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRequeueDeadLetteredEventsArgs = {
  consumer: Scalars['String']['input'];
  eventType: Scalars['String']['input'];
  jobIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRetryFailedMessageArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationReturnExpenseClaimArgs = {
  input: DecideExpenseClaimInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationReverseLedgerEntryArgs = {
  input: ReverseLedgerEntryInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationRevokeHourApprovalArgs = {
  input: DecideHourEntryInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationScheduleCourseRunArgs = {
  input: ScheduleCourseRunInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetConsumerPriceIndexArgs = {
  input: SetConsumerPriceIndexInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetMessagePreferencesArgs = {
  input: SetMessagePreferencesInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetNeighbourhoodBaselineArgs = {
  input: SetNeighbourhoodBaselineInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetPayoutAccountArgs = {
  input: SetPayoutAccountInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetShadowPriceArgs = {
  input: SetShadowPriceInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetTeamDecisionRuleArgs = {
  input: SetTeamDecisionRuleInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetYearlyGoalsArgs = {
  input: SetYearlyGoalsInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSetYearlyReflectionArgs = {
  input: SetYearlyReflectionInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationSignUpArgs = {
  activityId: Scalars['ID']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationSubmitExpenseClaimArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationTickTeamChecklistItemArgs = {
  input: TickTeamChecklistItemInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdateHourEntryArgs = {
  input: UpdateHourEntryInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdateNeighbourhoodArgs = {
  input: UpdateNeighbourhoodInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdateNeighbourhoodScanArgs = {
  input: UpdateNeighbourhoodScanInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdateOutreachMomentArgs = {
  input: UpdateOutreachMomentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationUpdateVolunteerArgs = {
  input: UpdateVolunteerInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationVoteOnTeamProposalArgs = {
  input: VoteOnTeamProposalInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationWithdrawConsentArgs = {
  input: ConsentInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationWithdrawTeamProposalArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/** Everything a caller can change; each field says who may do it */
export type MutationWriteOffReceivableArgs = {
  input: WriteOffReceivableInput;
};


/** Everything a caller can change; each field says who may do it */
export type MutationWriteTeamMonthSummaryArgs = {
  input: WriteTeamMonthSummaryInput;
};

/** A neighbourhood (wijk) where a team works and its members live */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** CBS wijk code, e.g. WK059901, when the neighbourhood matches one wijk */
  cbsCode?: Maybe<Scalars['String']['output']>;
  /** The city or village it lies in, e.g. Rotterdam */
  city: Scalars['String']['output'];
  /** Year of the CBS area classification the codes come from (codes change with mergers) */
  classificationYear: Scalars['Int']['output'];
  /** Volunteer hours in the neighbourhood in a year; for admins, its teams and partners serving it (FORBIDDEN otherwise) */
  hours?: Maybe<HoursSummary>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** What the teams achieved here in a year and what it is worth (admins, partners serving it) */
  impact?: Maybe<ImpactReport>;
  /** The impact report of a year as a PDF in Dutch, for funders (admins, partners serving it) */
  impactReportPdf?: Maybe<GeneratedFile>;
  /** CBS municipality code, e.g. GM0599 for Rotterdam */
  municipalityCode: Scalars['String']['output'];
  /** The municipality it belongs to (gemeente), e.g. Rotterdam */
  municipalityName: Scalars['String']['output'];
  /** The neighbourhood's name, e.g. Feijenoord */
  name: Scalars['String']['output'];
  /** Partner organisations serving the neighbourhood */
  partners: Array<Partner>;
  /** The recruitment funnel of the neighbourhood's teams together: admins; partners serving it with small numbers hidden */
  recruitmentFunnel?: Maybe<RecruitmentFunnel>;
  /** Teams working in the neighbourhood that the caller may see */
  teams: Array<Team>;
  /** Training figures of the neighbourhood; for admins and partners serving it (FORBIDDEN otherwise) */
  trainingFigures?: Maybe<TrainingFigures>;
  /** Send this back on update; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** Wellbeing change in the neighbourhood; for admins, coordinators there and partners serving it (FORBIDDEN otherwise) */
  wellbeing?: Maybe<WellbeingSummary>;
};


/** A neighbourhood (wijk) where a team works and its members live */
export type NeighbourhoodHoursArgs = {
  year: Scalars['Int']['input'];
};


/** A neighbourhood (wijk) where a team works and its members live */
export type NeighbourhoodImpactArgs = {
  year: Scalars['Int']['input'];
};


/** A neighbourhood (wijk) where a team works and its members live */
export type NeighbourhoodImpactReportPdfArgs = {
  year: Scalars['Int']['input'];
};


/** A neighbourhood (wijk) where a team works and its members live */
export type NeighbourhoodRecruitmentFunnelArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Volunteering hours a neighbourhood would have had without the teams (nulalternatief): hours a year or a share of the gross hours, with its source */
export type NeighbourhoodBaseline = {
  __typename?: 'NeighbourhoodBaseline';
  /** Hours a year that would have been given anyway; null when a share is set */
  hoursPerYear?: Maybe<Scalars['Float']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['output'];
  /** Anything the admin noted about the assumption; null when nothing was */
  note?: Maybe<Scalars['String']['output']>;
  /** Percent of the gross hours that would have been given anyway; null when hours are set */
  sharePercent?: Maybe<Scalars['Float']['output']>;
  /** Where the assumption comes from (study, survey, own count) */
  source: Scalars['String']['output'];
  /** The year of the source */
  sourceYear: Scalars['Int']['output'];
  /** Goes up with every correction; send it back to correct the baseline */
  version: Scalars['Int']['output'];
};

/** A request for a team in a neighbourhood, sent through the public form (admins only) */
export type NeighbourhoodRequest = {
  __typename?: 'NeighbourhoodRequest';
  /** When it was declined or became a team; the contact data is deleted 12 months later */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the contact data was deleted */
  contactDeletedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Their e-mail address; null once the contact data is deleted */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Whom to contact; null once the contact data is deleted (12 months after closing) */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Their phone number, if given; null once the contact data is deleted */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** When the request came in */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why no team was started (DECLINED only) */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** The foundation's own note on the follow-up */
  followUpNote?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The language the requester wants answers in; each new status is e-mailed in it */
  language: RequestLanguage;
  /** The neighbourhood, when the postcode or an admin told which */
  neighbourhood?: Maybe<Neighbourhood>;
  /** The organisation the requester speaks for, if any */
  organisation?: Maybe<Scalars['String']['output']>;
  /** The postcode the requester gave, normalised (1234AB, or 1234 when only the digits were given) */
  postcode: Scalars['String']['output'];
  /** Why they ask, in their words */
  reason: Scalars['String']['output'];
  /** Who asks */
  requesterKind: RequesterKind;
  /** Where the follow-up stands */
  status: NeighbourhoodRequestStatus;
  /** The team the request became (BECAME_TEAM only) */
  team?: Maybe<Team>;
  /** Send this back on a follow-up; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
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

/** A neighbourhood scan before a team starts (admins, and the coordinators of the team started from it) */
export type NeighbourhoodScan = {
  __typename?: 'NeighbourhoodScan';
  /** The CBS wijk or buurt code the scan is about (WK… or BU…) */
  areaCode: Scalars['String']['output'];
  /** Year of the CBS classification the code comes from */
  classificationYear: Scalars['Int']['output'];
  /** When the scan was first recorded */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was decided */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who decided (the token subject of the admin) */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The decision; null while it is open */
  decision?: Maybe<ScanDecision>;
  /** Why not to start (DO_NOT_START), or a note with START */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Existing initiatives, one short text each */
  initiatives: Array<Scalars['String']['output']>;
  /** CBS key figures of the scan's area code and classification year, with source and year */
  keyFigures: Array<CbsKeyFigure>;
  /** The neighbourhood scanned */
  neighbourhood?: Maybe<Neighbourhood>;
  /** The foundation's notes on the local situation */
  notes?: Maybe<Scalars['String']['output']>;
  /** Organisations present in the neighbourhood */
  partners: Array<ScanPartner>;
  /** The request the scan answers, if any (admins only) */
  request?: Maybe<NeighbourhoodRequest>;
  /** The team started from the scan (START only) */
  team?: Maybe<Team>;
  /** Send this back on a change; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** What a neighbourhood scan found */
export type NeighbourhoodScanContentInput = {
  /** Existing initiatives, short texts of at most 300 characters (at most 30) */
  initiatives: Array<Scalars['String']['input']>;
  /** The foundation's notes (at most 5,000 characters) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Organisations present (at most 50) */
  partners: Array<ScanPartnerInput>;
};

/** One wave of the neighbourhood survey: means of the residents’ answers, never the answers themselves */
export type NeighbourhoodSurvey = {
  __typename?: 'NeighbourhoodSurvey';
  /** The five characteristics of 'Een buurt voor iedereen' */
  characteristics: Array<SurveyItemScore>;
  /** CBS social cohesion scale, 0–10 */
  cohesionScore: Scalars['Float']['output'];
  /** The day the fieldwork took place, a date in Europe/Amsterdam */
  fieldedOn: Scalars['LocalDate']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The neighbourhood (Neighbourhood.id) */
  neighbourhoodId: Scalars['ID']['output'];
  /** Respondents */
  sampleSize: Scalars['Int']['output'];
  /** Standard deviation of the respondents’ cohesion scores (0–10), as the fieldwork reported it; null when not reported (then no interval is shown) */
  scoreStandardDeviation?: Maybe<Scalars['Float']['output']>;
  /** The five statements of the CBS cohesion scale */
  statements: Array<SurveyItemScore>;
  /** Send this back on correction; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** Baseline or follow-up */
  wave: SurveyWave;
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

/** A moment a team reached residents, with counts (the team's coordinators and admins) */
export type OutreachMoment = {
  __typename?: 'OutreachMoment';
  /** The day (Europe/Amsterdam) */
  heldOn: Scalars['LocalDate']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Of them, residents interested in joining */
  interested: Scalars['Int']['output'];
  /** How residents were reached */
  kind: OutreachKind;
  /** Where, in a few words (a street, the market, a partner) */
  place: Scalars['String']['output'];
  /** Residents spoken to */
  spokenTo: Scalars['Int']['output'];
  /** Send this back on a change; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

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

/** Where a page of a connection ends and whether more items follow */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last item on this page; null when the page is empty */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page; ask for them with after set to endCursor */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where a person moved on to */
export type ParticipationKind =
  /** Een opleiding / education */
  | 'EDUCATION'
  /** Betaald werk / paid work */
  | 'PAID_WORK'
  /** Een (re-)integratie- of leertraject / a training path */
  | 'TRAINING_PATH';

/** A move into paid work, education or a training path, recorded with PARTICIPATION_OUTCOMES consent; counted, never listed for partners */
export type ParticipationMove = {
  __typename?: 'ParticipationMove';
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Paid work, education or a training path */
  kind: ParticipationKind;
  /** The day the work, education or path started, a date in Europe/Amsterdam */
  movedOn: Scalars['LocalDate']['output'];
  /** The team the move counts for: the one the person was in on that day, else their last one */
  teamId: Scalars['ID']['output'];
};

/** An organisation that works with or finances the teams in its neighbourhoods */
export type Partner = {
  __typename?: 'Partner';
  /** Activities this partner is involved in */
  activities?: Maybe<ActivityConnection>;
  /** Agreements this partner funds; for that partner and admins */
  fundingAgreements?: Maybe<Array<FundingAgreement>>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** What kind of organisation it is */
  kind: PartnerKind;
  /** The organisation's name */
  name: Scalars['String']['output'];
  /** The neighbourhoods this organisation serves */
  neighbourhoods: Array<Neighbourhood>;
  /** Send this back on update; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};


/** An organisation that works with or finances the teams in its neighbourhoods */
export type PartnerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<ActivityStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

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

/** What reading a payment status report (pain.002) changed */
export type PaymentStatusImport = {
  __typename?: 'PaymentStatusImport';
  /** Payments the bank accepted but has not settled yet (ACCP, ACSP, ACTC, ACWC) */
  accepted: Scalars['Int']['output'];
  /** Payments the bank rejected: payable again */
  failed: Scalars['Int']['output'];
  /** Payments the bank settled (ACSC, ACCC) */
  paid: Scalars['Int']['output'];
  /** Payments the report named that were already further along (e.g. read twice) */
  unchanged: Scalars['Int']['output'];
};

/** A SEPA credit transfer file of payments to volunteers, for the bank to execute */
export type PayoutBatch = {
  __typename?: 'PayoutBatch';
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** MsgId of the SEPA file; the bank’s status report refers to it */
  messageId: Scalars['String']['output'];
  /** The payments in the batch, by end-to-end id */
  payments: Array<PayoutPayment>;
  /** The day the bank was asked to pay it */
  requestedExecutionDate: Scalars['LocalDate']['output'];
  /** CREATED, or PROCESSED once the bank has given its final word on every payment in it */
  status: Scalars['String']['output'];
};

/** One credit transfer to a volunteer in a payout batch */
export type PayoutPayment = {
  __typename?: 'PayoutPayment';
  /** The amount transferred */
  amount: Money;
  /** The batch the payment went to the bank in */
  batchId: Scalars['ID']['output'];
  /** The booking date of the payment on an imported account statement */
  bookedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The SEPA end-to-end id; the ledger entry of the payout names it */
  endToEndId: Scalars['String']['output'];
  /** Why the bank rejected or returned it: the ISO reason code first (“AC04: Account is closed”) */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The day the bank was asked to pay it */
  requestedExecutionDate: Scalars['LocalDate']['output'];
  /** SCHEDULED, ACCEPTED (the bank took it, not yet paid), PAID, FAILED (rejected: payable again) or RETURNED (paid, then sent back: payable again) */
  status: Scalars['String']['output'];
  /** The last ISO 20022 status or return code the bank gave (ACSP, ACSC, RJCT, AC04, …) */
  statusCode?: Maybe<Scalars['String']['output']>;
  /** The volunteer paid */
  volunteer: Volunteer;
};

/** Everything the platform holds about one person, per service (GDPR access request); for the person and admins only */
export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  /** Hour entries with their descriptions, sign-ups, monthly approved minutes, activities the person organises and month-summary photos they are in */
  activities?: Maybe<Scalars['JSON']['output']>;
  /** Payee details with the IBAN, allowance arrangements, allowances, declared allowances, expense claims, payments and ledger entries */
  finance?: Maybe<Scalars['JSON']['output']>;
  /** Memberships and the changes recorded about them */
  teams?: Maybe<Scalars['JSON']['output']>;
  /** Enrolments with attendance, certificates and the course runs the person trains */
  training?: Maybe<Scalars['JSON']['output']>;
  /** Stable identifier (uuid) of the person */
  volunteerId: Scalars['ID']['output'];
  /** The person's record, status history, consents, wellbeing and loneliness checks and participation moves; for the person and admins only */
  volunteers?: Maybe<Scalars['JSON']['output']>;
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

/** Everything a caller can read; each field says who may see what */
export type Query = {
  __typename?: 'Query';
  /** Changes recorded by the activities service, newest first (admins only) */
  activitiesAuditLog: AuditEntryConnection;
  /** One activity; null when it does not exist or the caller may not see its team (admins, the team's people, partners serving its neighbourhood) */
  activity?: Maybe<Activity>;
  /** From 1 November: next year's limits missing; and limits of this year or later that are not confirmed */
  allowanceLimitWarnings: Array<AllowanceLimitWarning>;
  /** The fiscal limits of the volunteer allowance per year */
  allowanceRates: Array<AllowanceRate>;
  /** The imported CBS key figures of an area in a classification year (admins only) */
  cbsKeyFigures: Array<CbsKeyFigure>;
  /** The CBS consumer price index per year, oldest first: what reports index prices and costs with */
  consumerPriceIndex: Array<ConsumerPriceIndexYear>;
  /** One course of the catalogue, for any signed-in caller; null when it does not exist */
  course?: Maybe<Course>;
  /** The course catalogue */
  courses: Array<Course>;
  /** Events a service gave up on, oldest first, of one service and event type or all */
  deadLetteredEvents: Array<DeadLetteredEvent>;
  /** Erased volunteers whose money is still open: their name and IBAN are wiped once it is settled */
  erasedPayeesWithOpenMoney: Array<Scalars['ID']['output']>;
  /** The claims of every team with one status, oldest first: the queue of claims waiting for a decision (admins) */
  expenseClaimQueue: ExpenseClaimConnection;
  /** Messages given up after every try to send them (dead letters), newest first: for admins */
  failedMessages: FailedMessageConnection;
  /** Changes recorded by the finance service, newest first (admins only) */
  financeAuditLog: AuditEntryConnection;
  /** A year's flat allowances out of proportion to the approved hours */
  flatAllowanceWarnings: Array<FlatAllowanceWarning>;
  /** Every funding agreement, by start date and title (admins) */
  fundingAgreements: Array<FundingAgreement>;
  /** Every team's held allowances, oldest month first */
  heldAllowances: Array<HeldAllowance>;
  /** Changes recorded by the impact service, newest first (admins only) */
  impactAuditLog: AuditEntryConnection;
  /** Proves the ledger balances; with a year, that the year’s movements balance and none of its budgets is overspent */
  ledgerCheck: LedgerCheck;
  /** Imported Leefbaarometer scores per neighbourhood and edition, with their sources (admins); reports show their own */
  liveabilityScores: Array<LiveabilityScore>;
  /** Changes recorded by the messages service, newest first (admins only) */
  messagesAuditLog: AuditEntryConnection;
  /** Approved hours per municipality and theme; admins: the country, partners: their neighbourhoods */
  nationalHours: Array<MunicipalityThemeHours>;
  /** All neighbourhoods in one year (admins) */
  nationalImpact: ImpactNationalOverview;
  /** One neighbourhood; null when it does not exist or, for partners, is not one of their organisation's */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Every neighbourhood’s baseline (hours that would have been given anyway) with its source (admins); reports show their own */
  neighbourhoodBaselines: Array<NeighbourhoodBaseline>;
  /** Requests for a team, newest first (admins only: they hold contact data) */
  neighbourhoodRequests: Array<NeighbourhoodRequest>;
  /** One neighbourhood scan: admins, and the coordinators of the team started from it */
  neighbourhoodScan: NeighbourhoodScan;
  /** Neighbourhood scans, newest first, at most 500 (admins only) */
  neighbourhoodScans: Array<NeighbourhoodScan>;
  /** Neighbourhoods by city and name; for partners, their organisation's */
  neighbourhoods: Array<Neighbourhood>;
  /** Invoices past their due date and not fully paid, longest overdue first */
  overdueFundingInvoices: Array<FundingInvoice>;
  /** One partner organisation, for any signed-in caller; null when it does not exist */
  partner?: Maybe<Partner>;
  /** Partner organisations by name */
  partners: Array<Partner>;
  /** Payments executed at least this many SEPA business days ago that no imported statement shows booked */
  paymentsNotOnStatement: Array<PayoutPayment>;
  /** A payout batch; null when there is none with this id (admins) */
  payoutBatch?: Maybe<PayoutBatch>;
  /** The SEPA credit transfer file (pain.001.001.09) of a batch */
  payoutBatchFile: Scalars['String']['output'];
  /** Volunteers who owe money back, most first */
  receivables: Array<Receivable>;
  /** Years with prices of their own, newest first */
  shadowPriceYears: Array<Scalars['Int']['output']>;
  /** The price list that holds for a year: per item its newest price of that year or before */
  shadowPrices: Array<ShadowPrice>;
  /** One team; null when it does not exist or the caller may not see it (without a token, active teams only; partners, teams in their neighbourhoods) */
  team?: Maybe<Team>;
  /** One team proposal; null when unknown or not the caller's to see (its team's members and coordinators, admins) */
  teamProposal?: Maybe<TeamProposal>;
  /** Teams by name, optionally in one city or with one status; without a token, active teams only */
  teams: TeamConnection;
  /** Changes recorded by the teams service, newest first (admins only) */
  teamsAuditLog: AuditEntryConnection;
  /** The six themes with their labels; public */
  themes: Array<ThemeLabel>;
  /** Changes recorded by the training service, newest first (admins only) */
  trainingAuditLog: AuditEntryConnection;
  /** Money on bank statements that matched no open invoice, newest first */
  unmatchedBankCredits: Array<UnmatchedBankCredit>;
  /** One volunteer; null when it does not exist or is outside the caller's teams */
  volunteer?: Maybe<Volunteer>;
  /** Volunteers by display name, within the caller's teams (admins: all) */
  volunteers: VolunteerConnection;
  /** Changes recorded by the volunteers service, newest first (admins only) */
  volunteersAuditLog: AuditEntryConnection;
  /** The year-end export for the accountant (admins) */
  yearEndExport: YearEndExport;
};


/** Everything a caller can read; each field says who may see what */
export type QueryActivitiesAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryAllowanceLimitWarningsArgs = {
  on?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryCbsKeyFiguresArgs = {
  areaCode: Scalars['String']['input'];
  classificationYear: Scalars['Int']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryDeadLetteredEventsArgs = {
  consumer?: InputMaybe<Scalars['String']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryExpenseClaimQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: ClaimStatus;
};


/** Everything a caller can read; each field says who may see what */
export type QueryFailedMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryFinanceAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryFlatAllowanceWarningsArgs = {
  year: Scalars['Int']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryImpactAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryLedgerCheckArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryLiveabilityScoresArgs = {
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryMessagesAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryNationalHoursArgs = {
  year: Scalars['Int']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryNationalImpactArgs = {
  year: Scalars['Int']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryNeighbourhoodRequestsArgs = {
  first?: Scalars['Int']['input'];
  status?: InputMaybe<NeighbourhoodRequestStatus>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryNeighbourhoodScanArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryNeighbourhoodScansArgs = {
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryNeighbourhoodsArgs = {
  city?: InputMaybe<Scalars['String']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryPartnersArgs = {
  kind?: InputMaybe<PartnerKind>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryPaymentsNotOnStatementArgs = {
  businessDays?: Scalars['Int']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryPayoutBatchArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryPayoutBatchFileArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryShadowPricesArgs = {
  year: Scalars['Int']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryTeamProposalArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<TeamStatus>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryTeamsAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryTrainingAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


/** Everything a caller can read; each field says who may see what */
export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  neighbourhood?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<VolunteerStatus>;
  talent?: InputMaybe<Scalars['String']['input']>;
  team?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryVolunteersAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  person?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything a caller can read; each field says who may see what */
export type QueryYearEndExportArgs = {
  year: Scalars['Int']['input'];
};

/** Where to send one receipt file: PUT the bytes to `url` before `expiresAt` */
export type ReceiptUploadUrl = {
  __typename?: 'ReceiptUploadUrl';
  /** The types accepted (checked by the file’s content, not its name) */
  accepts: Scalars['String']['output'];
  /** When the link stops working: 10 minutes after it was issued */
  expiresAt: Scalars['DateTime']['output'];
  /** The largest file accepted, in bytes */
  maxBytes: Scalars['Int']['output'];
  /** Always PUT */
  method: Scalars['String']['output'];
  /** Relative to the gateway's origin unless the platform is configured with a public base URL */
  url: Scalars['String']['output'];
};

/** Money a volunteer owes back, offset against their next payments unless written off */
export type Receivable = {
  __typename?: 'Receivable';
  /** What the volunteer owes back */
  owed: Money;
  /** The volunteer who owes it */
  volunteer: Volunteer;
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

/** An interested resident in intake; the team's coordinators and admins only (personal data) */
export type RecruitmentCandidate = {
  __typename?: 'RecruitmentCandidate';
  /** When the intake was closed */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the name and contact were deleted (on joining, or 12 months after NOT_JOINED) */
  contactDeletedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the team started following them up */
  createdAt: Scalars['DateTimeISO']['output'];
  /** E-mail address, if given; null once they joined or the data was deleted */
  email?: Maybe<Scalars['String']['output']>;
  /** The day of the first conversation (kennismakingsgesprek) */
  firstConversationOn?: Maybe<Scalars['LocalDate']['output']>;
  /** First name; null once they joined or the data was deleted */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The day they came along to meet the team (meeloopmoment) */
  introductionOn?: Maybe<Scalars['LocalDate']['output']>;
  /** A note on why not, if any (NOT_JOINED only) */
  notJoinedNote?: Maybe<Scalars['String']['output']>;
  /** Why not (NOT_JOINED only) */
  notJoinedReason?: Maybe<NotJoinedReason>;
  /** How the intake ended; null while it runs */
  outcome?: Maybe<IntakeOutcome>;
  /** The day the intake ended: for JOINED, the first day of their membership in the team */
  outcomeOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The outreach moment where they showed interest, if known */
  outreachMomentId?: Maybe<Scalars['ID']['output']>;
  /** Phone number, if given; null once they joined or the data was deleted */
  phone?: Maybe<Scalars['String']['output']>;
  /** Send this back on a change; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** The volunteer they became (JOINED only) */
  volunteerId?: Maybe<Scalars['ID']['output']>;
};

/** Recruitment as figures: spoken to → interested → intake → joined → still active after 3 and 12 months. Partners see counts under 10 (and what they can be worked out from) as null */
export type RecruitmentFunnel = {
  __typename?: 'RecruitmentFunnel';
  /** Of those who joined in the year: still active 3 months after joining */
  after3Months: RecruitmentRetention;
  /** Of those who joined in the year: still active 12 months after joining */
  after12Months: RecruitmentRetention;
  /** Interested residents who had a first conversation in the year (intake) */
  intake?: Maybe<Scalars['Int']['output']>;
  /** Of them, residents interested (the sum of the outreach moments) */
  interested?: Maybe<Scalars['Int']['output']>;
  /** Candidates who joined the team in the year */
  joined?: Maybe<Scalars['Int']['output']>;
  /** Residents spoken to at outreach moments held in the year */
  spokenTo?: Maybe<Scalars['Int']['output']>;
  /** True when small numbers are hidden (a partner’s view) */
  suppressed: Scalars['Boolean']['output'];
  /** The calendar year the figures are about; null for all years */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Of those who joined, who is still in the team a number of months after joining; null where a partner’s view hides a small number */
export type RecruitmentRetention = {
  __typename?: 'RecruitmentRetention';
  /** Still a member of the team on that day */
  active?: Maybe<Scalars['Int']['output']>;
  /** No longer a member on that day */
  lost?: Maybe<Scalars['Int']['output']>;
  /** That day is still to come: not counted as active nor as lost */
  notYetDue?: Maybe<Scalars['Int']['output']>;
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

/** An organisation present in the neighbourhood (organisations only, never persons) */
export type ScanPartner = {
  __typename?: 'ScanPartner';
  /** What kind of organisation it is */
  kind: LocalPartnerKind;
  /** The organisation's name */
  name: Scalars['String']['output'];
};

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

/** One meeting of a course run, in person, online or both */
export type Session = {
  __typename?: 'Session';
  /** When the session ends */
  endsAt: Scalars['DateTime']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Where it takes place; null for an online-only session */
  location?: Maybe<Scalars['String']['output']>;
  /** Link to join online; null for an in-person session */
  onlineLink?: Maybe<Scalars['String']['output']>;
  /** The course run this session belongs to */
  run: CourseRun;
  /** When the session starts */
  startsAt: Scalars['DateTime']['output'];
};

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

/** A price for an effect that has no market price, with its source; empty where no figure is published */
export type ShadowPrice = {
  __typename?: 'ShadowPrice';
  /** Per unit, the high end of the published range; empty when none is published */
  high?: Maybe<Money>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** What it is the price of */
  item: ShadowPriceItem;
  /** Per unit, the low end of the published range; empty when none is published */
  low?: Maybe<Money>;
  /** A remark on the figure or its use; null when there is none */
  note?: Maybe<Scalars['String']['output']>;
  /** The year whose price level the figures are in */
  priceYear: Scalars['Int']['output'];
  /** Where the figure comes from (publication, year, table) */
  source: Scalars['String']['output'];
  /** What one unit is, e.g. "hour" */
  unit: Scalars['String']['output'];
  /** Per unit; empty when no figure is published */
  value?: Maybe<Money>;
  /** Send this back when changing the price; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
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

/** A period in which the person receives social assistance (bijstand); sensitive: the person and admins only */
export type SocialAssistancePeriod = {
  __typename?: 'SocialAssistancePeriod';
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Recorded by an admin rather than by the person */
  recordedByAdmin: Scalars['Boolean']['output'];
  /** First day of the bijstand */
  since: Scalars['LocalDate']['output'];
  /** Last day; null while it lasts */
  until?: Maybe<Scalars['LocalDate']['output']>;
};

/** The language of a summary text or image */
export type SummaryLanguage =
  /** English */
  | 'EN'
  /** Dutch */
  | 'NL';

/** A photo picked for a monthly summary */
export type SummaryPhoto = {
  __typename?: 'SummaryPhoto';
  /** What the photo shows, as written by the coordinator */
  caption: Scalars['String']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The members who can be recognised in it: for the team's coordinators and admins only, null for everyone else */
  people?: Maybe<Array<Volunteer>>;
  /** Whether the photo may be shown: uploaded, and everyone in it has PHOTOS consent now */
  shown: Scalars['Boolean']['output'];
  /** Whether the file has arrived */
  uploaded: Scalars['Boolean']['output'];
  /** A short-lived link to the file on the gateway while the photo may be shown; null otherwise */
  viewUrl?: Maybe<Scalars['String']['output']>;
};

/** Where to send the file of a new summary photo */
export type SummaryPhotoUploadLink = {
  __typename?: 'SummaryPhotoUploadLink';
  /** The accepted media types, judged by the file’s first bytes */
  accepts: Scalars['String']['output'];
  /** The link works until then */
  expiresAt: Scalars['DateTime']['output'];
  /** The largest file accepted, in bytes */
  maxBytes: Scalars['Int']['output'];
  /** The HTTP method to use: PUT, with the file as the body */
  method: Scalars['String']['output'];
  /** The photo the file will belong to */
  photo: SummaryPhoto;
  /** Relative to the gateway's origin unless the service is configured with an absolute base */
  url: Scalars['String']['output'];
};

/** One statement or characteristic: the mean agreement (1–5) and its 0–10 score */
export type SurveyItemScore = {
  __typename?: 'SurveyItemScore';
  /** The statement or characteristic (a CohesionStatement or InclusionCharacteristic value) */
  item: Scalars['String']['output'];
  /** Its wording in English */
  labelEn: Scalars['String']['output'];
  /** Its wording in Dutch */
  labelNl: Scalars['String']['output'];
  /** 1 = helemaal oneens … 5 = helemaal eens */
  meanAgreement: Scalars['Float']['output'];
  /** The statement is negative, so agreeing lowers the score */
  reverseScored: Scalars['Boolean']['output'];
  /** 0–10, higher is better (reverse-scored where the statement is negative) */
  score: Scalars['Float']['output'];
};

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

/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type Team = {
  __typename?: 'Team';
  /** The team's activities by start */
  activities?: Maybe<ActivityConnection>;
  /** Volunteers approaching an allowance cap in a month */
  allowancesNearCap?: Maybe<Array<AllowanceCapStanding>>;
  /** The team’s budget for a year, per category */
  budget?: Maybe<Array<BudgetLine>>;
  /** The team's commitments of a year in counts and sums; for its coordinators, partners serving its neighbourhood and admins */
  budgetCommitmentTotals?: Maybe<BudgetCommitmentTotals>;
  /** Money the team decided together to spend in a year, newest first; for its coordinators and admins */
  budgetCommitments?: Maybe<Array<BudgetCommitment>>;
  /** The foundation's checklist for the phases up to the current one, with what is ticked; for the team's members and coordinators and admins */
  checklist?: Maybe<Array<TeamChecklistItem>>;
  /** The team's professional coaches now, or all of them with includeEnded; for the team's own members, coordinators and admins */
  coaches?: Maybe<Array<TeamCoach>>;
  /** Coaching sessions for this team */
  coachingSessions?: Maybe<Array<Session>>;
  /** The end of the committed period: 4 to 6 years after the start */
  commitmentEndsOn: Scalars['LocalDate']['output'];
  /** How the team decides on new proposals; for its members and coordinators and admins */
  decisionRule?: Maybe<TeamDecisionRule>;
  /** The team’s expense claims, newest first; for admins, and for its coordinators those of its current members */
  expenseClaims?: Maybe<ExpenseClaimConnection>;
  /** Progress on the first-year promise; for admins, the team and partners serving its neighbourhood (FORBIDDEN otherwise); null for an unknown team */
  firstYearProgress?: Maybe<FirstYearProgress>;
  /** The follow-up measurements 12 and 24 months after hand-over, with when they fall due; empty before hand-over. For the team's members and coordinators and admins */
  followUps?: Maybe<Array<TeamFollowUp>>;
  /** The team's held allowances with the reason: for its coordinators (people whose money they may see) and admins */
  heldAllowances?: Maybe<Array<HeldAllowance>>;
  /** Volunteer hours of the team in a year; for admins, the team and partners serving its neighbourhood (FORBIDDEN otherwise) */
  hours?: Maybe<HoursSummary>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** What the team achieved in a year (admins, its coordinators, partners serving its neighbourhood) */
  impact?: Maybe<ImpactReport>;
  /** The team’s impact report of a year as a PDF in Dutch (admins, its coordinators, partners serving its neighbourhood) */
  impactReportPdf?: Maybe<GeneratedFile>;
  /** Current members and coordinators; empty for partners when under 10 */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Current memberships, or the whole history with includeEnded; for the team's own members, coordinators and admins */
  memberships?: Maybe<Array<Membership>>;
  /** The team’s latest summaries the caller may see, newest first */
  monthSummaries: Array<TeamMonthSummary>;
  /** The team's summary of a month; null when there is none or it is a draft the caller may not see */
  monthSummary?: Maybe<TeamMonthSummary>;
  /** The summary of a month as a share image (PNG, 1200×630) with photos that may be shown; null when the caller may not see it */
  monthSummaryShareImage?: Maybe<GeneratedFile>;
  /** The summary of a month as text for a newsletter or a post (Dutch first); null when the caller may not see it */
  monthSummaryText?: Maybe<Scalars['String']['output']>;
  /** The team's name as it is known in the neighbourhood */
  name: Scalars['String']['output'];
  /** The neighbourhood the team works in */
  neighbourhood: Neighbourhood;
  /** The team's outreach moments, newest first (the team's coordinators and admins) */
  outreachMoments?: Maybe<Array<OutreachMoment>>;
  /** Partner organisations serving the team's neighbourhood */
  partners: Array<Partner>;
  /** The phase the team is in and since when; null before any is recorded. For the team's members and coordinators, partners serving its neighbourhood and admins */
  phase?: Maybe<TeamPhaseStanding>;
  /** Every phase change, oldest first, corrections included; for the same callers as phase */
  phaseHistory?: Maybe<Array<TeamPhaseChange>>;
  /** How many proposals the team made and accepted (counts only); for its members and coordinators, partners serving its neighbourhood and admins */
  proposalActivity?: Maybe<TeamProposalActivity>;
  /** The team's proposals, newest first; for its members and coordinators and admins */
  proposals?: Maybe<Array<TeamProposal>>;
  /** Interested residents in intake and after, newest first (the team's coordinators and admins: personal data) */
  recruitmentCandidates?: Maybe<Array<RecruitmentCandidate>>;
  /** The team's recruitment funnel: its coordinators and admins; partners serving its neighbourhood with small numbers hidden */
  recruitmentFunnel?: Maybe<RecruitmentFunnel>;
  /** Current members against the target of 15 to 25, also when the count itself is hidden */
  sizeIndicator: TeamSizeIndicator;
  /** The team's first day, a date in Europe/Amsterdam */
  startsOn: Scalars['LocalDate']['output'];
  /** Where the team is in its life: forming, active, paused or closed */
  status: TeamStatus;
  /** For each required course, how many current members hold a valid certificate */
  trainingCoverage?: Maybe<Array<TrainingCoverage>>;
  /** Send this back on update; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** Wellbeing change of the team's consenting members; for admins, the team and partners serving its neighbourhood (FORBIDDEN otherwise) */
  wellbeing?: Maybe<WellbeingSummary>;
  /** The team's review of a year; null when nothing is written for it. For the team's members and coordinators and admins */
  yearlyReview?: Maybe<TeamYearlyReview>;
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<ActivityStatus>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamAllowancesNearCapArgs = {
  month: Scalars['String']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamBudgetArgs = {
  year: Scalars['Int']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamBudgetCommitmentTotalsArgs = {
  year: Scalars['Int']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamBudgetCommitmentsArgs = {
  year: Scalars['Int']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamCoachesArgs = {
  includeEnded?: Scalars['Boolean']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamExpenseClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamHoursArgs = {
  year: Scalars['Int']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamImpactArgs = {
  year: Scalars['Int']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamImpactReportPdfArgs = {
  year: Scalars['Int']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamMembershipsArgs = {
  includeEnded?: Scalars['Boolean']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamMonthSummariesArgs = {
  last?: Scalars['Int']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamMonthSummaryArgs = {
  month: Scalars['String']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamMonthSummaryShareImageArgs = {
  language?: SummaryLanguage;
  month: Scalars['String']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamMonthSummaryTextArgs = {
  language?: SummaryLanguage;
  month: Scalars['String']['input'];
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamProposalActivityArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamProposalsArgs = {
  status?: InputMaybe<TeamProposalStatus>;
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamRecruitmentFunnelArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A self-managed team of 15 to 25 residents working in their own neighbourhood for 4 to 6 years. Anyone sees the name, status and neighbourhood of active teams. */
export type TeamYearlyReviewArgs = {
  year: Scalars['Int']['input'];
};

/** One item of the checklist the foundation keeps for a phase */
export type TeamChecklistItem = {
  __typename?: 'TeamChecklistItem';
  /** Whether the item is ticked */
  done: Scalars['Boolean']['output'];
  /** Stable key, sent to tick the item (e.g. LOCAL_PARTNER_FOUND) */
  key: Scalars['String']['output'];
  /** What is checked, in English */
  labelEn: Scalars['String']['output'];
  /** What is checked, in Dutch */
  labelNl: Scalars['String']['output'];
  /** The phase the item belongs to */
  phase: TeamPhase;
  /** When it was ticked; null when not */
  tickedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who ticked it (the staff member’s sign-in subject); admins only */
  tickedBy?: Maybe<Scalars['String']['output']>;
};

/** A professional who coaches a team for a period; not a member of the team (not counted, no rights in it) */
export type TeamCoach = {
  __typename?: 'TeamCoach';
  /** First day of coaching the team */
  from: Scalars['LocalDate']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The coach's name; empty only for a coach recorded before names were kept (then a COACH membership) */
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation the coach works for; empty only for a coach recorded before names were kept */
  organisation?: Maybe<Scalars['String']['output']>;
  /** The team being coached */
  team: Team;
  /** The last day; empty while the coaching lasts */
  until?: Maybe<Scalars['LocalDate']['output']>;
  /** Send this back with endTeamCoach; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** One page of Team items (a Relay connection): ask for the next with first and after set to pageInfo.endCursor */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** The items on this page with their cursors, in the order the query documents */
  edges: Array<TeamEdge>;
  /** Whether more items follow and the cursor to ask for them */
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

/** How a team decides on proposals: a quorum and a majority, in figures and in words */
export type TeamDecisionRule = {
  __typename?: 'TeamDecisionRule';
  /** The rule in Dutch words, as shown to members */
  inDutch: Scalars['String']['output'];
  /** The rule in English words */
  inEnglish: Scalars['String']['output'];
  /** True while the team uses the platform's default rule (50% vote, more than 50% for) */
  isDefault: Scalars['Boolean']['output'];
  /** Share (percent) of FOR among the votes FOR and AGAINST that must be exceeded */
  majorityPercent: Scalars['Int']['output'];
  /** Share of the current members (percent) who must vote, abstaining included */
  quorumPercent: Scalars['Int']['output'];
  /** Send this back to change the rule (0 while the default applies); a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** One Team on a page of a TeamConnection, with its cursor */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Opaque position of this item; pass it as after to get the items that follow it */
  cursor: Scalars['String']['output'];
  /** The Team itself */
  node: Team;
};

/** A follow-up measurement after hand-over: when it falls due and, once made, what it found */
export type TeamFollowUp = {
  __typename?: 'TeamFollowUp';
  /** True when the day has come and nothing is recorded yet */
  due: Scalars['Boolean']['output'];
  /** The day it falls due */
  dueOn: Scalars['LocalDate']['output'];
  /** What was measured; null until recorded */
  measurement?: Maybe<FollowUpMeasurement>;
  /** Months after the hand-over: 12 or 24 */
  monthsAfterHandOver: Scalars['Int']['output'];
};

/** What a team did in one calendar month (Europe/Amsterdam) */
export type TeamMonthFigures = {
  __typename?: 'TeamMonthFigures';
  /** Members who logged approved hours in the month; null outside the team when fewer than 10 (small numbers stay hidden) */
  activeMembers?: Maybe<Scalars['Int']['output']>;
  /** Activities held (marked done) that started in the month */
  activitiesHeld: Scalars['Int']['output'];
  /** Approved volunteer hours with a date in the month */
  approvedHours: Scalars['Float']['output'];
  /** The month, YYYY-MM */
  month: Scalars['String']['output'];
  /** Residents reached, as recorded on the activities held */
  residentsReached: Scalars['Int']['output'];
};

/** A team's monthly summary that the foundation can publish: figures, a highlight written by the coordinator, photos */
export type TeamMonthSummary = {
  __typename?: 'TeamMonthSummary';
  /** What the team did in the month; the count of people follows the small-numbers rule */
  figures: TeamMonthFigures;
  /** The highlight in English; null when only Dutch was written */
  highlightEn?: Maybe<Scalars['String']['output']>;
  /** The highlight of the month in Dutch */
  highlightNl: Scalars['String']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The calendar month (Europe/Amsterdam), YYYY-MM */
  month: Scalars['String']['output'];
  /** Photos that may be shown (everyone in them has PHOTOS consent now); the team's coordinators and admins see all */
  photos: Array<SummaryPhoto>;
  /** When an admin published it; null while a draft */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Draft or published */
  status: TeamMonthSummaryStatus;
  /** The team it is about */
  team: Team;
  /** Send it back with a change; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

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

/** A team entering a phase on a date */
export type TeamPhaseChange = {
  __typename?: 'TeamPhaseChange';
  /** True when this entry is an admin's correction of the history rather than a move forward */
  correction: Scalars['Boolean']['output'];
  /** The day the team entered the phase (Europe/Amsterdam) */
  enteredOn: Scalars['LocalDate']['output'];
  /** Why, in the foundation’s words (required with a correction) */
  note?: Maybe<Scalars['String']['output']>;
  /** The phase entered */
  phase: TeamPhase;
  /** When it was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
};

/** The phase a team is in now and since when */
export type TeamPhaseStanding = {
  __typename?: 'TeamPhaseStanding';
  /** The day the team entered it */
  enteredOn: Scalars['LocalDate']['output'];
  /** The current phase */
  phase: TeamPhase;
};

/** A plan a team votes on within a period; for its members, coordinators and admins */
export type TeamProposal = {
  __typename?: 'TeamProposal';
  /** SPEND_BUDGET: the amount of the team’s ACTIVITIES budget; null otherwise */
  amount?: Maybe<Money>;
  /** When voting closes; the votes are counted then */
  closesAt: Scalars['DateTime']['output'];
  /** The votes so far (the final counts once decided); never who voted what */
  counts: TeamProposalCounts;
  /** What is proposed and why, in the proposer’s words */
  description: Scalars['String']['output'];
  /** THEME_FOCUS: the calendar year of the focus */
  focusYear?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** What the proposal is about */
  kind: TeamProposalKind;
  /** The caller’s own vote; null when they have not voted */
  myVote?: Maybe<VoteChoice>;
  /** When voting opened */
  opensAt: Scalars['DateTime']['output'];
  /** Whether the caller made this proposal */
  proposedByMe: Scalars['Boolean']['output'];
  /** The counted result; null while open or when withdrawn */
  result?: Maybe<TeamProposalResult>;
  /** The rule in force when voting opened, by which the proposal is decided */
  rule: TeamDecisionRule;
  /** Open, accepted, rejected or withdrawn */
  status: TeamProposalStatus;
  /** SPEND_BUDGET: what the money is for; NEW_ACTIVITY_SERIES: the series; null for THEME_FOCUS */
  subject?: Maybe<Scalars['String']['output']>;
  /** The team that votes on it */
  team?: Maybe<Team>;
  /** The theme of an activity series or of a theme focus */
  theme?: Maybe<Theme>;
  /** A short title, in the proposer’s words */
  title: Scalars['String']['output'];
  /** Send this back to withdraw; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
};

/** How much a team decides together: counts of proposals only, no titles, no names, nothing per person */
export type TeamProposalActivity = {
  __typename?: 'TeamProposalActivity';
  /** Proposals accepted */
  accepted: Scalars['Int']['output'];
  /** Proposals made (withdrawn ones excluded) */
  made: Scalars['Int']['output'];
};

/** The votes on a proposal so far: counts only, never who voted what */
export type TeamProposalCounts = {
  __typename?: 'TeamProposalCounts';
  /** Abstentions */
  abstentions: Scalars['Int']['output'];
  /** Members who voted (for, against or abstaining) */
  voted: Scalars['Int']['output'];
  /** Votes against */
  votesAgainst: Scalars['Int']['output'];
  /** Votes for */
  votesFor: Scalars['Int']['output'];
};

/** What a team proposal is about */
export type TeamProposalKind =
  /** Nieuwe activiteitenreeks: start a new series of activities on a theme */
  | 'NEW_ACTIVITY_SERIES'
  /** Geld uitgeven: spend an amount of the team's ACTIVITIES budget on something */
  | 'SPEND_BUDGET'
  /** Themafocus: the theme the team focuses on in a year */
  | 'THEME_FOCUS';

/** How the votes were counted when the period closed, and with what outcome */
export type TeamProposalResult = {
  __typename?: 'TeamProposalResult';
  /** Abstentions */
  abstentions: Scalars['Int']['output'];
  /** When the votes were counted */
  decidedAt: Scalars['DateTime']['output'];
  /** Members of the team when the votes were counted: what the quorum is measured against */
  eligibleMembers: Scalars['Int']['output'];
  /** Whether FOR exceeded the majority share of the votes for and against */
  majorityMet: Scalars['Boolean']['output'];
  /** ACCEPTED or REJECTED */
  outcome: TeamProposalStatus;
  /** Whether enough members voted */
  quorumMet: Scalars['Boolean']['output'];
  /** Who voted, as a percentage of eligibleMembers (one decimal) */
  turnoutPercent: Scalars['Float']['output'];
  /** Votes against */
  votesAgainst: Scalars['Int']['output'];
  /** Votes for */
  votesFor: Scalars['Int']['output'];
};

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

/** What the public form answers: received, and nothing of what is stored */
export type TeamRequestReceipt = {
  __typename?: 'TeamRequestReceipt';
  /** Always true: the request is in (a request the spam check catches is answered the same way) */
  received: Scalars['Boolean']['output'];
};

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

/** A team's yearly review: goals per theme set at the start of the year and what the team says went well and what not. The hours that happened are Team.hours(year). */
export type TeamYearlyReview = {
  __typename?: 'TeamYearlyReview';
  /** Goals per theme, at most one per theme */
  goals: Array<ThemeGoal>;
  /** Send this back on a change; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** What did not go well, in the team’s words (written by its coordinators) */
  wentLessWell?: Maybe<Scalars['String']['output']>;
  /** What went well, in the team’s words (written by its coordinators) */
  wentWell?: Maybe<Scalars['String']['output']>;
  /** The calendar year (Europe/Amsterdam) */
  year: Scalars['Int']['output'];
};

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

/** What a team means to do on one theme in a year */
export type ThemeGoal = {
  __typename?: 'ThemeGoal';
  /** The goal in the team’s words */
  goal: Scalars['String']['output'];
  /** The volunteer hours the team aims for on this theme, if it set a number */
  targetHours?: Maybe<Scalars['Int']['output']>;
  /** The theme */
  theme: Theme;
};

/** A goal on one theme for the year */
export type ThemeGoalInput = {
  /** The goal in the team’s words, 3 to 500 characters */
  goal: Scalars['String']['input'];
  /** The volunteer hours aimed for on this theme (0 to 100,000), if any */
  targetHours?: InputMaybe<Scalars['Int']['input']>;
  /** The theme */
  theme: Theme;
};

/** Hours of one theme in a year */
export type ThemeHours = {
  __typename?: 'ThemeHours';
  /** Approved hours (fractional: minutes / 60) */
  approvedHours: Scalars['Float']['output'];
  /** Submitted and not yet decided */
  submittedHours: Scalars['Float']['output'];
  /** The theme */
  theme: Theme;
};

/** How a theme is shown to people: Dutch first, English second */
export type ThemeLabel = {
  __typename?: 'ThemeLabel';
  /** What the theme covers, in English */
  description: Scalars['String']['output'];
  /** The label in English, e.g. The neighbourhood */
  labelEn: Scalars['String']['output'];
  /** The label in Dutch, e.g. De Buurt */
  labelNl: Scalars['String']['output'];
  /** The theme this label belongs to */
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

/** For one required course: current members who need it, and how many hold a valid certificate */
export type TrainingCoverage = {
  __typename?: 'TrainingCoverage';
  /** The required course */
  course: Course;
  /** How many of them hold a valid certificate for it */
  covered: Scalars['Int']['output'];
  /** Who still needs it; for the team’s coordinators and admins */
  missing?: Maybe<Array<Volunteer>>;
  /** Current members in the roles that need it */
  required: Scalars['Int']['output'];
};

/** Training in a neighbourhood's teams, for admins and partners serving the neighbourhood */
export type TrainingFigures = {
  __typename?: 'TrainingFigures';
  /** Certificates issued to people of the neighbourhood's teams */
  certificatesIssued: Scalars['Int']['output'];
  /** Hidden from partners under 10 */
  peopleCertified?: Maybe<Scalars['Int']['output']>;
  /** Course runs attended by people of the neighbourhood’s teams */
  trainingsGiven: Scalars['Int']['output'];
};

/** Money that came in on a bank statement and matched no open invoice: for an admin to place */
export type UnmatchedBankCredit = {
  __typename?: 'UnmatchedBankCredit';
  /** The amount credited */
  amount: Money;
  /** The bank’s reference of the booking */
  bankReference: Scalars['String']['output'];
  /** The day the bank booked it, as on the statement */
  bookedOn: Scalars['LocalDate']['output'];
  /** Who paid, as the bank named them; null when the statement did not say */
  debtorName?: Maybe<Scalars['String']['output']>;
  /** The credit’s ID; name it in assignBankCredit */
  id: Scalars['ID']['output'];
  /** camt.053 or camt.054 */
  message: Scalars['String']['output'];
  /** Why it was not booked against an invoice */
  reason: Scalars['String']['output'];
  /** The remittance information as the bank gave it */
  remittance?: Maybe<Scalars['String']['output']>;
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

/** A resident who volunteers. Team mates see the display name, talents, languages, availability and status; personal fields only the person, their coordinators and admins */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** For an allowance arrangement in a team: the limits and a grant carrying the birth date */
  allowanceEligibility?: Maybe<AllowanceEligibility>;
  /** When the person is available, by weekday and part of day */
  availability: Array<Availability>;
  /** The person's certificates; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  certificates?: Maybe<Array<Certificate>>;
  /** Consents given and withdrawn; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  consents?: Maybe<Array<Consent>>;
  /** The person's team now; for the person, their team and admins */
  currentTeam?: Maybe<Team>;
  /** Date of birth; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** What team mates see */
  displayName: Scalars['String']['output'];
  /** E-mail address; for the person, admins, and their coordinators when the person gave CONTACT consent (FORBIDDEN otherwise) */
  email?: Maybe<Scalars['String']['output']>;
  /** The person's enrolments; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  enrolments?: Maybe<Array<Enrolment>>;
  /** The person’s expense claims, newest first; for the person and admins */
  expenseClaims?: Maybe<ExpenseClaimConnection>;
  /** Family name; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  familyName?: Maybe<Scalars['String']['output']>;
  /** Allowances and reimbursed costs of a year (or one month of it); the person and admins only */
  financialStatement?: Maybe<FinancialStatement>;
  /** Given name; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  givenName?: Maybe<Scalars['String']['output']>;
  /** Hour entries, newest first; for the person, their coordinators and admins */
  hourEntries?: Maybe<HourEntryConnection>;
  /** Approved hours in a calendar year; for the person, the coordinators of their team and admins */
  hours?: Maybe<Scalars['Float']['output']>;
  /** House number; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  houseNumber?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** The day the person joined, a date in Europe/Amsterdam */
  joinedOn: Scalars['LocalDate']['output'];
  /** Languages the person speaks, as they wrote them */
  languages: Array<Scalars['String']['output']>;
  /** The most recent wellbeing check; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  latestWellbeing?: Maybe<WellbeingCheck>;
  /** The person's memberships, past and present; for the person, the coordinators of their current team and admins */
  memberships?: Maybe<Array<Membership>>;
  /** Which e-mail messages the person gets and in which language: for the person themselves and admins */
  messagePreferences?: Maybe<MessagePreferences>;
  /** The municipality's written consents for an allowance; the person and admins only */
  municipalAllowanceConsents?: Maybe<Array<MunicipalAllowanceConsent>>;
  /** Where the person lives; for the person, their coordinators and admins */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Everything the platform holds about this person; for the person themselves and admins */
  personalDataExport?: Maybe<PersonalDataExport>;
  /** Phone number; for the person, admins, and their coordinators when the person gave CONTACT consent (FORBIDDEN otherwise) */
  phone?: Maybe<Scalars['String']['output']>;
  /** Dutch postal code; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Periods of social assistance (bijstand), oldest first; the person and admins only, never coordinators */
  socialAssistance?: Maybe<Array<SocialAssistancePeriod>>;
  /** Where the person stands as a volunteer */
  status: VolunteerStatus;
  /** Dated status transitions, oldest first */
  statusHistory?: Maybe<Array<VolunteerStatusChange>>;
  /** The day the current status took effect */
  statusSince: Scalars['LocalDate']['output'];
  /** Free tags, lower case, e.g. "cooking", "bike repair" */
  talents: Array<Scalars['String']['output']>;
  /** Send this back on update; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  /** Certificate of conduct */
  vogStatus?: Maybe<VogStatus>;
  /** Last day the certificate of conduct is valid; for the person, their coordinators and admins (FORBIDDEN otherwise) */
  vogValidUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** Change per domain from the first check to the latest */
  wellbeingChange?: Maybe<Array<WellbeingDomainChange>>;
  /** The wellbeing history, oldest first */
  wellbeingChecks?: Maybe<Array<WellbeingCheck>>;
};


/** A resident who volunteers. Team mates see the display name, talents, languages, availability and status; personal fields only the person, their coordinators and admins */
export type VolunteerAllowanceEligibilityArgs = {
  teamId: Scalars['ID']['input'];
};


/** A resident who volunteers. Team mates see the display name, talents, languages, availability and status; personal fields only the person, their coordinators and admins */
export type VolunteerExpenseClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


/** A resident who volunteers. Team mates see the display name, talents, languages, availability and status; personal fields only the person, their coordinators and admins */
export type VolunteerFinancialStatementArgs = {
  month?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


/** A resident who volunteers. Team mates see the display name, talents, languages, availability and status; personal fields only the person, their coordinators and admins */
export type VolunteerHourEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<HourEntryStatus>;
};


/** A resident who volunteers. Team mates see the display name, talents, languages, availability and status; personal fields only the person, their coordinators and admins */
export type VolunteerHoursArgs = {
  year: Scalars['Int']['input'];
};

/** Partners get the count only (hidden under 10), never the people */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  /** The volunteers on this page with their cursors, by display name; FORBIDDEN for partners */
  edges?: Maybe<Array<VolunteerEdge>>;
  /** Whether more items follow and the cursor to ask for them */
  pageInfo: PageInfo;
  /** All volunteers that match the filters, across pages; hidden (null) for partners when under 10 */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Volunteer on a page of a VolunteerConnection, with its cursor */
export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  /** Opaque position of this item; pass it as after to get the items that follow it */
  cursor: Scalars['String']['output'];
  /** The Volunteer itself */
  node: Volunteer;
};

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

/** A dated change of a person's status */
export type VolunteerStatusChange = {
  __typename?: 'VolunteerStatusChange';
  /** The status before; null for the first status */
  from?: Maybe<VolunteerStatus>;
  /** The day it took effect, a date in Europe/Amsterdam */
  on: Scalars['LocalDate']['output'];
  /** The status after */
  to: VolunteerStatus;
};

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

/** A self-assessment at intake and then every six months */
export type WellbeingCheck = {
  __typename?: 'WellbeingCheck';
  /** Daily life, 0 (worst) to 10 (best) */
  dailyLife: Scalars['Int']['output'];
  /** Financial health, 0 (worst) to 10 (best) */
  financialHealth: Scalars['Int']['output'];
  /** Home situation, 0 (worst) to 10 (best) */
  homeSituation: Scalars['Int']['output'];
  /** Stable identifier (uuid) */
  id: Scalars['ID']['output'];
  /** Language, 0 (worst) to 10 (best) */
  language: Scalars['Int']['output'];
  /** Meaning, 0 (worst) to 10 (best) */
  meaning: Scalars['Int']['output'];
  /** Mental health, 0 (worst) to 10 (best) */
  mentalHealth: Scalars['Int']['output'];
  /** Physical health, 0 (worst) to 10 (best) */
  physicalHealth: Scalars['Int']['output'];
  /** Anything the person or coordinator noted; null when nothing was */
  remark?: Maybe<Scalars['String']['output']>;
  /** Social network, 0 (worst) to 10 (best) */
  socialNetwork: Scalars['Int']['output'];
  /** The day of the check, a date in Europe/Amsterdam */
  takenOn: Scalars['LocalDate']['output'];
};

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

/** The average change in one domain from people's first to latest check */
export type WellbeingDomainChange = {
  __typename?: 'WellbeingDomainChange';
  /** Average change from first to latest check, on the 0 to 10 scale (negative is worse) */
  change: Scalars['Float']['output'];
  /** The domain */
  domain: WellbeingDomain;
  /** First check (intake); an average for a group */
  first: Scalars['Float']['output'];
  /** Latest check; an average for a group */
  latest: Scalars['Float']['output'];
};

/** Change per domain over people who consented to the wellbeing monitor and have two or more checks */
export type WellbeingSummary = {
  __typename?: 'WellbeingSummary';
  /** Change per domain; null when fewer than 10 people and you see suppressed figures */
  domains?: Maybe<Array<WellbeingDomainChange>>;
  /** Empty when fewer than 10 people and you see suppressed figures */
  people?: Maybe<Scalars['Int']['output']>;
};

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

/** A year of the books as an accountant imports it: two semicolon-separated CSV files (UTF-8 with BOM, euros with a decimal comma) */
export type YearEndExport = {
  __typename?: 'YearEndExport';
  /** File name for movements, e.g. buurtvolk-grootboek-2026.csv */
  fileName: Scalars['String']['output'];
  /** Every ledger movement dated in the year (Amsterdam time), with both accounts */
  movements: Scalars['String']['output'];
  /** Per team and category of the year’s budgets: allocated, spent and left, with a total */
  summary: Scalars['String']['output'];
  /** File name for summary, e.g. buurtvolk-budgetten-2026.csv */
  summaryFileName: Scalars['String']['output'];
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

export type AuditLogPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  person?: InputMaybe<Scalars['ID']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  withTeams: Scalars['Boolean']['input'];
  teamsAfter?: InputMaybe<Scalars['String']['input']>;
  withVolunteers: Scalars['Boolean']['input'];
  volunteersAfter?: InputMaybe<Scalars['String']['input']>;
  withActivities: Scalars['Boolean']['input'];
  activitiesAfter?: InputMaybe<Scalars['String']['input']>;
  withTraining: Scalars['Boolean']['input'];
  trainingAfter?: InputMaybe<Scalars['String']['input']>;
  withFinance: Scalars['Boolean']['input'];
  financeAfter?: InputMaybe<Scalars['String']['input']>;
  withImpact: Scalars['Boolean']['input'];
  impactAfter?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogPageQuery = { __typename?: 'Query', teams?: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, actorSubject: string, actorRole: string, action: string, entityType: string, entityId: string, relatedIds: Array<string> } }> }, volunteers?: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, actorSubject: string, actorRole: string, action: string, entityType: string, entityId: string, relatedIds: Array<string> } }> }, activities?: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, actorSubject: string, actorRole: string, action: string, entityType: string, entityId: string, relatedIds: Array<string> } }> }, training?: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, actorSubject: string, actorRole: string, action: string, entityType: string, entityId: string, relatedIds: Array<string> } }> }, finance?: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, actorSubject: string, actorRole: string, action: string, entityType: string, entityId: string, relatedIds: Array<string> } }> }, impact?: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, actorSubject: string, actorRole: string, action: string, entityType: string, entityId: string, relatedIds: Array<string> } }> } };

export type AuditLogEntriesFragment = { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, occurredAt: string, actorSubject: string, actorRole: string, action: string, entityType: string, entityId: string, relatedIds: Array<string> } }> };

export type BooksPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type BooksPageQuery = { __typename?: 'Query', erasedPayeesWithOpenMoney: Array<string>, allowanceLimitWarnings: Array<{ __typename?: 'AllowanceLimitWarning', kind: AllowanceLimitWarningKind, year: number, paymentsAllowed: boolean }>, flatAllowanceWarnings: Array<{ __typename?: 'FlatAllowanceWarning', id: string, month: string, approvedMinutes: number, limitsConfirmed: boolean, amount: { __typename?: 'Money', cents: number, currency: string }, perHour?: { __typename?: 'Money', cents: number, currency: string } | null, maxHourly: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string }, team: { __typename?: 'Team', id: string, name: string } }>, ledgerCheck: { __typename?: 'LedgerCheck', balanced: boolean, entries: number, accounts: number, problems: Array<string> }, receivables: Array<{ __typename?: 'Receivable', owed: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }>, allowanceRates: Array<{ __typename?: 'AllowanceRate', year: number, confirmed: boolean, source: string, version: number, hourly21Plus: { __typename?: 'Money', cents: number, currency: string }, hourlyUnder21: { __typename?: 'Money', cents: number, currency: string }, monthlyCap: { __typename?: 'Money', cents: number, currency: string }, yearlyCap: { __typename?: 'Money', cents: number, currency: string } }> };

export type BooksPageCorrectRateMutationVariables = Exact<{
  input: CorrectAllowanceRateInput;
}>;


export type BooksPageCorrectRateMutation = { __typename?: 'Mutation', correctAllowanceRate: { __typename?: 'AllowanceRate', year: number, confirmed: boolean, version: number } };

export type BooksPageAddRateMutationVariables = Exact<{
  input: AddAllowanceRateInput;
}>;


export type BooksPageAddRateMutation = { __typename?: 'Mutation', addAllowanceRate: { __typename?: 'AllowanceRate', year: number, confirmed: boolean, version: number } };

export type BooksPageAllowUnconfirmedMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
}>;


export type BooksPageAllowUnconfirmedMutation = { __typename?: 'Mutation', allowPaymentsUnderUnconfirmedLimits: { __typename?: 'AllowanceRate', year: number, version: number, unconfirmedPaymentsAllowedAt?: string | null } };

export type BooksPageYearEndQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type BooksPageYearEndQuery = { __typename?: 'Query', yearEndExport: { __typename?: 'YearEndExport', fileName: string, movements: string, summaryFileName: string, summary: string } };

export type ClaimsQueuePageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClaimsQueuePageQuery = { __typename?: 'Query', expenseClaimQueue: { __typename?: 'ExpenseClaimConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ExpenseClaimEdge', node: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, description?: string | null, createdAt: string, version: number, total: { __typename?: 'Money', cents: number, currency: string }, items: Array<{ __typename?: 'ExpenseClaimItem', id: string, category: ExpenseCategory, spentOn: string, receiptRef: string, amount: { __typename?: 'Money', cents: number, currency: string }, receipt?: { __typename?: 'ExpenseClaimReceipt', viewUrl?: string | null } | null }>, volunteer: { __typename?: 'Volunteer', id: string, displayName: string }, team: { __typename?: 'Team', id: string, name: string } } }> } };

export type FailedMessagesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedMessagesPageQuery = { __typename?: 'Query', failedMessages: { __typename?: 'FailedMessageConnection', totalCount: number, edges: Array<{ __typename?: 'FailedMessageEdge', node: { __typename?: 'FailedMessage', id: string, kind: MessageKind, template: string, attempts: number, lastError?: string | null, createdAt: string, finishedAt?: string | null, requestId?: string | null, volunteer?: { __typename?: 'Volunteer', id: string, displayName: string } | null } }> } };

export type RetryFailedMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryFailedMessageMutation = { __typename?: 'Mutation', retryFailedMessage: { __typename?: 'FailedMessage', id: string } };

export type FundingPageAddInstalmentMutationVariables = Exact<{
  input: AddFundingInstalmentInput;
}>;


export type FundingPageAddInstalmentMutation = { __typename?: 'Mutation', addFundingInstalment: { __typename?: 'FundingInstalment', id: string } };

export type FundingPageInvoiceInstalmentMutationVariables = Exact<{
  input: InvoiceFundingInstalmentInput;
}>;


export type FundingPageInvoiceInstalmentMutation = { __typename?: 'Mutation', invoiceFundingInstalment: { __typename?: 'FundingInvoice', id: string, number: string } };

export type FundingPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingPageQuery = { __typename?: 'Query', fundingAgreements: Array<{ __typename?: 'FundingAgreement', id: string, title: string, startsOn: string, endsOn: string, socialReturnCentsPerEuro: number, funder: { __typename?: 'Partner', id: string, name: string }, amount: { __typename?: 'Money', cents: number, currency: string }, allocated?: { __typename?: 'Money', cents: number, currency: string } | null, unallocated?: { __typename?: 'Money', cents: number, currency: string } | null, instalments?: Array<{ __typename?: 'FundingInstalment', id: string, dueOn: string, amount: { __typename?: 'Money', cents: number, currency: string }, invoice?: { __typename?: 'FundingInvoice', id: string, number: string, dueOn: string, status: FundingInvoiceStatus, daysOverdue: number } | null }> | null, allocations?: Array<{ __typename?: 'AgreementAllocation', year: number, category: BudgetCategory, amount: { __typename?: 'Money', cents: number, currency: string }, team: { __typename?: 'Team', id: string, name: string } }> | null, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus }>, neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus }> }> }>, unmatchedBankCredits: Array<{ __typename?: 'UnmatchedBankCredit', id: string, bankReference: string, bookedOn: string, debtorName?: string | null, remittance?: string | null, reason: string, amount: { __typename?: 'Money', cents: number, currency: string } }>, overdueFundingInvoices: Array<{ __typename?: 'FundingInvoice', id: string, number: string, dueOn: string, daysOverdue: number, open: { __typename?: 'Money', cents: number, currency: string }, agreement?: { __typename?: 'FundingAgreement', id: string, title: string, funder: { __typename?: 'Partner', id: string, name: string } } | null }>, partners: Array<{ __typename?: 'Partner', id: string, name: string }>, neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus }> }> };

export type FundingPageAllocateMutationVariables = Exact<{
  input: AllocateBudgetInput;
}>;


export type FundingPageAllocateMutation = { __typename?: 'Mutation', allocateBudget: { __typename?: 'LedgerEntry', id: string, amount: { __typename?: 'Money', cents: number, currency: string } } };

export type FundingPageCreateMutationVariables = Exact<{
  input: CreateFundingAgreementInput;
}>;


export type FundingPageCreateMutation = { __typename?: 'Mutation', createFundingAgreement: { __typename?: 'FundingAgreement', id: string, title: string } };

export type MonthSummaryTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type MonthSummaryTeamsQuery = { __typename?: 'Query', teams: { __typename?: 'TeamConnection', edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string } }> } };

export type PublishTeamMonthSummaryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type PublishTeamMonthSummaryMutation = { __typename?: 'Mutation', publishTeamMonthSummary: { __typename?: 'TeamMonthSummary', id: string, status: TeamMonthSummaryStatus } };

export type NationalOverviewPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type NationalOverviewPageQuery = { __typename?: 'Query', nationalHours: Array<{ __typename?: 'MunicipalityThemeHours', municipalityCode: string, theme: Theme, approvedHours: number }>, nationalImpact: { __typename?: 'ImpactNationalOverview', total: { __typename?: 'ImpactReport', totalHours: number, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number } }, neighbourhoods: Array<{ __typename?: 'ImpactNeighbourhoodRow', hours: number, netHours: number, promiseStatus: ImpactPromiseStatus, neighbourhood: { __typename?: 'Neighbourhood', id: string, name: string, city: string, municipalityCode: string, municipalityName: string, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus, trainingCoverage?: Array<{ __typename?: 'TrainingCoverage', required: number, covered: number, course: { __typename?: 'Course', id: string, title: string } }> | null }> } }> } };

export type NeighbourhoodRequestsPageQueryVariables = Exact<{
  status?: InputMaybe<NeighbourhoodRequestStatus>;
}>;


export type NeighbourhoodRequestsPageQuery = { __typename?: 'Query', neighbourhoodRequests: Array<{ __typename?: 'NeighbourhoodRequest', id: string, postcode: string, requesterKind: RequesterKind, organisation?: string | null, reason: string, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, language: RequestLanguage, status: NeighbourhoodRequestStatus, declineReason?: string | null, followUpNote?: string | null, createdAt: any, closedAt?: any | null, contactDeletedAt?: any | null, version: number, neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string }> } | null, team?: { __typename?: 'Team', id: string, name: string } | null }> };

export type FollowUpNeighbourhoodRequestMutationVariables = Exact<{
  input: FollowUpNeighbourhoodRequestInput;
}>;


export type FollowUpNeighbourhoodRequestMutation = { __typename?: 'Mutation', followUpNeighbourhoodRequest: { __typename?: 'NeighbourhoodRequest', id: string, status: NeighbourhoodRequestStatus, version: number } };

export type NeighbourhoodScansPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NeighbourhoodScansPageQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, cbsCode?: string | null, classificationYear: number, teams: Array<{ __typename?: 'Team', id: string, name: string }> }>, neighbourhoodRequests: Array<{ __typename?: 'NeighbourhoodRequest', id: string, postcode: string, neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string } | null }>, neighbourhoodScans: Array<{ __typename?: 'NeighbourhoodScan', id: string, version: number, areaCode: string, classificationYear: number, initiatives: Array<string>, notes?: string | null, decision?: ScanDecision | null, decisionReason?: string | null, decidedBy?: string | null, decidedAt?: any | null, createdAt: any, partners: Array<{ __typename?: 'ScanPartner', name: string, kind: LocalPartnerKind }>, neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string }> } | null, team?: { __typename?: 'Team', id: string, name: string } | null, request?: { __typename?: 'NeighbourhoodRequest', id: string, postcode: string, status: NeighbourhoodRequestStatus } | null, keyFigures: Array<{ __typename?: 'CbsKeyFigure', figure: CbsFigure, value: number, year: number, source: string }> }> };

export type ImportCbsKeyFiguresMutationVariables = Exact<{
  input: ImportCbsKeyFiguresInput;
}>;


export type ImportCbsKeyFiguresMutation = { __typename?: 'Mutation', importCbsKeyFigures: { __typename?: 'CbsImportReport', source: string, classificationYear: number, areas: number, figures: number } };

export type RecordNeighbourhoodScanMutationVariables = Exact<{
  input: RecordNeighbourhoodScanInput;
}>;


export type RecordNeighbourhoodScanMutation = { __typename?: 'Mutation', recordNeighbourhoodScan: { __typename?: 'NeighbourhoodScan', id: string } };

export type DecideNeighbourhoodScanMutationVariables = Exact<{
  input: DecideNeighbourhoodScanInput;
}>;


export type DecideNeighbourhoodScanMutation = { __typename?: 'Mutation', decideNeighbourhoodScan: { __typename?: 'NeighbourhoodScan', id: string, decision?: ScanDecision | null, team?: { __typename?: 'Team', id: string, name: string } | null } };

export type OrganisationPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationPageQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, municipalityName: string, municipalityCode: string, cbsCode?: string | null, classificationYear: number, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus, startsOn: string, commitmentEndsOn: string, memberCount?: number | null, sizeIndicator: TeamSizeIndicator }>, partners: Array<{ __typename?: 'Partner', id: string, name: string }> }>, partners: Array<{ __typename?: 'Partner', id: string, name: string, kind: PartnerKind, neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string }> }> };

export type OrganisationMembershipsQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  includeEnded: Scalars['Boolean']['input'];
}>;


export type OrganisationMembershipsQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, from: string, until?: string | null, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }> | null } | null };

export type PayoutsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PayoutsPageQuery = { __typename?: 'Query', payoutBatch?: { __typename?: 'PayoutBatch', id: string, messageId: string, requestedExecutionDate: string, status: string, payments: Array<{ __typename?: 'PayoutPayment', id: string, endToEndId: string, status: string, failureReason?: string | null, amount: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }> } | null };

export type PayoutsPageNotOnStatementQueryVariables = Exact<{
  businessDays: Scalars['Int']['input'];
}>;


export type PayoutsPageNotOnStatementQuery = { __typename?: 'Query', paymentsNotOnStatement: Array<{ __typename?: 'PayoutPayment', id: string, status: string, batchId: string, requestedExecutionDate: string, amount: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }> };

export type PayoutsPageStatementMutationVariables = Exact<{
  idempotencyKey: Scalars['String']['input'];
  xml: Scalars['String']['input'];
}>;


export type PayoutsPageStatementMutation = { __typename?: 'Mutation', importBankStatement: { __typename?: 'BankStatementImport', message: string, booked: number, returned: number, unchanged: number, unmatched: number, alreadyImported: boolean } };

export type PayoutsPageCreateMutationVariables = Exact<{
  idempotencyKey: Scalars['String']['input'];
  requestedExecutionDate: Scalars['LocalDate']['input'];
}>;


export type PayoutsPageCreateMutation = { __typename?: 'Mutation', createPayoutBatch: { __typename?: 'PayoutBatch', id: string } };

export type PayoutsPageFileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PayoutsPageFileQuery = { __typename?: 'Query', payoutBatchFile: string };

export type PayoutsPageImportMutationVariables = Exact<{
  idempotencyKey: Scalars['String']['input'];
  xml: Scalars['String']['input'];
}>;


export type PayoutsPageImportMutation = { __typename?: 'Mutation', importPaymentStatusReport: { __typename?: 'PaymentStatusImport', paid: number, accepted: number, failed: number } };

export type PeopleImportMutationVariables = Exact<{
  input: ImportVolunteersInput;
}>;


export type PeopleImportMutation = { __typename?: 'Mutation', importVolunteers: { __typename?: 'ImportVolunteersResult', dryRun: boolean, encoding: string, imported: number, rows: Array<{ __typename?: 'ImportRowResult', line: number, volunteerId?: string | null, errors: Array<{ __typename?: 'FieldProblem', field: string, message: string }>, warnings: Array<{ __typename?: 'FieldProblem', field: string, message: string }> }> } };

export type PeopleTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleTeamsQuery = { __typename?: 'Query', teams: { __typename?: 'TeamConnection', edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string, status: TeamStatus, neighbourhood: { __typename?: 'Neighbourhood', id: string, city: string } } }> } };

export type PeoplePageSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  team?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeoplePageSearchQuery = { __typename?: 'Query', volunteers: { __typename?: 'VolunteerConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'VolunteerEdge', node: { __typename?: 'Volunteer', id: string, displayName: string, status: VolunteerStatus, memberships?: Array<{ __typename?: 'Membership', id: string, from: string, until?: string | null, team: { __typename?: 'Team', id: string, name: string } }> | null } }> | null } };

export type PersonPickerSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type PersonPickerSearchQuery = { __typename?: 'Query', volunteers: { __typename?: 'VolunteerConnection', edges?: Array<{ __typename?: 'VolunteerEdge', node: { __typename?: 'Volunteer', id: string, displayName: string, currentTeam?: { __typename?: 'Team', id: string, name: string } | null } }> | null } };

export type PersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonPageQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, displayName: string, givenName?: string | null, familyName?: string | null, email?: string | null, phone?: string | null, dateOfBirth?: string | null, postalCode?: string | null, houseNumber?: string | null, status: VolunteerStatus, statusSince: string, joinedOn: string, languages: Array<string>, talents: Array<string>, vogStatus?: VogStatus | null, vogValidUntil?: string | null, neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, city: string } | null, consents?: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, givenOn: string, withdrawnOn?: string | null }> | null, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, from: string, until?: string | null, team: { __typename?: 'Team', id: string, name: string } }> | null } | null };

export type PersonExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonExportQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, personalDataExport?: { __typename?: 'PersonalDataExport', volunteerId: string, volunteers?: any | null, teams?: any | null, activities?: any | null, training?: any | null, finance?: any | null } | null } | null };

export type PersonEraseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonEraseMutation = { __typename?: 'Mutation', eraseVolunteer: string };

export type PersonErasureReceiptsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonErasureReceiptsQuery = { __typename?: 'Query', volunteersAuditLog: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, action: string, occurredAt: string } }> }, teamsAuditLog: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, action: string, occurredAt: string } }> }, activitiesAuditLog: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, action: string, occurredAt: string } }> }, trainingAuditLog: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, action: string, occurredAt: string } }> }, financeAuditLog: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, action: string, occurredAt: string } }> } };

export type RecruitmentFunnelsPageQueryVariables = Exact<{
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecruitmentFunnelsPageQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, recruitmentFunnel?: { __typename?: 'RecruitmentFunnel', suppressed: boolean, spokenTo?: number | null, interested?: number | null, intake?: number | null, joined?: number | null, after3Months: { __typename?: 'RecruitmentRetention', active?: number | null, lost?: number | null, notYetDue?: number | null }, after12Months: { __typename?: 'RecruitmentRetention', active?: number | null, lost?: number | null, notYetDue?: number | null } } | null }> };

export type TeamPathTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamPathTeamsQuery = { __typename?: 'Query', teams: { __typename?: 'TeamConnection', edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string, phase?: { __typename?: 'TeamPhaseStanding', phase: TeamPhase } | null } }> } };

export type TeamPathPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type TeamPathPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, phase?: { __typename?: 'TeamPhaseStanding', phase: TeamPhase, enteredOn: string } | null, phaseHistory?: Array<{ __typename?: 'TeamPhaseChange', phase: TeamPhase, enteredOn: string, correction: boolean, note?: string | null }> | null, checklist?: Array<{ __typename?: 'TeamChecklistItem', phase: TeamPhase, key: string, labelNl: string, labelEn: string, done: boolean, tickedAt?: any | null, tickedBy?: string | null }> | null, followUps?: Array<{ __typename?: 'TeamFollowUp', monthsAfterHandOver: number, dueOn: string, due: boolean, measurement?: { __typename?: 'FollowUpMeasurement', measuredOn: string, stillActiveMembers?: number | null, hoursLastThreeMonths: number } | null }> | null } | null };

export type MoveTeamPhaseMutationVariables = Exact<{
  input: MoveTeamPhaseInput;
}>;


export type MoveTeamPhaseMutation = { __typename?: 'Mutation', moveTeamPhase: { __typename?: 'Team', id: string } };

export type TickTeamChecklistItemMutationVariables = Exact<{
  input: TickTeamChecklistItemInput;
}>;


export type TickTeamChecklistItemMutation = { __typename?: 'Mutation', tickTeamChecklistItem: { __typename?: 'Team', id: string } };

export type FundingPageAssignBankCreditMutationVariables = Exact<{
  input: AssignBankCreditInput;
}>;


export type FundingPageAssignBankCreditMutation = { __typename?: 'Mutation', assignBankCredit: { __typename?: 'FundingPaymentReceived', id: string } };

export type ApproveHoursPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ApproveHoursPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, memberships?: Array<{ __typename?: 'Membership', id: string, volunteer: { __typename?: 'Volunteer', id: string, displayName: string, hourEntries?: { __typename?: 'HourEntryConnection', totalCount: number, edges: Array<{ __typename?: 'HourEntryEdge', node: { __typename?: 'HourEntry', id: string, version: number, entryDate: string, minutes: number, theme: Theme, description?: string | null, team: { __typename?: 'Team', id: string } } }> } | null } }> | null } | null };

export type ApproveHoursApproveMutationVariables = Exact<{
  input: ApproveHourEntriesInput;
}>;


export type ApproveHoursApproveMutation = { __typename?: 'Mutation', approveHourEntries: Array<{ __typename?: 'HourEntry', id: string, status: HourEntryStatus, version: number }> };

export type ApproveHoursRejectMutationVariables = Exact<{
  input: DecideHourEntryInput;
}>;


export type ApproveHoursRejectMutation = { __typename?: 'Mutation', rejectHourEntry: { __typename?: 'HourEntry', id: string, status: HourEntryStatus, version: number } };

export type MoneyPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  month: Scalars['String']['input'];
  claimsPageSize: Scalars['Int']['input'];
}>;


export type MoneyPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, budget?: Array<{ __typename?: 'BudgetLine', category: BudgetCategory, allocated: { __typename?: 'Money', cents: number, currency: string }, spent: { __typename?: 'Money', cents: number, currency: string }, left: { __typename?: 'Money', cents: number, currency: string } }> | null, allowancesNearCap?: Array<{ __typename?: 'AllowanceCapStanding', month: string, limitsConfirmed: boolean, usedThisMonth: { __typename?: 'Money', cents: number, currency: string }, usedThisYear: { __typename?: 'Money', cents: number, currency: string }, monthlyCap: { __typename?: 'Money', cents: number, currency: string }, yearlyCap: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }> | null, heldAllowances?: Array<{ __typename?: 'HeldAllowance', id: string, month: string, hoursOn?: string | null, reason: HeldAllowanceReason, limitsConfirmed: boolean, amount: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }> | null, expenseClaims?: { __typename?: 'ExpenseClaimConnection', totalCount: number, edges: Array<{ __typename?: 'ExpenseClaimEdge', node: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, description?: string | null, version: number, createdAt: string, total: { __typename?: 'Money', cents: number, currency: string }, items: Array<{ __typename?: 'ExpenseClaimItem', id: string, category: ExpenseCategory, kind: ClaimItemKind, spentOn: string, amount: { __typename?: 'Money', cents: number, currency: string }, receipt?: { __typename?: 'ExpenseClaimReceipt', viewUrl?: string | null } | null }>, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } } }> } | null } | null };

export type MonthSummaryPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  month: Scalars['String']['input'];
  language: SummaryLanguage;
}>;


export type MonthSummaryPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, monthSummaryText?: string | null, memberships?: Array<{ __typename?: 'Membership', id: string, volunteer: { __typename?: 'Volunteer', id: string, displayName: string, givenName?: string | null, familyName?: string | null } }> | null, monthSummary?: { __typename?: 'TeamMonthSummary', id: string, status: TeamMonthSummaryStatus, version: number, highlightNl: string, highlightEn?: string | null, publishedAt?: string | null, figures: { __typename?: 'TeamMonthFigures', approvedHours: number, activitiesHeld: number, residentsReached: number, activeMembers?: number | null }, photos: Array<{ __typename?: 'SummaryPhoto', id: string, caption: string, shown: boolean, uploaded: boolean, viewUrl?: string | null, people?: Array<{ __typename?: 'Volunteer', id: string }> | null }> } | null, monthSummaryShareImage?: { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string, byteSize: number } | null } | null };

export type WriteTeamMonthSummaryMutationVariables = Exact<{
  input: WriteTeamMonthSummaryInput;
}>;


export type WriteTeamMonthSummaryMutation = { __typename?: 'Mutation', writeTeamMonthSummary: { __typename?: 'TeamMonthSummary', id: string, version: number } };

export type RequestSummaryPhotoUploadMutationVariables = Exact<{
  input: RequestSummaryPhotoUploadInput;
}>;


export type RequestSummaryPhotoUploadMutation = { __typename?: 'Mutation', requestSummaryPhotoUpload: { __typename?: 'SummaryPhotoUploadLink', url: string, method: string, maxBytes: number } };

export type RemoveSummaryPhotoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveSummaryPhotoMutation = { __typename?: 'Mutation', removeSummaryPhoto: { __typename?: 'TeamMonthSummary', id: string } };

export type PlanPageAttendanceMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  volunteerId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
}>;


export type PlanPageAttendanceMutation = { __typename?: 'Mutation', recordAttendance: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus } };

export type PlanPageWellbeingCheckMutationVariables = Exact<{
  input: RecordWellbeingCheckInput;
}>;


export type PlanPageWellbeingCheckMutation = { __typename?: 'Mutation', recordWellbeingCheck: { __typename?: 'WellbeingCheck', id: string, takenOn: string } };

export type PlanPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
}>;


export type PlanPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, volunteer: { __typename?: 'Volunteer', id: string, displayName: string, givenName?: string | null, familyName?: string | null, consents?: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, withdrawnOn?: string | null }> | null } }> | null } | null, courses: Array<{ __typename?: 'Course', id: string, title: string, runs: Array<{ __typename?: 'CourseRun', id: string, team?: { __typename?: 'Team', id: string } | null, sessions: Array<{ __typename?: 'Session', id: string, startsAt: string, endsAt: string, location?: string | null }>, enrolments: Array<{ __typename?: 'Enrolment', id: string, status: EnrolmentStatus, volunteer?: { __typename?: 'Volunteer', id: string } | null }> }> }> };

export type PlanPageActivityMutationVariables = Exact<{
  input: PlanActivityInput;
}>;


export type PlanPageActivityMutation = { __typename?: 'Mutation', planActivity: { __typename?: 'Activity', id: string, title: string, startsAt: string, endsAt: string, location?: string | null } };

export type PlanPageActivitySeriesMutationVariables = Exact<{
  input: PlanActivitySeriesInput;
}>;


export type PlanPageActivitySeriesMutation = { __typename?: 'Mutation', planActivitySeries: Array<{ __typename?: 'Activity', id: string, title: string, startsAt: string, endsAt: string, location?: string | null }> };

export type RecruitmentPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecruitmentPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, memberships?: Array<{ __typename?: 'Membership', id: string, volunteer: { __typename?: 'Volunteer', id: string, displayName: string, givenName?: string | null, familyName?: string | null } }> | null, recruitmentFunnel?: { __typename?: 'RecruitmentFunnel', year?: number | null, suppressed: boolean, spokenTo?: number | null, interested?: number | null, intake?: number | null, joined?: number | null, after3Months: { __typename?: 'RecruitmentRetention', active?: number | null, lost?: number | null, notYetDue?: number | null }, after12Months: { __typename?: 'RecruitmentRetention', active?: number | null, lost?: number | null, notYetDue?: number | null } } | null, outreachMoments?: Array<{ __typename?: 'OutreachMoment', id: string, kind: OutreachKind, heldOn: string, place: string, spokenTo: number, interested: number }> | null, recruitmentCandidates?: Array<{ __typename?: 'RecruitmentCandidate', id: string, version: number, firstName?: string | null, phone?: string | null, email?: string | null, firstConversationOn?: string | null, introductionOn?: string | null, outcome?: IntakeOutcome | null, outcomeOn?: string | null, notJoinedReason?: NotJoinedReason | null, volunteerId?: string | null, contactDeletedAt?: any | null }> | null } | null };

export type RecordOutreachMomentMutationVariables = Exact<{
  input: RecordOutreachMomentInput;
}>;


export type RecordOutreachMomentMutation = { __typename?: 'Mutation', recordOutreachMoment: { __typename?: 'OutreachMoment', id: string } };

export type AddRecruitmentCandidateMutationVariables = Exact<{
  input: AddRecruitmentCandidateInput;
}>;


export type AddRecruitmentCandidateMutation = { __typename?: 'Mutation', addRecruitmentCandidate: { __typename?: 'RecruitmentCandidate', id: string } };

export type RecordIntakeStepMutationVariables = Exact<{
  input: RecordIntakeStepInput;
}>;


export type RecordIntakeStepMutation = { __typename?: 'Mutation', recordIntakeStep: { __typename?: 'RecruitmentCandidate', id: string, version: number } };

export type CloseIntakeMutationVariables = Exact<{
  input: CloseIntakeInput;
}>;


export type CloseIntakeMutation = { __typename?: 'Mutation', closeIntake: { __typename?: 'RecruitmentCandidate', id: string, outcome?: IntakeOutcome | null } };

export type TeamDashboardPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  from: Scalars['DateTime']['input'];
}>;


export type TeamDashboardPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, volunteer: { __typename?: 'Volunteer', id: string, displayName: string, status: VolunteerStatus, email?: string | null } }> | null, trainingCoverage?: Array<{ __typename?: 'TrainingCoverage', required: number, covered: number, course: { __typename?: 'Course', id: string, title: string }, missing?: Array<{ __typename?: 'Volunteer', id: string }> | null }> | null, firstYearProgress?: { __typename?: 'FirstYearProgress', from: string, until: string, approvedHours: number, lowTarget: number, highTarget: number, hoursPerWeekNeededForLow?: number | null, status: PromiseStatus } | null, hours?: { __typename?: 'HoursSummary', year: number, approvedHours: number, submittedHours: number, byTheme: Array<{ __typename?: 'ThemeHours', theme: Theme, approvedHours: number, submittedHours: number }> } | null, activities?: { __typename?: 'ActivityConnection', edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, theme: Theme, startsAt: string, location?: string | null, status: ActivityStatus } }> } | null } | null };

export type TeamDashboardFirstYearQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  startYear: Scalars['Int']['input'];
  endYear: Scalars['Int']['input'];
}>;


export type TeamDashboardFirstYearQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, startYear?: { __typename?: 'HoursSummary', byMonth: Array<{ __typename?: 'MonthHours', month: string, approvedHours: number }> } | null, endYear?: { __typename?: 'HoursSummary', byMonth: Array<{ __typename?: 'MonthHours', month: string, approvedHours: number }> } | null } | null };

export type TeamPathCardQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type TeamPathCardQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, phase?: { __typename?: 'TeamPhaseStanding', phase: TeamPhase, enteredOn: string } | null, checklist?: Array<{ __typename?: 'TeamChecklistItem', phase: TeamPhase, key: string, labelNl: string, labelEn: string, done: boolean }> | null, followUps?: Array<{ __typename?: 'TeamFollowUp', monthsAfterHandOver: number, dueOn: string, due: boolean, measurement?: { __typename?: 'FollowUpMeasurement', measuredOn: string } | null }> | null, yearlyReview?: { __typename?: 'TeamYearlyReview', goals: Array<{ __typename?: 'ThemeGoal', theme: Theme, goal: string, targetHours?: number | null }> } | null, hours?: { __typename?: 'HoursSummary', byTheme: Array<{ __typename?: 'ThemeHours', theme: Theme, approvedHours: number }> } | null } | null };

export type TeamsOverviewPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsOverviewPageQuery = { __typename?: 'Query', teams: { __typename?: 'TeamConnection', edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string, status: TeamStatus, startsOn: string, memberCount?: number | null, sizeIndicator: TeamSizeIndicator, neighbourhood: { __typename?: 'Neighbourhood', id: string, city: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type PartnerDashboardScopesQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  withAgreements: Scalars['Boolean']['input'];
}>;


export type PartnerDashboardScopesQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string }> }>, partner?: { __typename?: 'Partner', id: string, fundingAgreements?: Array<{ __typename?: 'FundingAgreement', id: string, title: string }> | null } | null };

export type NeighbourhoodReportPdfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type NeighbourhoodReportPdfQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, impactReportPdf?: { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string } | null } | null };

export type TeamReportPdfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type TeamReportPdfQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, impactReportPdf?: { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string } | null } | null };

export type AgreementReportPdfQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type AgreementReportPdfQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, fundingAgreements?: Array<{ __typename?: 'FundingAgreement', id: string, impactReportPdf?: { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string } | null }> | null } | null };

export type PartnerImpactFiguresFragment = { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, extraHours: { __typename?: 'ImpactExtraHours', grossHours: number, baselineHours: number, netHours: number }, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, grossHours: number, baselineHours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costsRecorded: boolean, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }>, attribution?: { __typename?: 'ImpactAttribution', sharePercent: number, ruleNl: string, ruleEn: string } | null }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }> };

export type PartnerImpactCohesionFragment = { __typename?: 'ImpactReport', cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> };

export type PartnerNeighbourhoodReportQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type PartnerNeighbourhoodReportQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, impact?: { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, extraHours: { __typename?: 'ImpactExtraHours', grossHours: number, baselineHours: number, netHours: number }, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, grossHours: number, baselineHours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costsRecorded: boolean, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }>, attribution?: { __typename?: 'ImpactAttribution', sharePercent: number, ruleNl: string, ruleEn: string } | null }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }>, cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> } | null } | null };

export type PartnerTeamReportQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type PartnerTeamReportQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, impact?: { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, extraHours: { __typename?: 'ImpactExtraHours', grossHours: number, baselineHours: number, netHours: number }, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, grossHours: number, baselineHours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costsRecorded: boolean, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }>, attribution?: { __typename?: 'ImpactAttribution', sharePercent: number, ruleNl: string, ruleEn: string } | null }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }>, cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> } | null } | null };

export type PartnerAgreementReportQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type PartnerAgreementReportQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, fundingAgreements?: Array<{ __typename?: 'FundingAgreement', id: string, title: string, startsOn: string, endsOn: string, socialReturnCentsPerEuro: number, impact?: { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, extraHours: { __typename?: 'ImpactExtraHours', grossHours: number, baselineHours: number, netHours: number }, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, grossHours: number, baselineHours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costsRecorded: boolean, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }>, attribution?: { __typename?: 'ImpactAttribution', sharePercent: number, ruleNl: string, ruleEn: string } | null }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }> } | null }> | null } | null };

export type PartnerAgreementCohesionQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type PartnerAgreementCohesionQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, fundingAgreements?: Array<{ __typename?: 'FundingAgreement', id: string, impact?: { __typename?: 'ImpactReport', cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> } | null }> | null } | null };

export type RequestTeamMutationVariables = Exact<{
  input: RequestTeamInput;
}>;


export type RequestTeamMutation = { __typename?: 'Mutation', requestTeam: { __typename?: 'TeamRequestReceipt', received: boolean } };

export type ClaimDecisionApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type ClaimDecisionApproveMutation = { __typename?: 'Mutation', approveExpenseClaim: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, version: number } };

export type ClaimDecisionRejectMutationVariables = Exact<{
  input: DecideExpenseClaimInput;
}>;


export type ClaimDecisionRejectMutation = { __typename?: 'Mutation', rejectExpenseClaim: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, version: number } };

export type ClaimDecisionReturnMutationVariables = Exact<{
  input: DecideExpenseClaimInput;
}>;


export type ClaimDecisionReturnMutation = { __typename?: 'Mutation', returnExpenseClaim: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, version: number } };

export type ActivitiesPageQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type ActivitiesPageQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, currentTeam?: { __typename?: 'Team', id: string, name: string, activities?: { __typename?: 'ActivityConnection', edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, description?: string | null, theme: Theme, startsAt: string, endsAt: string, location?: string | null, status: ActivityStatus, capacity?: number | null, signUpCount: number, signedUp?: Array<{ __typename?: 'Volunteer', id: string }> | null } }> } | null } | null } | null };

export type ActivitiesSignUpMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
}>;


export type ActivitiesSignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'Activity', id: string, signUpCount: number } };

export type ActivitiesCancelSignUpMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
}>;


export type ActivitiesCancelSignUpMutation = { __typename?: 'Mutation', cancelSignUp: boolean };

export type ChecksPageQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
}>;


export type ChecksPageQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, consents?: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, withdrawnOn?: string | null }> | null } | null };

export type RecordOwnWellbeingCheckMutationVariables = Exact<{
  input: RecordWellbeingCheckInput;
}>;


export type RecordOwnWellbeingCheckMutation = { __typename?: 'Mutation', recordWellbeingCheck: { __typename?: 'WellbeingCheck', id: string } };

export type RecordOwnLonelinessCheckMutationVariables = Exact<{
  input: RecordLonelinessCheckInput;
}>;


export type RecordOwnLonelinessCheckMutation = { __typename?: 'Mutation', recordLonelinessCheck: { __typename?: 'LonelinessCheck', takenOn: string } };

export type FinancialStatementPdfQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  month?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FinancialStatementPdfQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, financialStatement?: { __typename?: 'FinancialStatement', pdf: { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string } } | null } | null };

export type VolunteerHomeQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type VolunteerHomeQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, displayName: string, hourEntries?: { __typename?: 'HourEntryConnection', edges: Array<{ __typename?: 'HourEntryEdge', node: { __typename?: 'HourEntry', id: string, entryDate: string, minutes: number, status: HourEntryStatus } }> } | null, currentTeam?: { __typename?: 'Team', id: string, name: string, firstYearProgress?: { __typename?: 'FirstYearProgress', approvedHours: number, lowTarget: number, highTarget: number, until: string, status: PromiseStatus } | null, activities?: { __typename?: 'ActivityConnection', edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, theme: Theme, startsAt: string, location?: string | null, status: ActivityStatus, signedUp?: Array<{ __typename?: 'Volunteer', id: string }> | null } }> } | null } | null } | null };

export type MePageQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
}>;


export type MePageQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, version: number, displayName: string, givenName?: string | null, familyName?: string | null, email?: string | null, phone?: string | null, postalCode?: string | null, houseNumber?: string | null, neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string } | null, consents?: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, givenOn: string, withdrawnOn?: string | null }> | null, currentTeam?: { __typename?: 'Team', id: string, name: string } | null, expenseClaims?: { __typename?: 'ExpenseClaimConnection', totalCount: number, edges: Array<{ __typename?: 'ExpenseClaimEdge', node: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, description?: string | null, reason?: string | null, version: number, createdAt: string, total: { __typename?: 'Money', cents: number, currency: string }, items: Array<{ __typename?: 'ExpenseClaimItem', id: string, category: ExpenseCategory, spentOn: string, amount: { __typename?: 'Money', cents: number, currency: string }, receipt?: { __typename?: 'ExpenseClaimReceipt', contentType: string, size: number } | null }> } }> } | null } | null };

export type MeUpdateContactMutationVariables = Exact<{
  input: UpdateVolunteerInput;
}>;


export type MeUpdateContactMutation = { __typename?: 'Mutation', updateVolunteer: { __typename?: 'Volunteer', id: string, version: number, email?: string | null, phone?: string | null } };

export type MeGiveConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type MeGiveConsentMutation = { __typename?: 'Mutation', giveConsent: { __typename?: 'Consent', purpose: ConsentPurpose, givenOn: string, withdrawnOn?: string | null } };

export type MeWithdrawConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;


export type MeWithdrawConsentMutation = { __typename?: 'Mutation', withdrawConsent: { __typename?: 'Consent', purpose: ConsentPurpose, givenOn: string, withdrawnOn?: string | null } };

export type MePersonalDataExportQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
}>;


export type MePersonalDataExportQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, personalDataExport?: { __typename?: 'PersonalDataExport', volunteerId: string, volunteers?: any | null, teams?: any | null, activities?: any | null, training?: any | null, finance?: any | null } | null } | null };

export type MeDraftClaimMutationVariables = Exact<{
  input: DraftExpenseClaimInput;
}>;


export type MeDraftClaimMutation = { __typename?: 'Mutation', draftExpenseClaim: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, version: number, items: Array<{ __typename?: 'ExpenseClaimItem', id: string }> } };

export type MeSubmitClaimMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type MeSubmitClaimMutation = { __typename?: 'Mutation', submitExpenseClaim: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, version: number } };

export type MessagePreferencesQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
}>;


export type MessagePreferencesQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, messagePreferences?: { __typename?: 'MessagePreferences', language: MessageLanguage, enabledKinds: Array<MessageKind>, version: number } | null } | null };

export type SetMessagePreferencesMutationVariables = Exact<{
  input: SetMessagePreferencesInput;
}>;


export type SetMessagePreferencesMutation = { __typename?: 'Mutation', setMessagePreferences: { __typename?: 'MessagePreferences', language: MessageLanguage, enabledKinds: Array<MessageKind>, version: number } };

export type ProposalsPageQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  withCommitments: Scalars['Boolean']['input'];
}>;


export type ProposalsPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, decisionRule?: { __typename?: 'TeamDecisionRule', quorumPercent: number, majorityPercent: number, inDutch: string, inEnglish: string, isDefault: boolean, version: number } | null, proposals?: Array<{ __typename?: 'TeamProposal', id: string, kind: TeamProposalKind, title: string, description: string, subject?: string | null, theme?: Theme | null, focusYear?: number | null, status: TeamProposalStatus, closesAt: string, version: number, proposedByMe: boolean, myVote?: VoteChoice | null, amount?: { __typename?: 'Money', cents: number, currency: string } | null, counts: { __typename?: 'TeamProposalCounts', votesFor: number, votesAgainst: number, abstentions: number, voted: number }, rule: { __typename?: 'TeamDecisionRule', inDutch: string, inEnglish: string }, result?: { __typename?: 'TeamProposalResult', votesFor: number, votesAgainst: number, abstentions: number, eligibleMembers: number, turnoutPercent: number, quorumMet: boolean, majorityMet: boolean, outcome: TeamProposalStatus } | null }> | null, budgetCommitments?: Array<{ __typename?: 'BudgetCommitment', id: string, status: BudgetCommitmentStatus, version: number, fundingIssue?: BudgetCommitmentIssue | null, executedOn?: string | null, executedFor?: string | null, amount: { __typename?: 'Money', cents: number, currency: string }, executedAmount?: { __typename?: 'Money', cents: number, currency: string } | null, proposal?: { __typename?: 'TeamProposal', id: string, title: string } | null, ledgerEntry?: { __typename?: 'LedgerEntry', id: string } | null }> | null } | null };

export type ProposeToTeamMutationVariables = Exact<{
  input: ProposeToTeamInput;
}>;


export type ProposeToTeamMutation = { __typename?: 'Mutation', proposeToTeam: { __typename?: 'TeamProposal', id: string } };

export type VoteOnTeamProposalMutationVariables = Exact<{
  input: VoteOnTeamProposalInput;
}>;


export type VoteOnTeamProposalMutation = { __typename?: 'Mutation', voteOnTeamProposal: { __typename?: 'TeamProposal', id: string, myVote?: VoteChoice | null } };

export type WithdrawTeamProposalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type WithdrawTeamProposalMutation = { __typename?: 'Mutation', withdrawTeamProposal: { __typename?: 'TeamProposal', id: string, status: TeamProposalStatus } };

export type SetTeamDecisionRuleMutationVariables = Exact<{
  input: SetTeamDecisionRuleInput;
}>;


export type SetTeamDecisionRuleMutation = { __typename?: 'Mutation', setTeamDecisionRule: { __typename?: 'TeamDecisionRule', version: number } };

export type ExecuteBudgetCommitmentMutationVariables = Exact<{
  input: ExecuteBudgetCommitmentInput;
}>;


export type ExecuteBudgetCommitmentMutation = { __typename?: 'Mutation', executeBudgetCommitment: { __typename?: 'BudgetCommitment', id: string, status: BudgetCommitmentStatus } };

export type RequestReceiptUploadMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type RequestReceiptUploadMutation = { __typename?: 'Mutation', requestReceiptUpload: { __typename?: 'ReceiptUploadUrl', url: string, method: string, maxBytes: number } };

export type RegisterHoursPageQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type RegisterHoursPageQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, currentTeam?: { __typename?: 'Team', id: string, name: string, activities?: { __typename?: 'ActivityConnection', edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, theme: Theme, startsAt: string, status: ActivityStatus } }> } | null } | null, hourEntries?: { __typename?: 'HourEntryConnection', edges: Array<{ __typename?: 'HourEntryEdge', node: { __typename?: 'HourEntry', id: string, entryDate: string, minutes: number, theme: Theme, description?: string | null, status: HourEntryStatus, rejectionReason?: string | null, version: number } }> } | null } | null };

export type RegisterHoursSubmitMutationVariables = Exact<{
  input: RegisterHoursInput;
}>;


export type RegisterHoursSubmitMutation = { __typename?: 'Mutation', registerHours: { __typename?: 'HourEntry', id: string, entryDate: string, minutes: number, status: HourEntryStatus } };

export type RegisterHoursCorrectMutationVariables = Exact<{
  input: UpdateHourEntryInput;
}>;


export type RegisterHoursCorrectMutation = { __typename?: 'Mutation', updateHourEntry: { __typename?: 'HourEntry', id: string, entryDate: string, minutes: number, status: HourEntryStatus, version: number } };

export type SocialAssistanceQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
}>;


export type SocialAssistanceQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, socialAssistance?: Array<{ __typename?: 'SocialAssistancePeriod', id: string, since: string, until?: string | null, recordedByAdmin: boolean }> | null, municipalAllowanceConsents?: Array<{ __typename?: 'MunicipalAllowanceConsent', id: string, givenOn: string, municipality: string, reference?: string | null }> | null } | null };

export type RecordSocialAssistanceMutationVariables = Exact<{
  input: RecordSocialAssistanceInput;
}>;


export type RecordSocialAssistanceMutation = { __typename?: 'Mutation', recordSocialAssistance: { __typename?: 'SocialAssistancePeriod', id: string } };

export type EndSocialAssistanceMutationVariables = Exact<{
  input: EndSocialAssistanceInput;
}>;


export type EndSocialAssistanceMutation = { __typename?: 'Mutation', endSocialAssistance: { __typename?: 'SocialAssistancePeriod', id: string } };

export type RecordMunicipalAllowanceConsentMutationVariables = Exact<{
  input: RecordMunicipalAllowanceConsentInput;
}>;


export type RecordMunicipalAllowanceConsentMutation = { __typename?: 'Mutation', recordMunicipalAllowanceConsent: { __typename?: 'MunicipalAllowanceConsent', id: string } };

export type TrainingPageQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
}>;


export type TrainingPageQuery = { __typename?: 'Query', courses: Array<{ __typename?: 'Course', id: string, title: string, description?: string | null, kind: CourseKind, theme?: Theme | null, sessionCount: number, studyHours: number, givesCertificate: boolean, certificateValidMonths?: number | null, runs: Array<{ __typename?: 'CourseRun', id: string, capacity: number, status: string, trainerName?: string | null, trainerOrganisation?: string | null, enrolledCount: number, waitingCount: number, sessions: Array<{ __typename?: 'Session', id: string, startsAt: string, endsAt: string, location?: string | null, onlineLink?: string | null }> }> }>, volunteer?: { __typename?: 'Volunteer', id: string, enrolments?: Array<{ __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitingPosition?: number | null, run: { __typename?: 'CourseRun', id: string, course: { __typename?: 'Course', id: string, title: string }, sessions: Array<{ __typename?: 'Session', id: string, startsAt: string, location?: string | null }> } }> | null, certificates?: Array<{ __typename?: 'Certificate', id: string, issuedOn: string, validUntil?: string | null, valid: boolean, course: { __typename?: 'Course', id: string, title: string } }> | null } | null };

export type TrainingEnrolMutationVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type TrainingEnrolMutation = { __typename?: 'Mutation', enrol: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus, waitingPosition?: number | null } };

export type TrainingCancelEnrolmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingCancelEnrolmentMutation = { __typename?: 'Mutation', cancelEnrolment: { __typename?: 'Enrolment', id: string, status: EnrolmentStatus } };

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
export const AuditLogEntriesFragmentDoc = new TypedDocumentString(`
    fragment AuditLogEntries on AuditEntryConnection {
  totalCount
  pageInfo {
    hasNextPage
  }
  edges {
    cursor
    node {
      id
      occurredAt
      actorSubject
      actorRole
      action
      entityType
      entityId
      relatedIds
    }
  }
}
    `, {"fragmentName":"AuditLogEntries"}) as unknown as TypedDocumentString<AuditLogEntriesFragment, unknown>;
export const PartnerImpactFiguresFragmentDoc = new TypedDocumentString(`
    fragment PartnerImpactFigures on ImpactReport {
  scope
  year
  from
  until
  totalHours
  extraHours {
    grossHours
    baselineHours
    netHours
  }
  hoursByTheme {
    theme
    hours
    entries
  }
  months {
    month
    hours
    activitiesCompleted
    residentsReached
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
  wellbeing {
    year
    participants
    domains {
      domain
      averageChange
      interval {
        low
        high
      }
      evidence
    }
  }
  firstYearPromise {
    neighbourhoodId
    from
    until
    hours
    grossHours
    baselineHours
    minimumHours
    maximumHours
    percentOfMinimum
    expectedByNow
    status
  }
  costBenefit {
    discountRatePercent
    priceYear
    priceLevelYear
    priceIndexBase
    baseYear
    costs {
      year
      category
      amount {
        cents
        currency
      }
      bookings
    }
    totalCosts {
      cents
      currency
    }
    effects {
      year
      category
      theme
      beneficiary
      quantity
      unit
      priceItem
      priceYear
      price {
        cents
        currency
      }
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
      source
      calculation
    }
    benefitsByBeneficiary {
      beneficiary
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
    }
    totalBenefits {
      cents
      currency
    }
    totalBenefitsLow {
      cents
      currency
    }
    totalBenefitsHigh {
      cents
      currency
    }
    benefitCostRatio
    benefitCostRatioLow
    benefitCostRatioHigh
    netPresentValue {
      cents
      currency
    }
    netPresentValueLow {
      cents
      currency
    }
    netPresentValueHigh {
      cents
      currency
    }
    agreedReturns {
      agreementId
      title
      ratio
    }
    costsRecorded
    attribution {
      sharePercent
      ruleNl
      ruleEn
    }
  }
  csv {
    name
    fileName
    content
  }
}
    `, {"fragmentName":"PartnerImpactFigures"}) as unknown as TypedDocumentString<PartnerImpactFiguresFragment, unknown>;
export const PartnerImpactCohesionFragmentDoc = new TypedDocumentString(`
    fragment PartnerImpactCohesion on ImpactReport {
  cohesion {
    surveyId
    neighbourhoodId
    wave
    fieldedOn
    sampleSize
    cohesionScore
    changeSinceBaseline
    changeSinceBaselineInterval {
      low
      high
    }
    changeEvidence
    statements {
      item
      labelNl
      labelEn
      score
    }
  }
}
    `, {"fragmentName":"PartnerImpactCohesion"}) as unknown as TypedDocumentString<PartnerImpactCohesionFragment, unknown>;
export const AuditLogPageDocument = new TypedDocumentString(`
    query AuditLogPage($first: Int!, $person: ID, $actor: String, $action: String, $from: DateTime, $before: DateTime, $withTeams: Boolean!, $teamsAfter: String, $withVolunteers: Boolean!, $volunteersAfter: String, $withActivities: Boolean!, $activitiesAfter: String, $withTraining: Boolean!, $trainingAfter: String, $withFinance: Boolean!, $financeAfter: String, $withImpact: Boolean!, $impactAfter: String) {
  teams: teamsAuditLog(
    first: $first
    after: $teamsAfter
    person: $person
    actor: $actor
    action: $action
    from: $from
    before: $before
  ) @include(if: $withTeams) {
    ...AuditLogEntries
  }
  volunteers: volunteersAuditLog(
    first: $first
    after: $volunteersAfter
    person: $person
    actor: $actor
    action: $action
    from: $from
    before: $before
  ) @include(if: $withVolunteers) {
    ...AuditLogEntries
  }
  activities: activitiesAuditLog(
    first: $first
    after: $activitiesAfter
    person: $person
    actor: $actor
    action: $action
    from: $from
    before: $before
  ) @include(if: $withActivities) {
    ...AuditLogEntries
  }
  training: trainingAuditLog(
    first: $first
    after: $trainingAfter
    person: $person
    actor: $actor
    action: $action
    from: $from
    before: $before
  ) @include(if: $withTraining) {
    ...AuditLogEntries
  }
  finance: financeAuditLog(
    first: $first
    after: $financeAfter
    person: $person
    actor: $actor
    action: $action
    from: $from
    before: $before
  ) @include(if: $withFinance) {
    ...AuditLogEntries
  }
  impact: impactAuditLog(
    first: $first
    after: $impactAfter
    person: $person
    actor: $actor
    action: $action
    from: $from
    before: $before
  ) @include(if: $withImpact) {
    ...AuditLogEntries
  }
}
    fragment AuditLogEntries on AuditEntryConnection {
  totalCount
  pageInfo {
    hasNextPage
  }
  edges {
    cursor
    node {
      id
      occurredAt
      actorSubject
      actorRole
      action
      entityType
      entityId
      relatedIds
    }
  }
}`, {"hash":"105e90b049e7291d31740205ba7c5a111594dbcb63679bef0f627031511d9d75"}) as unknown as TypedDocumentString<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const BooksPageDocument = new TypedDocumentString(`
    query BooksPage($year: Int!) {
  allowanceLimitWarnings {
    kind
    year
    paymentsAllowed
  }
  flatAllowanceWarnings(year: $year) {
    id
    month
    amount {
      cents
      currency
    }
    approvedMinutes
    perHour {
      cents
      currency
    }
    maxHourly {
      cents
      currency
    }
    limitsConfirmed
    volunteer {
      id
      displayName
    }
    team {
      id
      name
    }
  }
  ledgerCheck {
    balanced
    entries
    accounts
    problems
  }
  receivables {
    owed {
      cents
      currency
    }
    volunteer {
      id
      displayName
    }
  }
  erasedPayeesWithOpenMoney
  allowanceRates {
    year
    confirmed
    source
    version
    hourly21Plus {
      cents
      currency
    }
    hourlyUnder21 {
      cents
      currency
    }
    monthlyCap {
      cents
      currency
    }
    yearlyCap {
      cents
      currency
    }
  }
}
    `, {"hash":"f5369068d363ab8ad1bd85c819bbcf43318fe16a086c240ad9ec5ab4c61aed7e"}) as unknown as TypedDocumentString<BooksPageQuery, BooksPageQueryVariables>;
export const BooksPageCorrectRateDocument = new TypedDocumentString(`
    mutation BooksPageCorrectRate($input: CorrectAllowanceRateInput!) {
  correctAllowanceRate(input: $input) {
    year
    confirmed
    version
  }
}
    `, {"hash":"d625a396905e5dae0472388d6ad6ded2129467bebc8ab0ae02f3ad986ea06240"}) as unknown as TypedDocumentString<BooksPageCorrectRateMutation, BooksPageCorrectRateMutationVariables>;
export const BooksPageAddRateDocument = new TypedDocumentString(`
    mutation BooksPageAddRate($input: AddAllowanceRateInput!) {
  addAllowanceRate(input: $input) {
    year
    confirmed
    version
  }
}
    `, {"hash":"91a5c6d0d479846b11036b8bee07d2307d29ef500e26c448466fb5f26185b78e"}) as unknown as TypedDocumentString<BooksPageAddRateMutation, BooksPageAddRateMutationVariables>;
export const BooksPageAllowUnconfirmedDocument = new TypedDocumentString(`
    mutation BooksPageAllowUnconfirmed($year: Int!, $version: Int!) {
  allowPaymentsUnderUnconfirmedLimits(year: $year, version: $version) {
    year
    version
    unconfirmedPaymentsAllowedAt
  }
}
    `, {"hash":"d8f8cc5bee00c88d888df95682255d890f01dc583614d0094d6166cdd0b9b5cf"}) as unknown as TypedDocumentString<BooksPageAllowUnconfirmedMutation, BooksPageAllowUnconfirmedMutationVariables>;
export const BooksPageYearEndDocument = new TypedDocumentString(`
    query BooksPageYearEnd($year: Int!) {
  yearEndExport(year: $year) {
    fileName
    movements
    summaryFileName
    summary
  }
}
    `, {"hash":"f7d5080b1bbf35bee9166c916e1699cd467aa95a9021062165a8b6b8aad52483"}) as unknown as TypedDocumentString<BooksPageYearEndQuery, BooksPageYearEndQueryVariables>;
export const ClaimsQueuePageDocument = new TypedDocumentString(`
    query ClaimsQueuePage($first: Int!, $after: String) {
  expenseClaimQueue(first: $first, after: $after, status: SUBMITTED) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        description
        createdAt
        version
        total {
          cents
          currency
        }
        items {
          id
          category
          spentOn
          receiptRef
          amount {
            cents
            currency
          }
          receipt {
            viewUrl
          }
        }
        volunteer {
          id
          displayName
        }
        team {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"7489360235f6142038f73619e4319e5317f94d05996e3cc7353307f024bc210c"}) as unknown as TypedDocumentString<ClaimsQueuePageQuery, ClaimsQueuePageQueryVariables>;
export const FailedMessagesPageDocument = new TypedDocumentString(`
    query FailedMessagesPage {
  failedMessages(first: 100) {
    totalCount
    edges {
      node {
        id
        kind
        template
        attempts
        lastError
        createdAt
        finishedAt
        requestId
        volunteer {
          id
          displayName
        }
      }
    }
  }
}
    `, {"hash":"c68dd7774fc7369a619cccf89240dd0b5e291d82df5e917e6f87fea21fab1d7f"}) as unknown as TypedDocumentString<FailedMessagesPageQuery, FailedMessagesPageQueryVariables>;
export const RetryFailedMessageDocument = new TypedDocumentString(`
    mutation RetryFailedMessage($id: ID!) {
  retryFailedMessage(id: $id) {
    id
  }
}
    `, {"hash":"57c6c1d4d982a198de5ed8c877df70673f61cd486b3633e48bbe6c461776775a"}) as unknown as TypedDocumentString<RetryFailedMessageMutation, RetryFailedMessageMutationVariables>;
export const FundingPageAddInstalmentDocument = new TypedDocumentString(`
    mutation FundingPageAddInstalment($input: AddFundingInstalmentInput!) {
  addFundingInstalment(input: $input) {
    id
  }
}
    `, {"hash":"56d8cc93749d76eb9e1479f4fb4fe34af9528fb751bf64efc1b51b735b04f753"}) as unknown as TypedDocumentString<FundingPageAddInstalmentMutation, FundingPageAddInstalmentMutationVariables>;
export const FundingPageInvoiceInstalmentDocument = new TypedDocumentString(`
    mutation FundingPageInvoiceInstalment($input: InvoiceFundingInstalmentInput!) {
  invoiceFundingInstalment(input: $input) {
    id
    number
  }
}
    `, {"hash":"857ded33ec1940a83da8a31b71de64adb3eb6ac01103f404650728c338cda7a7"}) as unknown as TypedDocumentString<FundingPageInvoiceInstalmentMutation, FundingPageInvoiceInstalmentMutationVariables>;
export const FundingPageDocument = new TypedDocumentString(`
    query FundingPage {
  fundingAgreements {
    id
    title
    startsOn
    endsOn
    socialReturnCentsPerEuro
    funder {
      id
      name
    }
    amount {
      cents
      currency
    }
    allocated {
      cents
      currency
    }
    unallocated {
      cents
      currency
    }
    instalments {
      id
      dueOn
      amount {
        cents
        currency
      }
      invoice {
        id
        number
        dueOn
        status
        daysOverdue
      }
    }
    allocations {
      year
      category
      amount {
        cents
        currency
      }
      team {
        id
        name
      }
    }
    teams {
      id
      name
      status
    }
    neighbourhoods {
      id
      name
      city
      teams {
        id
        name
        status
      }
    }
  }
  unmatchedBankCredits {
    id
    bankReference
    bookedOn
    debtorName
    remittance
    reason
    amount {
      cents
      currency
    }
  }
  overdueFundingInvoices {
    id
    number
    dueOn
    daysOverdue
    open {
      cents
      currency
    }
    agreement {
      id
      title
      funder {
        id
        name
      }
    }
  }
  partners {
    id
    name
  }
  neighbourhoods {
    id
    name
    city
    teams {
      id
      name
      status
    }
  }
}
    `, {"hash":"e36ddb3b7523bc3e7b45ae134e149db4852a7b00674a827ccd52c938aee8beaa"}) as unknown as TypedDocumentString<FundingPageQuery, FundingPageQueryVariables>;
export const FundingPageAllocateDocument = new TypedDocumentString(`
    mutation FundingPageAllocate($input: AllocateBudgetInput!) {
  allocateBudget(input: $input) {
    id
    amount {
      cents
      currency
    }
  }
}
    `, {"hash":"e5cc660743216c2fc6a75d9f677a55e8d5dcbaa40c63152224a08b29369c8a8e"}) as unknown as TypedDocumentString<FundingPageAllocateMutation, FundingPageAllocateMutationVariables>;
export const FundingPageCreateDocument = new TypedDocumentString(`
    mutation FundingPageCreate($input: CreateFundingAgreementInput!) {
  createFundingAgreement(input: $input) {
    id
    title
  }
}
    `, {"hash":"0a0bf1c87c53bfa7454eb028d7ab0c69596898390355a48b6645ab859ece6079"}) as unknown as TypedDocumentString<FundingPageCreateMutation, FundingPageCreateMutationVariables>;
export const MonthSummaryTeamsDocument = new TypedDocumentString(`
    query MonthSummaryTeams {
  teams(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"ac156f79ba83b1cd34e1da097b73d6186ae43531d9cd9bfe0ebe31d1cd1b3dd9"}) as unknown as TypedDocumentString<MonthSummaryTeamsQuery, MonthSummaryTeamsQueryVariables>;
export const PublishTeamMonthSummaryDocument = new TypedDocumentString(`
    mutation PublishTeamMonthSummary($id: ID!, $version: Int!) {
  publishTeamMonthSummary(id: $id, version: $version) {
    id
    status
  }
}
    `, {"hash":"595d37475ced6cce228ffbdc40f7f67e9825eaeb6555559089086f8088b8b0fb"}) as unknown as TypedDocumentString<PublishTeamMonthSummaryMutation, PublishTeamMonthSummaryMutationVariables>;
export const NationalOverviewPageDocument = new TypedDocumentString(`
    query NationalOverviewPage($year: Int!) {
  nationalHours(year: $year) {
    municipalityCode
    theme
    approvedHours
  }
  nationalImpact(year: $year) {
    total {
      totalHours
      volunteers {
        active
      }
      activities {
        completed
        residentsReached
      }
    }
    neighbourhoods {
      hours
      netHours
      promiseStatus
      neighbourhood {
        id
        name
        city
        municipalityCode
        municipalityName
        teams {
          id
          name
          status
          trainingCoverage {
            required
            covered
            course {
              id
              title
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"fa4845bae80c3f0ec45005f905c9126d29f5b7cf41a448a8149e375c4d4c0d20"}) as unknown as TypedDocumentString<NationalOverviewPageQuery, NationalOverviewPageQueryVariables>;
export const NeighbourhoodRequestsPageDocument = new TypedDocumentString(`
    query NeighbourhoodRequestsPage($status: NeighbourhoodRequestStatus) {
  neighbourhoodRequests(status: $status, first: 200) {
    id
    postcode
    requesterKind
    organisation
    reason
    contactName
    contactEmail
    contactPhone
    language
    status
    declineReason
    followUpNote
    createdAt
    closedAt
    contactDeletedAt
    version
    neighbourhood {
      id
      name
      city
      teams {
        id
        name
      }
    }
    team {
      id
      name
    }
  }
}
    `, {"hash":"2364b45ccf73e0e274355a5f489048209f9fe1bb02a3f1c464cceba56c345e6a"}) as unknown as TypedDocumentString<NeighbourhoodRequestsPageQuery, NeighbourhoodRequestsPageQueryVariables>;
export const FollowUpNeighbourhoodRequestDocument = new TypedDocumentString(`
    mutation FollowUpNeighbourhoodRequest($input: FollowUpNeighbourhoodRequestInput!) {
  followUpNeighbourhoodRequest(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"4c2348624e11c64c0c32ae5e10fbe44dd8ad1f3d1e9b31907f75b75e4678ece1"}) as unknown as TypedDocumentString<FollowUpNeighbourhoodRequestMutation, FollowUpNeighbourhoodRequestMutationVariables>;
export const NeighbourhoodScansPageDocument = new TypedDocumentString(`
    query NeighbourhoodScansPage {
  neighbourhoods {
    id
    name
    city
    cbsCode
    classificationYear
    teams {
      id
      name
    }
  }
  neighbourhoodRequests(status: SCAN_PLANNED, first: 200) {
    id
    postcode
    neighbourhood {
      id
      name
    }
  }
  neighbourhoodScans {
    id
    version
    areaCode
    classificationYear
    partners {
      name
      kind
    }
    initiatives
    notes
    decision
    decisionReason
    decidedBy
    decidedAt
    createdAt
    neighbourhood {
      id
      name
      city
      teams {
        id
        name
      }
    }
    team {
      id
      name
    }
    request {
      id
      postcode
      status
    }
    keyFigures {
      figure
      value
      year
      source
    }
  }
}
    `, {"hash":"ba26adea97b94b2fe8cc5ecd7ac6dc71697e4bda55d4f1e9d477914503d03602"}) as unknown as TypedDocumentString<NeighbourhoodScansPageQuery, NeighbourhoodScansPageQueryVariables>;
export const ImportCbsKeyFiguresDocument = new TypedDocumentString(`
    mutation ImportCbsKeyFigures($input: ImportCbsKeyFiguresInput!) {
  importCbsKeyFigures(input: $input) {
    source
    classificationYear
    areas
    figures
  }
}
    `, {"hash":"73f9a100bc9ce7b6558fd6a12596239ebc991551fbba2bfd062c093dadf867fb"}) as unknown as TypedDocumentString<ImportCbsKeyFiguresMutation, ImportCbsKeyFiguresMutationVariables>;
export const RecordNeighbourhoodScanDocument = new TypedDocumentString(`
    mutation RecordNeighbourhoodScan($input: RecordNeighbourhoodScanInput!) {
  recordNeighbourhoodScan(input: $input) {
    id
  }
}
    `, {"hash":"324fbc786241f27ffaf322eef04dc5e2c5cb272e52502e6d425790b5f012ffbe"}) as unknown as TypedDocumentString<RecordNeighbourhoodScanMutation, RecordNeighbourhoodScanMutationVariables>;
export const DecideNeighbourhoodScanDocument = new TypedDocumentString(`
    mutation DecideNeighbourhoodScan($input: DecideNeighbourhoodScanInput!) {
  decideNeighbourhoodScan(input: $input) {
    id
    decision
    team {
      id
      name
    }
  }
}
    `, {"hash":"54cecbc32efb1c8d423f30b9e4d3071c274e6e920fb5485d77441aa917164658"}) as unknown as TypedDocumentString<DecideNeighbourhoodScanMutation, DecideNeighbourhoodScanMutationVariables>;
export const OrganisationPageDocument = new TypedDocumentString(`
    query OrganisationPage {
  neighbourhoods {
    id
    name
    city
    municipalityName
    municipalityCode
    cbsCode
    classificationYear
    teams {
      id
      name
      status
      startsOn
      commitmentEndsOn
      memberCount
      sizeIndicator
    }
    partners {
      id
      name
    }
  }
  partners {
    id
    name
    kind
    neighbourhoods {
      id
      name
      city
    }
  }
}
    `, {"hash":"21a5ceaed0caa44def0a1fbcdb5c690b1e46541ffbe29f729826c618ae6b8ade"}) as unknown as TypedDocumentString<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const OrganisationMembershipsDocument = new TypedDocumentString(`
    query OrganisationMemberships($teamId: ID!, $includeEnded: Boolean!) {
  team(id: $teamId) {
    id
    memberships(includeEnded: $includeEnded) {
      id
      role
      from
      until
      volunteer {
        id
        displayName
      }
    }
  }
}
    `, {"hash":"e0d3378c81bf5b67ce0a89d03626f718a23f3b269303781226e07b79249cbda3"}) as unknown as TypedDocumentString<OrganisationMembershipsQuery, OrganisationMembershipsQueryVariables>;
export const PayoutsPageDocument = new TypedDocumentString(`
    query PayoutsPage($id: ID!) {
  payoutBatch(id: $id) {
    id
    messageId
    requestedExecutionDate
    status
    payments {
      id
      endToEndId
      status
      failureReason
      amount {
        cents
        currency
      }
      volunteer {
        id
        displayName
      }
    }
  }
}
    `, {"hash":"70114424a19e11226f8b5667b6de7142d04dac1eb0ea3de7c07f391d52d5be2d"}) as unknown as TypedDocumentString<PayoutsPageQuery, PayoutsPageQueryVariables>;
export const PayoutsPageNotOnStatementDocument = new TypedDocumentString(`
    query PayoutsPageNotOnStatement($businessDays: Int!) {
  paymentsNotOnStatement(businessDays: $businessDays) {
    id
    status
    batchId
    requestedExecutionDate
    amount {
      cents
      currency
    }
    volunteer {
      id
      displayName
    }
  }
}
    `, {"hash":"98c8bfe89cea50b688c5a8a244243797ba50d7426befade88f185291e5fa1e73"}) as unknown as TypedDocumentString<PayoutsPageNotOnStatementQuery, PayoutsPageNotOnStatementQueryVariables>;
export const PayoutsPageStatementDocument = new TypedDocumentString(`
    mutation PayoutsPageStatement($idempotencyKey: String!, $xml: String!) {
  importBankStatement(idempotencyKey: $idempotencyKey, xml: $xml) {
    message
    booked
    returned
    unchanged
    unmatched
    alreadyImported
  }
}
    `, {"hash":"d7ce995036312314726229fb9d6213a33b344d6334b28193e07ae8e18d99a5a1"}) as unknown as TypedDocumentString<PayoutsPageStatementMutation, PayoutsPageStatementMutationVariables>;
export const PayoutsPageCreateDocument = new TypedDocumentString(`
    mutation PayoutsPageCreate($idempotencyKey: String!, $requestedExecutionDate: LocalDate!) {
  createPayoutBatch(
    idempotencyKey: $idempotencyKey
    requestedExecutionDate: $requestedExecutionDate
  ) {
    id
  }
}
    `, {"hash":"03bc9ac5a31873fc15fff34328a05b3251d15e4c010c300d0143e98cb26621ea"}) as unknown as TypedDocumentString<PayoutsPageCreateMutation, PayoutsPageCreateMutationVariables>;
export const PayoutsPageFileDocument = new TypedDocumentString(`
    query PayoutsPageFile($id: ID!) {
  payoutBatchFile(id: $id)
}
    `, {"hash":"4d5b60cdb23a57c8e2fafd061b160acc60f7e742aded97c0cb2449f646fdb3b3"}) as unknown as TypedDocumentString<PayoutsPageFileQuery, PayoutsPageFileQueryVariables>;
export const PayoutsPageImportDocument = new TypedDocumentString(`
    mutation PayoutsPageImport($idempotencyKey: String!, $xml: String!) {
  importPaymentStatusReport(idempotencyKey: $idempotencyKey, xml: $xml) {
    paid
    accepted
    failed
  }
}
    `, {"hash":"7fb48e6c57b8dea1af7c7ea13e84b09d7fc65d6a5545d60130c3585fa1a41cfa"}) as unknown as TypedDocumentString<PayoutsPageImportMutation, PayoutsPageImportMutationVariables>;
export const PeopleImportDocument = new TypedDocumentString(`
    mutation PeopleImport($input: ImportVolunteersInput!) {
  importVolunteers(input: $input) {
    dryRun
    encoding
    imported
    rows {
      line
      volunteerId
      errors {
        field
        message
      }
      warnings {
        field
        message
      }
    }
  }
}
    `, {"hash":"e6f0ae0a65698d58ffdacaa7c5caafec55da5b35e2100cfa24d4d2b6008652f3"}) as unknown as TypedDocumentString<PeopleImportMutation, PeopleImportMutationVariables>;
export const PeopleTeamsDocument = new TypedDocumentString(`
    query PeopleTeams {
  teams(first: 100) {
    edges {
      node {
        id
        name
        status
        neighbourhood {
          id
          city
        }
      }
    }
  }
}
    `, {"hash":"f8d206086bffb665c50b8237873ca85eebb126f9e3d4c78840de659d99fe5352"}) as unknown as TypedDocumentString<PeopleTeamsQuery, PeopleTeamsQueryVariables>;
export const PeoplePageSearchDocument = new TypedDocumentString(`
    query PeoplePageSearch($search: String, $team: ID, $first: Int!, $after: String) {
  volunteers(search: $search, team: $team, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        displayName
        status
        memberships {
          id
          from
          until
          team {
            id
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"0a94835c358f4ac6c5c09e6d1b5c806c4f63d5a5f9414339042752db12e148d0"}) as unknown as TypedDocumentString<PeoplePageSearchQuery, PeoplePageSearchQueryVariables>;
export const PersonPickerSearchDocument = new TypedDocumentString(`
    query PersonPickerSearch($search: String!) {
  volunteers(search: $search, first: 10) {
    edges {
      node {
        id
        displayName
        currentTeam {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"6055ab90242e25808fc6da25e3531f8e2e4e0650c98f607993b0db66794bb3bc"}) as unknown as TypedDocumentString<PersonPickerSearchQuery, PersonPickerSearchQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  volunteer(id: $id) {
    id
    displayName
    givenName
    familyName
    email
    phone
    dateOfBirth
    postalCode
    houseNumber
    status
    statusSince
    joinedOn
    languages
    talents
    vogStatus
    vogValidUntil
    neighbourhood {
      id
      name
      city
    }
    consents {
      purpose
      givenOn
      withdrawnOn
    }
    memberships {
      id
      role
      from
      until
      team {
        id
        name
      }
    }
  }
}
    `, {"hash":"61a9068bc064b610fa2777e2a26301a6390e32044e23335549ac4a8adc27ddf0"}) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const PersonExportDocument = new TypedDocumentString(`
    query PersonExport($id: ID!) {
  volunteer(id: $id) {
    id
    personalDataExport {
      volunteerId
      volunteers
      teams
      activities
      training
      finance
    }
  }
}
    `, {"hash":"cf2b6304389de45c12e8918cdad1fb828c96c630cb7f282fb974091bc89bb217"}) as unknown as TypedDocumentString<PersonExportQuery, PersonExportQueryVariables>;
export const PersonEraseDocument = new TypedDocumentString(`
    mutation PersonErase($id: ID!) {
  eraseVolunteer(id: $id)
}
    `, {"hash":"6841957c9e6480b2a25a761804a0e6f3b139eb25eacccd9f6b88d4e747516be0"}) as unknown as TypedDocumentString<PersonEraseMutation, PersonEraseMutationVariables>;
export const PersonErasureReceiptsDocument = new TypedDocumentString(`
    query PersonErasureReceipts($id: ID!) {
  volunteersAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
    edges {
      node {
        id
        action
        occurredAt
      }
    }
  }
  teamsAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
    edges {
      node {
        id
        action
        occurredAt
      }
    }
  }
  activitiesAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
    edges {
      node {
        id
        action
        occurredAt
      }
    }
  }
  trainingAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
    edges {
      node {
        id
        action
        occurredAt
      }
    }
  }
  financeAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
    edges {
      node {
        id
        action
        occurredAt
      }
    }
  }
}
    `, {"hash":"e91679d1d865948ebe2ae448470ff6956f13c68b110e8a71b5ef1f4014b1875a"}) as unknown as TypedDocumentString<PersonErasureReceiptsQuery, PersonErasureReceiptsQueryVariables>;
export const RecruitmentFunnelsPageDocument = new TypedDocumentString(`
    query RecruitmentFunnelsPage($year: Int) {
  neighbourhoods {
    id
    name
    city
    recruitmentFunnel(year: $year) {
      suppressed
      spokenTo
      interested
      intake
      joined
      after3Months {
        active
        lost
        notYetDue
      }
      after12Months {
        active
        lost
        notYetDue
      }
    }
  }
}
    `, {"hash":"04daffb020a29b08b321a60f8e9a8f398f593a9d7e6d64a194510b19b8ea50eb"}) as unknown as TypedDocumentString<RecruitmentFunnelsPageQuery, RecruitmentFunnelsPageQueryVariables>;
export const TeamPathTeamsDocument = new TypedDocumentString(`
    query TeamPathTeams {
  teams(first: 100) {
    edges {
      node {
        id
        name
        phase {
          phase
        }
      }
    }
  }
}
    `, {"hash":"809ba67406cc3b2b3c1d22be5609d2e2e4f0356cef83df262610e8019f031039"}) as unknown as TypedDocumentString<TeamPathTeamsQuery, TeamPathTeamsQueryVariables>;
export const TeamPathPageDocument = new TypedDocumentString(`
    query TeamPathPage($teamId: ID!) {
  team(id: $teamId) {
    id
    name
    phase {
      phase
      enteredOn
    }
    phaseHistory {
      phase
      enteredOn
      correction
      note
    }
    checklist {
      phase
      key
      labelNl
      labelEn
      done
      tickedAt
      tickedBy
    }
    followUps {
      monthsAfterHandOver
      dueOn
      due
      measurement {
        measuredOn
        stillActiveMembers
        hoursLastThreeMonths
      }
    }
  }
}
    `, {"hash":"ed74d8515ff06db08482fe8c2a09c7fa72a6bcbcfe60ac4a470172f63514a785"}) as unknown as TypedDocumentString<TeamPathPageQuery, TeamPathPageQueryVariables>;
export const MoveTeamPhaseDocument = new TypedDocumentString(`
    mutation MoveTeamPhase($input: MoveTeamPhaseInput!) {
  moveTeamPhase(input: $input) {
    id
  }
}
    `, {"hash":"6da3a513612152c6135a990e2338162b3bdd19133b2a72cbd77f0bea3c74fb8c"}) as unknown as TypedDocumentString<MoveTeamPhaseMutation, MoveTeamPhaseMutationVariables>;
export const TickTeamChecklistItemDocument = new TypedDocumentString(`
    mutation TickTeamChecklistItem($input: TickTeamChecklistItemInput!) {
  tickTeamChecklistItem(input: $input) {
    id
  }
}
    `, {"hash":"d60145c2f08ce22e4ee1b68563bdc89e59dda3fb35347bbbde400743878cc03b"}) as unknown as TypedDocumentString<TickTeamChecklistItemMutation, TickTeamChecklistItemMutationVariables>;
export const FundingPageAssignBankCreditDocument = new TypedDocumentString(`
    mutation FundingPageAssignBankCredit($input: AssignBankCreditInput!) {
  assignBankCredit(input: $input) {
    id
  }
}
    `, {"hash":"8f9fd72ab6d30d878389aec5e9e67b68b6972658eee9b5a829d5a08de03e4cf9"}) as unknown as TypedDocumentString<FundingPageAssignBankCreditMutation, FundingPageAssignBankCreditMutationVariables>;
export const ApproveHoursPageDocument = new TypedDocumentString(`
    query ApproveHoursPage($teamId: ID!, $first: Int!) {
  team(id: $teamId) {
    id
    name
    memberships {
      id
      volunteer {
        id
        displayName
        hourEntries(first: $first, status: SUBMITTED) {
          totalCount
          edges {
            node {
              id
              version
              entryDate
              minutes
              theme
              description
              team {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"70241378dfa3a5c08f2c8c4fbaa714cbe980b84df295d3c172ab472c394be6b3"}) as unknown as TypedDocumentString<ApproveHoursPageQuery, ApproveHoursPageQueryVariables>;
export const ApproveHoursApproveDocument = new TypedDocumentString(`
    mutation ApproveHoursApprove($input: ApproveHourEntriesInput!) {
  approveHourEntries(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"7d90dc179786249ddc1cff6648f45c3561f842f5792fd600b0a9ad4c3d71945b"}) as unknown as TypedDocumentString<ApproveHoursApproveMutation, ApproveHoursApproveMutationVariables>;
export const ApproveHoursRejectDocument = new TypedDocumentString(`
    mutation ApproveHoursReject($input: DecideHourEntryInput!) {
  rejectHourEntry(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"380917b148c3f6833ad6c422afad1550cdfcc187e41d85d311374d250aea4949"}) as unknown as TypedDocumentString<ApproveHoursRejectMutation, ApproveHoursRejectMutationVariables>;
export const MoneyPageDocument = new TypedDocumentString(`
    query MoneyPage($teamId: ID!, $year: Int!, $month: String!, $claimsPageSize: Int!) {
  team(id: $teamId) {
    id
    name
    budget(year: $year) {
      category
      allocated {
        cents
        currency
      }
      spent {
        cents
        currency
      }
      left {
        cents
        currency
      }
    }
    allowancesNearCap(month: $month) {
      month
      usedThisMonth {
        cents
        currency
      }
      usedThisYear {
        cents
        currency
      }
      monthlyCap {
        cents
        currency
      }
      yearlyCap {
        cents
        currency
      }
      limitsConfirmed
      volunteer {
        id
        displayName
      }
    }
    heldAllowances {
      id
      month
      hoursOn
      amount {
        cents
        currency
      }
      reason
      limitsConfirmed
      volunteer {
        id
        displayName
      }
    }
    expenseClaims(first: $claimsPageSize, status: SUBMITTED) {
      totalCount
      edges {
        node {
          id
          status
          description
          version
          createdAt
          total {
            cents
            currency
          }
          items {
            id
            category
            kind
            spentOn
            amount {
              cents
              currency
            }
            receipt {
              viewUrl
            }
          }
          volunteer {
            id
            displayName
          }
        }
      }
    }
  }
}
    `, {"hash":"e420f23ce25a015b5f760683681e463f3711988bbb94821c790ba611ac7842b2"}) as unknown as TypedDocumentString<MoneyPageQuery, MoneyPageQueryVariables>;
export const MonthSummaryPageDocument = new TypedDocumentString(`
    query MonthSummaryPage($teamId: ID!, $month: String!, $language: SummaryLanguage!) {
  team(id: $teamId) {
    id
    name
    memberships {
      id
      volunteer {
        id
        displayName
        givenName
        familyName
      }
    }
    monthSummary(month: $month) {
      id
      status
      version
      highlightNl
      highlightEn
      publishedAt
      figures {
        approvedHours
        activitiesHeld
        residentsReached
        activeMembers
      }
      photos {
        id
        caption
        shown
        uploaded
        viewUrl
        people {
          id
        }
      }
    }
    monthSummaryText(month: $month, language: $language)
    monthSummaryShareImage(month: $month, language: $language) {
      fileName
      contentType
      base64
      byteSize
    }
  }
}
    `, {"hash":"e33f4404de1b2b15c729e20c3d7ad9c9247fbaafe519869221e1751d5bbcd9b6"}) as unknown as TypedDocumentString<MonthSummaryPageQuery, MonthSummaryPageQueryVariables>;
export const WriteTeamMonthSummaryDocument = new TypedDocumentString(`
    mutation WriteTeamMonthSummary($input: WriteTeamMonthSummaryInput!) {
  writeTeamMonthSummary(input: $input) {
    id
    version
  }
}
    `, {"hash":"344299957b536c36d9b7910b5bb6c060e01edccda841e20f05904947e313baa5"}) as unknown as TypedDocumentString<WriteTeamMonthSummaryMutation, WriteTeamMonthSummaryMutationVariables>;
export const RequestSummaryPhotoUploadDocument = new TypedDocumentString(`
    mutation RequestSummaryPhotoUpload($input: RequestSummaryPhotoUploadInput!) {
  requestSummaryPhotoUpload(input: $input) {
    url
    method
    maxBytes
  }
}
    `, {"hash":"7c1eea9e3bfe48477a6a55c7c8a611b5e1629804ff83b7eb36925515c3e00e9a"}) as unknown as TypedDocumentString<RequestSummaryPhotoUploadMutation, RequestSummaryPhotoUploadMutationVariables>;
export const RemoveSummaryPhotoDocument = new TypedDocumentString(`
    mutation RemoveSummaryPhoto($id: ID!) {
  removeSummaryPhoto(id: $id) {
    id
  }
}
    `, {"hash":"8ca55cd9e206cdbbf8dff9716580a6d9a95300272315f21b3860d326b0c6875c"}) as unknown as TypedDocumentString<RemoveSummaryPhotoMutation, RemoveSummaryPhotoMutationVariables>;
export const PlanPageAttendanceDocument = new TypedDocumentString(`
    mutation PlanPageAttendance($sessionId: ID!, $volunteerId: ID!, $present: Boolean!) {
  recordAttendance(
    sessionId: $sessionId
    volunteerId: $volunteerId
    present: $present
  ) {
    id
    status
  }
}
    `, {"hash":"665a7146da04e8051299b6a50578566d854917772ffd0c454a9f801bfe1717a1"}) as unknown as TypedDocumentString<PlanPageAttendanceMutation, PlanPageAttendanceMutationVariables>;
export const PlanPageWellbeingCheckDocument = new TypedDocumentString(`
    mutation PlanPageWellbeingCheck($input: RecordWellbeingCheckInput!) {
  recordWellbeingCheck(input: $input) {
    id
    takenOn
  }
}
    `, {"hash":"64a030c70bcc778a387f43385ad5f687a87886c0d0406c3a1bc9c2ebb837ef8c"}) as unknown as TypedDocumentString<PlanPageWellbeingCheckMutation, PlanPageWellbeingCheckMutationVariables>;
export const PlanPageDocument = new TypedDocumentString(`
    query PlanPage($teamId: ID!) {
  team(id: $teamId) {
    id
    name
    memberships {
      id
      role
      volunteer {
        id
        displayName
        givenName
        familyName
        consents {
          purpose
          withdrawnOn
        }
      }
    }
  }
  courses {
    id
    title
    runs {
      id
      team {
        id
      }
      sessions {
        id
        startsAt
        endsAt
        location
      }
      enrolments {
        id
        status
        volunteer {
          id
        }
      }
    }
  }
}
    `, {"hash":"b5ac37a6b136bd93deb55f99f87e42e67cb066a79398973abf13f7887a9680fa"}) as unknown as TypedDocumentString<PlanPageQuery, PlanPageQueryVariables>;
export const PlanPageActivityDocument = new TypedDocumentString(`
    mutation PlanPageActivity($input: PlanActivityInput!) {
  planActivity(input: $input) {
    id
    title
    startsAt
    endsAt
    location
  }
}
    `, {"hash":"0431c74e88f7c898bc210833cb0ff2e88fb4a200493af79771064b6c63392f55"}) as unknown as TypedDocumentString<PlanPageActivityMutation, PlanPageActivityMutationVariables>;
export const PlanPageActivitySeriesDocument = new TypedDocumentString(`
    mutation PlanPageActivitySeries($input: PlanActivitySeriesInput!) {
  planActivitySeries(input: $input) {
    id
    title
    startsAt
    endsAt
    location
  }
}
    `, {"hash":"f703e4d9eadceb0cd8fea69ff87271917aece7f308993ecf5f699d0a4eb90d08"}) as unknown as TypedDocumentString<PlanPageActivitySeriesMutation, PlanPageActivitySeriesMutationVariables>;
export const RecruitmentPageDocument = new TypedDocumentString(`
    query RecruitmentPage($teamId: ID!, $year: Int) {
  team(id: $teamId) {
    id
    name
    memberships {
      id
      volunteer {
        id
        displayName
        givenName
        familyName
      }
    }
    recruitmentFunnel(year: $year) {
      year
      suppressed
      spokenTo
      interested
      intake
      joined
      after3Months {
        active
        lost
        notYetDue
      }
      after12Months {
        active
        lost
        notYetDue
      }
    }
    outreachMoments {
      id
      kind
      heldOn
      place
      spokenTo
      interested
    }
    recruitmentCandidates {
      id
      version
      firstName
      phone
      email
      firstConversationOn
      introductionOn
      outcome
      outcomeOn
      notJoinedReason
      volunteerId
      contactDeletedAt
    }
  }
}
    `, {"hash":"3a9f5cd6051ac312a6b93f964228077e3a228cdff189bc8b130bb8f5930c0d96"}) as unknown as TypedDocumentString<RecruitmentPageQuery, RecruitmentPageQueryVariables>;
export const RecordOutreachMomentDocument = new TypedDocumentString(`
    mutation RecordOutreachMoment($input: RecordOutreachMomentInput!) {
  recordOutreachMoment(input: $input) {
    id
  }
}
    `, {"hash":"8bf62cea7d7c0550d491025ab32a367c3891c8bf38ce5810160cf3a364a2862b"}) as unknown as TypedDocumentString<RecordOutreachMomentMutation, RecordOutreachMomentMutationVariables>;
export const AddRecruitmentCandidateDocument = new TypedDocumentString(`
    mutation AddRecruitmentCandidate($input: AddRecruitmentCandidateInput!) {
  addRecruitmentCandidate(input: $input) {
    id
  }
}
    `, {"hash":"403fd9f0481d7e0a6e7defa9c1cd34c75d70b8949c7768cc854d54c13a126d8a"}) as unknown as TypedDocumentString<AddRecruitmentCandidateMutation, AddRecruitmentCandidateMutationVariables>;
export const RecordIntakeStepDocument = new TypedDocumentString(`
    mutation RecordIntakeStep($input: RecordIntakeStepInput!) {
  recordIntakeStep(input: $input) {
    id
    version
  }
}
    `, {"hash":"4e449675051e07eba97b54d974941cbfac2e074bd5d64beafc25669fce4d4b86"}) as unknown as TypedDocumentString<RecordIntakeStepMutation, RecordIntakeStepMutationVariables>;
export const CloseIntakeDocument = new TypedDocumentString(`
    mutation CloseIntake($input: CloseIntakeInput!) {
  closeIntake(input: $input) {
    id
    outcome
  }
}
    `, {"hash":"30e375b26f078436395b01f855382844308717dbba240520efc98fc95ceb8f09"}) as unknown as TypedDocumentString<CloseIntakeMutation, CloseIntakeMutationVariables>;
export const TeamDashboardPageDocument = new TypedDocumentString(`
    query TeamDashboardPage($teamId: ID!, $year: Int!, $from: DateTime!) {
  team(id: $teamId) {
    id
    name
    memberships {
      id
      role
      volunteer {
        id
        displayName
        status
        email
      }
    }
    trainingCoverage {
      required
      covered
      course {
        id
        title
      }
      missing {
        id
      }
    }
    firstYearProgress {
      from
      until
      approvedHours
      lowTarget
      highTarget
      hoursPerWeekNeededForLow
      status
    }
    hours(year: $year) {
      year
      approvedHours
      submittedHours
      byTheme {
        theme
        approvedHours
        submittedHours
      }
    }
    activities(from: $from, first: 6) {
      edges {
        node {
          id
          title
          theme
          startsAt
          location
          status
        }
      }
    }
  }
}
    `, {"hash":"e5e0e3dfd50a44c6860270021cf4f480387f76e45047c04e6bde05ac074f47aa"}) as unknown as TypedDocumentString<TeamDashboardPageQuery, TeamDashboardPageQueryVariables>;
export const TeamDashboardFirstYearDocument = new TypedDocumentString(`
    query TeamDashboardFirstYear($teamId: ID!, $startYear: Int!, $endYear: Int!) {
  team(id: $teamId) {
    id
    startYear: hours(year: $startYear) {
      byMonth {
        month
        approvedHours
      }
    }
    endYear: hours(year: $endYear) {
      byMonth {
        month
        approvedHours
      }
    }
  }
}
    `, {"hash":"ce561920c60f5d5fb595c6ecdff35c85632fbd6adbe2496ac26c1d64644a709c"}) as unknown as TypedDocumentString<TeamDashboardFirstYearQuery, TeamDashboardFirstYearQueryVariables>;
export const TeamPathCardDocument = new TypedDocumentString(`
    query TeamPathCard($teamId: ID!, $year: Int!) {
  team(id: $teamId) {
    id
    phase {
      phase
      enteredOn
    }
    checklist {
      phase
      key
      labelNl
      labelEn
      done
    }
    followUps {
      monthsAfterHandOver
      dueOn
      due
      measurement {
        measuredOn
      }
    }
    yearlyReview(year: $year) {
      goals {
        theme
        goal
        targetHours
      }
    }
    hours(year: $year) {
      byTheme {
        theme
        approvedHours
      }
    }
  }
}
    `, {"hash":"ff43c132239596df355ec5d941f6f5a491180092fbb34b01bbd37645635f8a32"}) as unknown as TypedDocumentString<TeamPathCardQuery, TeamPathCardQueryVariables>;
export const TeamsOverviewPageDocument = new TypedDocumentString(`
    query TeamsOverviewPage {
  teams(first: 100) {
    edges {
      node {
        id
        name
        status
        startsOn
        memberCount
        sizeIndicator
        neighbourhood {
          id
          city
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `, {"hash":"43c3307e055ee739bd28389abc19d194f010dc9c4c061cf5a3e53aca0a896fa1"}) as unknown as TypedDocumentString<TeamsOverviewPageQuery, TeamsOverviewPageQueryVariables>;
export const PartnerDashboardScopesDocument = new TypedDocumentString(`
    query PartnerDashboardScopes($partnerId: ID!, $withAgreements: Boolean!) {
  neighbourhoods {
    id
    name
    city
    teams {
      id
      name
    }
  }
  partner(id: $partnerId) @include(if: $withAgreements) {
    id
    fundingAgreements {
      id
      title
    }
  }
}
    `, {"hash":"4616aa87d6116a93d67fceb0d0ecb3b4301060f22ed369c97043041e372a2ce2"}) as unknown as TypedDocumentString<PartnerDashboardScopesQuery, PartnerDashboardScopesQueryVariables>;
export const NeighbourhoodReportPdfDocument = new TypedDocumentString(`
    query NeighbourhoodReportPdf($id: ID!, $year: Int!) {
  neighbourhood(id: $id) {
    id
    impactReportPdf(year: $year) {
      fileName
      contentType
      base64
    }
  }
}
    `, {"hash":"b6000fad7ccbe418ee5870c828a0586cec081ef83a8948cbcc8c54234950dfce"}) as unknown as TypedDocumentString<NeighbourhoodReportPdfQuery, NeighbourhoodReportPdfQueryVariables>;
export const TeamReportPdfDocument = new TypedDocumentString(`
    query TeamReportPdf($id: ID!, $year: Int!) {
  team(id: $id) {
    id
    impactReportPdf(year: $year) {
      fileName
      contentType
      base64
    }
  }
}
    `, {"hash":"1e6d6b8ec0d4a869292848b2ec399a1a23ea500483875380a842a9d1c5c27f74"}) as unknown as TypedDocumentString<TeamReportPdfQuery, TeamReportPdfQueryVariables>;
export const AgreementReportPdfDocument = new TypedDocumentString(`
    query AgreementReportPdf($partnerId: ID!) {
  partner(id: $partnerId) {
    id
    fundingAgreements {
      id
      impactReportPdf {
        fileName
        contentType
        base64
      }
    }
  }
}
    `, {"hash":"f8934481591b64edd6798d6dcb0d1a440e9663a21fb42cb06d84911a480a4bcc"}) as unknown as TypedDocumentString<AgreementReportPdfQuery, AgreementReportPdfQueryVariables>;
export const PartnerNeighbourhoodReportDocument = new TypedDocumentString(`
    query PartnerNeighbourhoodReport($neighbourhoodId: ID!, $year: Int!) {
  neighbourhood(id: $neighbourhoodId) {
    id
    name
    impact(year: $year) {
      ...PartnerImpactFigures
      ...PartnerImpactCohesion
    }
  }
}
    fragment PartnerImpactFigures on ImpactReport {
  scope
  year
  from
  until
  totalHours
  extraHours {
    grossHours
    baselineHours
    netHours
  }
  hoursByTheme {
    theme
    hours
    entries
  }
  months {
    month
    hours
    activitiesCompleted
    residentsReached
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
  wellbeing {
    year
    participants
    domains {
      domain
      averageChange
      interval {
        low
        high
      }
      evidence
    }
  }
  firstYearPromise {
    neighbourhoodId
    from
    until
    hours
    grossHours
    baselineHours
    minimumHours
    maximumHours
    percentOfMinimum
    expectedByNow
    status
  }
  costBenefit {
    discountRatePercent
    priceYear
    priceLevelYear
    priceIndexBase
    baseYear
    costs {
      year
      category
      amount {
        cents
        currency
      }
      bookings
    }
    totalCosts {
      cents
      currency
    }
    effects {
      year
      category
      theme
      beneficiary
      quantity
      unit
      priceItem
      priceYear
      price {
        cents
        currency
      }
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
      source
      calculation
    }
    benefitsByBeneficiary {
      beneficiary
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
    }
    totalBenefits {
      cents
      currency
    }
    totalBenefitsLow {
      cents
      currency
    }
    totalBenefitsHigh {
      cents
      currency
    }
    benefitCostRatio
    benefitCostRatioLow
    benefitCostRatioHigh
    netPresentValue {
      cents
      currency
    }
    netPresentValueLow {
      cents
      currency
    }
    netPresentValueHigh {
      cents
      currency
    }
    agreedReturns {
      agreementId
      title
      ratio
    }
    costsRecorded
    attribution {
      sharePercent
      ruleNl
      ruleEn
    }
  }
  csv {
    name
    fileName
    content
  }
}
fragment PartnerImpactCohesion on ImpactReport {
  cohesion {
    surveyId
    neighbourhoodId
    wave
    fieldedOn
    sampleSize
    cohesionScore
    changeSinceBaseline
    changeSinceBaselineInterval {
      low
      high
    }
    changeEvidence
    statements {
      item
      labelNl
      labelEn
      score
    }
  }
}`, {"hash":"d0da41f9caaf9b8d11b08d651cd34e9a9b92f5805f0a79ab3ce0cd4314987cea"}) as unknown as TypedDocumentString<PartnerNeighbourhoodReportQuery, PartnerNeighbourhoodReportQueryVariables>;
export const PartnerTeamReportDocument = new TypedDocumentString(`
    query PartnerTeamReport($teamId: ID!, $year: Int!) {
  team(id: $teamId) {
    id
    name
    impact(year: $year) {
      ...PartnerImpactFigures
      ...PartnerImpactCohesion
    }
  }
}
    fragment PartnerImpactFigures on ImpactReport {
  scope
  year
  from
  until
  totalHours
  extraHours {
    grossHours
    baselineHours
    netHours
  }
  hoursByTheme {
    theme
    hours
    entries
  }
  months {
    month
    hours
    activitiesCompleted
    residentsReached
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
  wellbeing {
    year
    participants
    domains {
      domain
      averageChange
      interval {
        low
        high
      }
      evidence
    }
  }
  firstYearPromise {
    neighbourhoodId
    from
    until
    hours
    grossHours
    baselineHours
    minimumHours
    maximumHours
    percentOfMinimum
    expectedByNow
    status
  }
  costBenefit {
    discountRatePercent
    priceYear
    priceLevelYear
    priceIndexBase
    baseYear
    costs {
      year
      category
      amount {
        cents
        currency
      }
      bookings
    }
    totalCosts {
      cents
      currency
    }
    effects {
      year
      category
      theme
      beneficiary
      quantity
      unit
      priceItem
      priceYear
      price {
        cents
        currency
      }
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
      source
      calculation
    }
    benefitsByBeneficiary {
      beneficiary
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
    }
    totalBenefits {
      cents
      currency
    }
    totalBenefitsLow {
      cents
      currency
    }
    totalBenefitsHigh {
      cents
      currency
    }
    benefitCostRatio
    benefitCostRatioLow
    benefitCostRatioHigh
    netPresentValue {
      cents
      currency
    }
    netPresentValueLow {
      cents
      currency
    }
    netPresentValueHigh {
      cents
      currency
    }
    agreedReturns {
      agreementId
      title
      ratio
    }
    costsRecorded
    attribution {
      sharePercent
      ruleNl
      ruleEn
    }
  }
  csv {
    name
    fileName
    content
  }
}
fragment PartnerImpactCohesion on ImpactReport {
  cohesion {
    surveyId
    neighbourhoodId
    wave
    fieldedOn
    sampleSize
    cohesionScore
    changeSinceBaseline
    changeSinceBaselineInterval {
      low
      high
    }
    changeEvidence
    statements {
      item
      labelNl
      labelEn
      score
    }
  }
}`, {"hash":"8b3ccd1e5676d3675e7d7444c3cbed0d31d934ab5ff4366cafa8b2a5094c9da9"}) as unknown as TypedDocumentString<PartnerTeamReportQuery, PartnerTeamReportQueryVariables>;
export const PartnerAgreementReportDocument = new TypedDocumentString(`
    query PartnerAgreementReport($partnerId: ID!) {
  partner(id: $partnerId) {
    id
    fundingAgreements {
      id
      title
      startsOn
      endsOn
      socialReturnCentsPerEuro
      impact {
        ...PartnerImpactFigures
      }
    }
  }
}
    fragment PartnerImpactFigures on ImpactReport {
  scope
  year
  from
  until
  totalHours
  extraHours {
    grossHours
    baselineHours
    netHours
  }
  hoursByTheme {
    theme
    hours
    entries
  }
  months {
    month
    hours
    activitiesCompleted
    residentsReached
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
  wellbeing {
    year
    participants
    domains {
      domain
      averageChange
      interval {
        low
        high
      }
      evidence
    }
  }
  firstYearPromise {
    neighbourhoodId
    from
    until
    hours
    grossHours
    baselineHours
    minimumHours
    maximumHours
    percentOfMinimum
    expectedByNow
    status
  }
  costBenefit {
    discountRatePercent
    priceYear
    priceLevelYear
    priceIndexBase
    baseYear
    costs {
      year
      category
      amount {
        cents
        currency
      }
      bookings
    }
    totalCosts {
      cents
      currency
    }
    effects {
      year
      category
      theme
      beneficiary
      quantity
      unit
      priceItem
      priceYear
      price {
        cents
        currency
      }
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
      source
      calculation
    }
    benefitsByBeneficiary {
      beneficiary
      value {
        cents
        currency
      }
      valueLow {
        cents
        currency
      }
      valueHigh {
        cents
        currency
      }
    }
    totalBenefits {
      cents
      currency
    }
    totalBenefitsLow {
      cents
      currency
    }
    totalBenefitsHigh {
      cents
      currency
    }
    benefitCostRatio
    benefitCostRatioLow
    benefitCostRatioHigh
    netPresentValue {
      cents
      currency
    }
    netPresentValueLow {
      cents
      currency
    }
    netPresentValueHigh {
      cents
      currency
    }
    agreedReturns {
      agreementId
      title
      ratio
    }
    costsRecorded
    attribution {
      sharePercent
      ruleNl
      ruleEn
    }
  }
  csv {
    name
    fileName
    content
  }
}`, {"hash":"7c4c1b62a53b25e81d93507815670874efcef231e28a84c3639f78d1e3044711"}) as unknown as TypedDocumentString<PartnerAgreementReportQuery, PartnerAgreementReportQueryVariables>;
export const PartnerAgreementCohesionDocument = new TypedDocumentString(`
    query PartnerAgreementCohesion($partnerId: ID!) {
  partner(id: $partnerId) {
    id
    fundingAgreements {
      id
      impact {
        ...PartnerImpactCohesion
      }
    }
  }
}
    fragment PartnerImpactCohesion on ImpactReport {
  cohesion {
    surveyId
    neighbourhoodId
    wave
    fieldedOn
    sampleSize
    cohesionScore
    changeSinceBaseline
    changeSinceBaselineInterval {
      low
      high
    }
    changeEvidence
    statements {
      item
      labelNl
      labelEn
      score
    }
  }
}`, {"hash":"25e17eff61c9a4dbaf90da534f09ab96bc6c20a4551172cc34b4af8dffbba04d"}) as unknown as TypedDocumentString<PartnerAgreementCohesionQuery, PartnerAgreementCohesionQueryVariables>;
export const RequestTeamDocument = new TypedDocumentString(`
    mutation RequestTeam($input: RequestTeamInput!) {
  requestTeam(input: $input) {
    received
  }
}
    `, {"hash":"3a1e8068fde6a20583d494662a0286f4a3ee1f03d1a46ce33a958c33b6095db9"}) as unknown as TypedDocumentString<RequestTeamMutation, RequestTeamMutationVariables>;
export const ClaimDecisionApproveDocument = new TypedDocumentString(`
    mutation ClaimDecisionApprove($id: ID!, $version: Int!, $idempotencyKey: String!) {
  approveExpenseClaim(id: $id, version: $version, idempotencyKey: $idempotencyKey) {
    id
    status
    version
  }
}
    `, {"hash":"c573a41e8e88f58235ea37ba40748d9f4604f76d1c9a2cd1c62e7aae92eb4273"}) as unknown as TypedDocumentString<ClaimDecisionApproveMutation, ClaimDecisionApproveMutationVariables>;
export const ClaimDecisionRejectDocument = new TypedDocumentString(`
    mutation ClaimDecisionReject($input: DecideExpenseClaimInput!) {
  rejectExpenseClaim(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"c824e0acd9d3c3be5686aa7b4bd6f199e1ea49c0479c4452398bbd857259241c"}) as unknown as TypedDocumentString<ClaimDecisionRejectMutation, ClaimDecisionRejectMutationVariables>;
export const ClaimDecisionReturnDocument = new TypedDocumentString(`
    mutation ClaimDecisionReturn($input: DecideExpenseClaimInput!) {
  returnExpenseClaim(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"87741d90b2d95ccfae3921cf7c5043f8460584216d32e32c310fe5179b58399c"}) as unknown as TypedDocumentString<ClaimDecisionReturnMutation, ClaimDecisionReturnMutationVariables>;
export const ActivitiesPageDocument = new TypedDocumentString(`
    query ActivitiesPage($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {
  volunteer(id: $volunteerId) {
    id
    currentTeam {
      id
      name
      activities(from: $from, to: $to, first: 100) {
        edges {
          node {
            id
            title
            description
            theme
            startsAt
            endsAt
            location
            status
            capacity
            signUpCount
            signedUp {
              id
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"c5c6678bddf75c65ed104492a07848c946e943a12972756837c283189452bb19"}) as unknown as TypedDocumentString<ActivitiesPageQuery, ActivitiesPageQueryVariables>;
export const ActivitiesSignUpDocument = new TypedDocumentString(`
    mutation ActivitiesSignUp($activityId: ID!) {
  signUp(activityId: $activityId) {
    id
    signUpCount
  }
}
    `, {"hash":"35a53f32b3f23f0cf1eab69d8e07a58e765426f36a3757e24e397cc5b8be4cd4"}) as unknown as TypedDocumentString<ActivitiesSignUpMutation, ActivitiesSignUpMutationVariables>;
export const ActivitiesCancelSignUpDocument = new TypedDocumentString(`
    mutation ActivitiesCancelSignUp($activityId: ID!) {
  cancelSignUp(activityId: $activityId)
}
    `, {"hash":"be57d88a49ccbc61dc44104a5a4254f8c1506bbb5fd1a34c4219022bf5c2b1ae"}) as unknown as TypedDocumentString<ActivitiesCancelSignUpMutation, ActivitiesCancelSignUpMutationVariables>;
export const ChecksPageDocument = new TypedDocumentString(`
    query ChecksPage($volunteerId: ID!) {
  volunteer(id: $volunteerId) {
    id
    consents {
      purpose
      withdrawnOn
    }
  }
}
    `, {"hash":"321b231fa59137ce0b083cd6059dce6220b3d5c22db7a6e4a30be2e8559c11f5"}) as unknown as TypedDocumentString<ChecksPageQuery, ChecksPageQueryVariables>;
export const RecordOwnWellbeingCheckDocument = new TypedDocumentString(`
    mutation RecordOwnWellbeingCheck($input: RecordWellbeingCheckInput!) {
  recordWellbeingCheck(input: $input) {
    id
  }
}
    `, {"hash":"aa9df42155843a5f3183405e22e43b96c1389b80ec878a1cdc8158477b9af333"}) as unknown as TypedDocumentString<RecordOwnWellbeingCheckMutation, RecordOwnWellbeingCheckMutationVariables>;
export const RecordOwnLonelinessCheckDocument = new TypedDocumentString(`
    mutation RecordOwnLonelinessCheck($input: RecordLonelinessCheckInput!) {
  recordLonelinessCheck(input: $input) {
    takenOn
  }
}
    `, {"hash":"fad389f98ca74dd2090dd05e415f621f2003cd996ee9125613011c2ccbc789b8"}) as unknown as TypedDocumentString<RecordOwnLonelinessCheckMutation, RecordOwnLonelinessCheckMutationVariables>;
export const FinancialStatementPdfDocument = new TypedDocumentString(`
    query FinancialStatementPdf($volunteerId: ID!, $year: Int!, $month: Int) {
  volunteer(id: $volunteerId) {
    id
    financialStatement(year: $year, month: $month) {
      pdf {
        fileName
        contentType
        base64
      }
    }
  }
}
    `, {"hash":"e25835138a32774f4670290b6a66ce257ad09b19034e53d408fd263d8bee42ad"}) as unknown as TypedDocumentString<FinancialStatementPdfQuery, FinancialStatementPdfQueryVariables>;
export const VolunteerHomeDocument = new TypedDocumentString(`
    query VolunteerHome($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {
  volunteer(id: $volunteerId) {
    id
    displayName
    hourEntries(first: 100) {
      edges {
        node {
          id
          entryDate
          minutes
          status
        }
      }
    }
    currentTeam {
      id
      name
      firstYearProgress {
        approvedHours
        lowTarget
        highTarget
        until
        status
      }
      activities(from: $from, to: $to, first: 50) {
        edges {
          node {
            id
            title
            theme
            startsAt
            location
            status
            signedUp {
              id
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"869938dc4fd512a93b537c9ff2d37aaf85ae12994a338a69d36ad71e90ab4024"}) as unknown as TypedDocumentString<VolunteerHomeQuery, VolunteerHomeQueryVariables>;
export const MePageDocument = new TypedDocumentString(`
    query MePage($volunteerId: ID!) {
  volunteer(id: $volunteerId) {
    id
    version
    displayName
    givenName
    familyName
    email
    phone
    postalCode
    houseNumber
    neighbourhood {
      id
      name
    }
    consents {
      purpose
      givenOn
      withdrawnOn
    }
    currentTeam {
      id
      name
    }
    expenseClaims(first: 50) {
      totalCount
      edges {
        node {
          id
          status
          description
          reason
          version
          createdAt
          total {
            cents
            currency
          }
          items {
            id
            category
            spentOn
            amount {
              cents
              currency
            }
            receipt {
              contentType
              size
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"c32ab910eab45b312652b5d00cb72d1a363e13e246413b55e9de9ed3043e3e07"}) as unknown as TypedDocumentString<MePageQuery, MePageQueryVariables>;
export const MeUpdateContactDocument = new TypedDocumentString(`
    mutation MeUpdateContact($input: UpdateVolunteerInput!) {
  updateVolunteer(input: $input) {
    id
    version
    email
    phone
  }
}
    `, {"hash":"39d4a2d621fd666c3d8d91d8f0b48ec68bb82ce6ff321d9e5fb9050f03463bc3"}) as unknown as TypedDocumentString<MeUpdateContactMutation, MeUpdateContactMutationVariables>;
export const MeGiveConsentDocument = new TypedDocumentString(`
    mutation MeGiveConsent($input: ConsentInput!) {
  giveConsent(input: $input) {
    purpose
    givenOn
    withdrawnOn
  }
}
    `, {"hash":"9b5ba6fca068a3b0f4a657f2f2dc88a0cfa372f8e9f9f99bff21b95318096a08"}) as unknown as TypedDocumentString<MeGiveConsentMutation, MeGiveConsentMutationVariables>;
export const MeWithdrawConsentDocument = new TypedDocumentString(`
    mutation MeWithdrawConsent($input: ConsentInput!) {
  withdrawConsent(input: $input) {
    purpose
    givenOn
    withdrawnOn
  }
}
    `, {"hash":"b1033697db20e3dd299990c1c8b7aa6ef8ce0cef54dc95b7e99f2aeda095978b"}) as unknown as TypedDocumentString<MeWithdrawConsentMutation, MeWithdrawConsentMutationVariables>;
export const MePersonalDataExportDocument = new TypedDocumentString(`
    query MePersonalDataExport($volunteerId: ID!) {
  volunteer(id: $volunteerId) {
    id
    personalDataExport {
      volunteerId
      volunteers
      teams
      activities
      training
      finance
    }
  }
}
    `, {"hash":"7f557a00ed21089921981cb2388d1b2133a8011764ce6076fc27db4debb10308"}) as unknown as TypedDocumentString<MePersonalDataExportQuery, MePersonalDataExportQueryVariables>;
export const MeDraftClaimDocument = new TypedDocumentString(`
    mutation MeDraftClaim($input: DraftExpenseClaimInput!) {
  draftExpenseClaim(input: $input) {
    id
    status
    version
    items {
      id
    }
  }
}
    `, {"hash":"936dd5f28861791cffe1f9c5ee73597170e709887f356d067df0ca1d0c742942"}) as unknown as TypedDocumentString<MeDraftClaimMutation, MeDraftClaimMutationVariables>;
export const MeSubmitClaimDocument = new TypedDocumentString(`
    mutation MeSubmitClaim($id: ID!, $version: Int!) {
  submitExpenseClaim(id: $id, version: $version) {
    id
    status
    version
  }
}
    `, {"hash":"c3aca3f90e5408d73ef1ee4299f1bf20187f1b8ef6ebe33a7510a82b5ba6de36"}) as unknown as TypedDocumentString<MeSubmitClaimMutation, MeSubmitClaimMutationVariables>;
export const MessagePreferencesDocument = new TypedDocumentString(`
    query MessagePreferences($volunteerId: ID!) {
  volunteer(id: $volunteerId) {
    id
    messagePreferences {
      language
      enabledKinds
      version
    }
  }
}
    `, {"hash":"29693ed083aa1627e1293c69d12d0886107bdb1418e8a5358da581e870feb5d4"}) as unknown as TypedDocumentString<MessagePreferencesQuery, MessagePreferencesQueryVariables>;
export const SetMessagePreferencesDocument = new TypedDocumentString(`
    mutation SetMessagePreferences($input: SetMessagePreferencesInput!) {
  setMessagePreferences(input: $input) {
    language
    enabledKinds
    version
  }
}
    `, {"hash":"811ac196ae8bdd252aed0aedd130bbb8724371742b8eb3467e5b74e4e222abdc"}) as unknown as TypedDocumentString<SetMessagePreferencesMutation, SetMessagePreferencesMutationVariables>;
export const ProposalsPageDocument = new TypedDocumentString(`
    query ProposalsPage($teamId: ID!, $year: Int!, $withCommitments: Boolean!) {
  team(id: $teamId) {
    id
    name
    decisionRule {
      quorumPercent
      majorityPercent
      inDutch
      inEnglish
      isDefault
      version
    }
    proposals {
      id
      kind
      title
      description
      subject
      theme
      focusYear
      status
      closesAt
      version
      proposedByMe
      myVote
      amount {
        cents
        currency
      }
      counts {
        votesFor
        votesAgainst
        abstentions
        voted
      }
      rule {
        inDutch
        inEnglish
      }
      result {
        votesFor
        votesAgainst
        abstentions
        eligibleMembers
        turnoutPercent
        quorumMet
        majorityMet
        outcome
      }
    }
    budgetCommitments(year: $year) @include(if: $withCommitments) {
      id
      status
      version
      fundingIssue
      executedOn
      executedFor
      amount {
        cents
        currency
      }
      executedAmount {
        cents
        currency
      }
      proposal {
        id
        title
      }
      ledgerEntry {
        id
      }
    }
  }
}
    `, {"hash":"1196194aad37ddceb1ae0f2a04039ad96a7e7d3d08a522e863959f11102d6a9c"}) as unknown as TypedDocumentString<ProposalsPageQuery, ProposalsPageQueryVariables>;
export const ProposeToTeamDocument = new TypedDocumentString(`
    mutation ProposeToTeam($input: ProposeToTeamInput!) {
  proposeToTeam(input: $input) {
    id
  }
}
    `, {"hash":"434f41a9cfbfda99adc4ed58dc46ab29850ff64e910b48c46c7dca62c83b6449"}) as unknown as TypedDocumentString<ProposeToTeamMutation, ProposeToTeamMutationVariables>;
export const VoteOnTeamProposalDocument = new TypedDocumentString(`
    mutation VoteOnTeamProposal($input: VoteOnTeamProposalInput!) {
  voteOnTeamProposal(input: $input) {
    id
    myVote
  }
}
    `, {"hash":"226eb5516b47cd462b0fe6c4e1ce1ea85ef8cdcaf16130a2abb912bbbc5e682c"}) as unknown as TypedDocumentString<VoteOnTeamProposalMutation, VoteOnTeamProposalMutationVariables>;
export const WithdrawTeamProposalDocument = new TypedDocumentString(`
    mutation WithdrawTeamProposal($id: ID!, $version: Int!) {
  withdrawTeamProposal(id: $id, version: $version) {
    id
    status
  }
}
    `, {"hash":"e686b9a3d560d219814d6aa5d112c38ac7b464567b5bb01c59b136327e3010fa"}) as unknown as TypedDocumentString<WithdrawTeamProposalMutation, WithdrawTeamProposalMutationVariables>;
export const SetTeamDecisionRuleDocument = new TypedDocumentString(`
    mutation SetTeamDecisionRule($input: SetTeamDecisionRuleInput!) {
  setTeamDecisionRule(input: $input) {
    version
  }
}
    `, {"hash":"bbc08a5a9a47f977a459f2a965d7c3f4e7b93340f0b4635435c50fe89705bfb4"}) as unknown as TypedDocumentString<SetTeamDecisionRuleMutation, SetTeamDecisionRuleMutationVariables>;
export const ExecuteBudgetCommitmentDocument = new TypedDocumentString(`
    mutation ExecuteBudgetCommitment($input: ExecuteBudgetCommitmentInput!) {
  executeBudgetCommitment(input: $input) {
    id
    status
  }
}
    `, {"hash":"b0c926083fe83313ef11e41d58acda5d8b761bd1ef42a8e5718c7554181d48b3"}) as unknown as TypedDocumentString<ExecuteBudgetCommitmentMutation, ExecuteBudgetCommitmentMutationVariables>;
export const RequestReceiptUploadDocument = new TypedDocumentString(`
    mutation RequestReceiptUpload($itemId: ID!) {
  requestReceiptUpload(itemId: $itemId) {
    url
    method
    maxBytes
  }
}
    `, {"hash":"94cf63b7d7b2bc6f875a5cd18b4e8e3981edd8bd4fac9e7e276591272f6878c4"}) as unknown as TypedDocumentString<RequestReceiptUploadMutation, RequestReceiptUploadMutationVariables>;
export const RegisterHoursPageDocument = new TypedDocumentString(`
    query RegisterHoursPage($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {
  volunteer(id: $volunteerId) {
    id
    currentTeam {
      id
      name
      activities(from: $from, to: $to, first: 100) {
        edges {
          node {
            id
            title
            theme
            startsAt
            status
          }
        }
      }
    }
    hourEntries(first: 20) {
      edges {
        node {
          id
          entryDate
          minutes
          theme
          description
          status
          rejectionReason
          version
        }
      }
    }
  }
}
    `, {"hash":"a38a5cbcce28356c361a8db8cad2ea504d106441f3fb214f50b49bc7a74b346a"}) as unknown as TypedDocumentString<RegisterHoursPageQuery, RegisterHoursPageQueryVariables>;
export const RegisterHoursSubmitDocument = new TypedDocumentString(`
    mutation RegisterHoursSubmit($input: RegisterHoursInput!) {
  registerHours(input: $input) {
    id
    entryDate
    minutes
    status
  }
}
    `, {"hash":"01ab5f918fb4fd1a22e77cde4c9d222dce50ef4f8dc518160ce1babcdb513bdf"}) as unknown as TypedDocumentString<RegisterHoursSubmitMutation, RegisterHoursSubmitMutationVariables>;
export const RegisterHoursCorrectDocument = new TypedDocumentString(`
    mutation RegisterHoursCorrect($input: UpdateHourEntryInput!) {
  updateHourEntry(input: $input) {
    id
    entryDate
    minutes
    status
    version
  }
}
    `, {"hash":"080fc28c80eff31f4a6762c8d8def4e1afa7e69fb2d73d904d328c25719916d2"}) as unknown as TypedDocumentString<RegisterHoursCorrectMutation, RegisterHoursCorrectMutationVariables>;
export const SocialAssistanceDocument = new TypedDocumentString(`
    query SocialAssistance($volunteerId: ID!) {
  volunteer(id: $volunteerId) {
    id
    socialAssistance {
      id
      since
      until
      recordedByAdmin
    }
    municipalAllowanceConsents {
      id
      givenOn
      municipality
      reference
    }
  }
}
    `, {"hash":"7187d7c0671429c014c6eedaa1aad6dc3f37052a2a82e04149984e97be630647"}) as unknown as TypedDocumentString<SocialAssistanceQuery, SocialAssistanceQueryVariables>;
export const RecordSocialAssistanceDocument = new TypedDocumentString(`
    mutation RecordSocialAssistance($input: RecordSocialAssistanceInput!) {
  recordSocialAssistance(input: $input) {
    id
  }
}
    `, {"hash":"f2502962e32ff7333f2cd6addacd6b724b15323675445851894698576d0c84d6"}) as unknown as TypedDocumentString<RecordSocialAssistanceMutation, RecordSocialAssistanceMutationVariables>;
export const EndSocialAssistanceDocument = new TypedDocumentString(`
    mutation EndSocialAssistance($input: EndSocialAssistanceInput!) {
  endSocialAssistance(input: $input) {
    id
  }
}
    `, {"hash":"5b8895a83608a72fbf5bc4cc708871e4c22eab669c69dd53aa86639a8e47ee0b"}) as unknown as TypedDocumentString<EndSocialAssistanceMutation, EndSocialAssistanceMutationVariables>;
export const RecordMunicipalAllowanceConsentDocument = new TypedDocumentString(`
    mutation RecordMunicipalAllowanceConsent($input: RecordMunicipalAllowanceConsentInput!) {
  recordMunicipalAllowanceConsent(input: $input) {
    id
  }
}
    `, {"hash":"eb452ed81d9a1b4d513ae48090f73d41c9ac85d5344de68cd8ccb750936cd0bf"}) as unknown as TypedDocumentString<RecordMunicipalAllowanceConsentMutation, RecordMunicipalAllowanceConsentMutationVariables>;
export const TrainingPageDocument = new TypedDocumentString(`
    query TrainingPage($volunteerId: ID!) {
  courses {
    id
    title
    description
    kind
    theme
    sessionCount
    studyHours
    givesCertificate
    certificateValidMonths
    runs {
      id
      capacity
      status
      trainerName
      trainerOrganisation
      enrolledCount
      waitingCount
      sessions {
        id
        startsAt
        endsAt
        location
        onlineLink
      }
    }
  }
  volunteer(id: $volunteerId) {
    id
    enrolments {
      id
      status
      waitingPosition
      run {
        id
        course {
          id
          title
        }
        sessions {
          id
          startsAt
          location
        }
      }
    }
    certificates {
      id
      issuedOn
      validUntil
      valid
      course {
        id
        title
      }
    }
  }
}
    `, {"hash":"eab502788dc62dc947ed9fd92afc1adeeb370e624ea94d4cfa5b6283b502a55b"}) as unknown as TypedDocumentString<TrainingPageQuery, TrainingPageQueryVariables>;
export const TrainingEnrolDocument = new TypedDocumentString(`
    mutation TrainingEnrol($runId: ID!) {
  enrol(runId: $runId) {
    id
    status
    waitingPosition
  }
}
    `, {"hash":"6a864a2067c16be35df4a4c09a205a56d0083091f3448ff83ef33c5c37fbbead"}) as unknown as TypedDocumentString<TrainingEnrolMutation, TrainingEnrolMutationVariables>;
export const TrainingCancelEnrolmentDocument = new TypedDocumentString(`
    mutation TrainingCancelEnrolment($id: ID!) {
  cancelEnrolment(id: $id) {
    id
    status
  }
}
    `, {"hash":"b0344a41e223ca593fbbcf76968112251073d1c3cd66ecf8e0c141c5e28f3420"}) as unknown as TypedDocumentString<TrainingCancelEnrolmentMutation, TrainingCancelEnrolmentMutationVariables>;