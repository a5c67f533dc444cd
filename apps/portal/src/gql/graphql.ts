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
  description?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  neighbourhood: Neighbourhood;
  organisers: Array<Volunteer>;
  partner?: Maybe<Partner>;
  /** Entered when the activity is done */
  residentsReached?: Maybe<Scalars['Int']['output']>;
  result?: Maybe<Scalars['String']['output']>;
  /** The series this is an occurrence of */
  seriesId?: Maybe<Scalars['ID']['output']>;
  /** People signed up */
  signUpCount: Scalars['Int']['output'];
  /** Who signed up; for the team and admins */
  signedUp?: Maybe<Array<Volunteer>>;
  startsAt: Scalars['DateTime']['output'];
  status: ActivityStatus;
  team: Team;
  theme: Theme;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED';

/** The limits of a year that has none yet */
export type AddAllowanceRateInput = {
  confirmed: Scalars['Boolean']['input'];
  /** Cents per hour, 21 and over */
  hourly21PlusCents: Scalars['Int']['input'];
  hourlyUnder21Cents: Scalars['Int']['input'];
  monthlyCapCents: Scalars['Int']['input'];
  source: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  yearlyCapCents: Scalars['Int']['input'];
};

export type AddFundingInstalmentInput = {
  agreementId: Scalars['ID']['input'];
  amount: PositiveMoneyInput;
  dueOn: Scalars['LocalDate']['input'];
  idempotencyKey: Scalars['String']['input'];
};

export type AddMembershipInput = {
  /** First day in the team */
  from: Scalars['LocalDate']['input'];
  role?: MembershipRole;
  teamId: Scalars['ID']['input'];
  /** The volunteer (from the volunteers service) */
  volunteerId: Scalars['ID']['input'];
};

export type AgreeAllowanceArrangementInput = {
  /** Per month, or per hour */
  amount: PositiveMoneyInput;
  /** The grant of Volunteer.allowanceEligibility for this person and team: it carries their birth date as the volunteers service knows it */
  eligibility: Scalars['String']['input'];
  idempotencyKey: Scalars['String']['input'];
  /** FLAT_MONTHLY (an amount per month) or HOURLY (a rate per approved hour) */
  kind: Scalars['String']['input'];
  /** Receives social assistance (optional, with consent): under 27 only proven costs are reimbursed */
  socialAssistanceUnder27?: Scalars['Boolean']['input'];
  startsOn: Scalars['LocalDate']['input'];
  teamId: Scalars['ID']['input'];
  volunteerId: Scalars['ID']['input'];
};

/** What a funding agreement has put into one team budget, net of reversals */
export type AgreementAllocation = {
  __typename?: 'AgreementAllocation';
  amount: Money;
  category: BudgetCategory;
  team: Team;
  year: Scalars['Int']['output'];
};

export type AllocateBudgetInput = {
  agreementId: Scalars['ID']['input'];
  amount: PositiveMoneyInput;
  category: BudgetCategory;
  idempotencyKey: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** A volunteer at 80% or more of a monthly or yearly cap */
export type AllowanceCapStanding = {
  __typename?: 'AllowanceCapStanding';
  /** Whether the caps are of limits an admin confirmed */
  limitsConfirmed: Scalars['Boolean']['output'];
  month: Scalars['String']['output'];
  monthlyCap: Money;
  usedThisMonth: Money;
  /** Including allowances declared from other organisations */
  usedThisYear: Money;
  volunteer: Volunteer;
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
  monthlyCap: Money;
};

/** Limits an admin must enter or confirm: this year's or next year's missing, or entered but not confirmed */
export type AllowanceLimitWarning = {
  __typename?: 'AllowanceLimitWarning';
  kind: AllowanceLimitWarningKind;
  message: Scalars['String']['output'];
  /** For UNCONFIRMED: an admin allowed payments under these limits */
  paymentsAllowed: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

export type AllowanceLimitWarningKind =
  | 'MISSING'
  | 'UNCONFIRMED';

export type AllowanceRate = {
  __typename?: 'AllowanceRate';
  /** Checked against the Belastingdienst; false: announced, to be confirmed */
  confirmed: Scalars['Boolean']['output'];
  hourly21Plus: Money;
  hourlyUnder21: Money;
  monthlyCap: Money;
  source: Scalars['String']['output'];
  /** When an admin allowed paying allowances under these limits before they are confirmed */
  unconfirmedPaymentsAllowedAt?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
  yearlyCap: Money;
};

export type ApproveHourEntriesInput = {
  entries: Array<HourEntryVersionInput>;
};

export type AssignTeamCoachInput = {
  /** First day of coaching the team */
  from: Scalars['LocalDate']['input'];
  /** The coach's name */
  name: Scalars['String']['input'];
  /** The organisation the coach works for */
  organisation: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, e.g. membership.added */
  action: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  /** The subject of the token that made the change */
  actorSubject: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** Other records the change touched (e.g. the team and the volunteer) */
  relatedIds: Array<Scalars['ID']['output']>;
  requestId: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type Availability = {
  __typename?: 'Availability';
  day: Weekday;
  part: DayPart;
};

export type AvailabilityInput = {
  day: Weekday;
  part: DayPart;
};

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

export type BudgetCategory =
  | 'ACTIVITIES'
  | 'ALLOWANCES'
  | 'COORDINATION'
  | 'TRAINING';

/** One category of a team’s budget for a year; spent and left are derived from the ledger */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  allocated: Money;
  category: BudgetCategory;
  left: Money;
  spent: Money;
};

export type Certificate = {
  __typename?: 'Certificate';
  course: Course;
  id: Scalars['ID']['output'];
  issuedOn: Scalars['LocalDate']['output'];
  valid: Scalars['Boolean']['output'];
  /** Empty: does not expire */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

export type ChangeVolunteerStatusInput = {
  id: Scalars['ID']['input'];
  /** The day the new status starts */
  on: Scalars['LocalDate']['input'];
  status: VolunteerStatus;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** The volunteer's own costs (count towards the allowance caps) or an advance for the foundation (never counts) */
export type ClaimItemKind =
  | 'ADVANCE_FOR_FOUNDATION'
  | 'OWN_COSTS';

export type ClaimStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'INCOMPLETE'
  | 'PAID'
  | 'REJECTED'
  | 'SCHEDULED'
  | 'SUBMITTED';

export type CohesionAnswerInput = {
  /** Mean agreement of the respondents, 1 = helemaal oneens … 5 = helemaal eens */
  meanAgreement: Scalars['Float']['input'];
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

export type CompleteActivityInput = {
  id: Scalars['ID']['input'];
  /** Residents reached */
  residentsReached: Scalars['Int']['input'];
  result?: InputMaybe<Scalars['String']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type Consent = {
  __typename?: 'Consent';
  givenOn: Scalars['LocalDate']['output'];
  purpose: ConsentPurpose;
  withdrawnOn?: Maybe<Scalars['LocalDate']['output']>;
};

export type ConsentInput = {
  /** Defaults to today */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  purpose: ConsentPurpose;
  volunteerId: Scalars['ID']['input'];
};

export type ConsentPurpose =
  /** Coordinators may see and use e-mail and phone */
  | 'CONTACT'
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

export type CorrectAllowanceRateInput = {
  confirmed: Scalars['Boolean']['input'];
  /** Cents per hour, 21 and over */
  hourly21PlusCents: Scalars['Int']['input'];
  hourlyUnder21Cents: Scalars['Int']['input'];
  monthlyCapCents: Scalars['Int']['input'];
  source: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
  yearlyCapCents: Scalars['Int']['input'];
};

export type CorrectNeighbourhoodSurveyInput = {
  id: Scalars['ID']['input'];
  results: SurveyResultsInput;
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** The name or account of a payment the bank has not settled yet */
export type CorrectScheduledPaymentInput = {
  /** The account holder, as the bank knows them */
  holderName?: InputMaybe<Scalars['String']['input']>;
  iban?: InputMaybe<Scalars['String']['input']>;
  paymentId: Scalars['ID']['input'];
};

export type Course = {
  __typename?: 'Course';
  /** Empty: the certificate does not expire */
  certificateValidMonths?: Maybe<Scalars['Int']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  givesCertificate: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: CourseKind;
  /** Every team member in these roles needs this course */
  requiredForRoles: Array<TeamRole>;
  /** Runs open to all teams or to one of yours */
  runs: Array<CourseRun>;
  /** Sessions to attend for the course (and its certificate) */
  sessionCount: Scalars['Int']['output'];
  studyHours: Scalars['Int']['output'];
  theme?: Maybe<Theme>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type CourseKind =
  | 'COACHING'
  | 'INFORMATION_SESSION'
  | 'SKILL_TRAINING';

/** One run of a course: its sessions, trainer and places; open to all teams, or to one (coaching) */
export type CourseRun = {
  __typename?: 'CourseRun';
  capacity: Scalars['Int']['output'];
  course: Course;
  enrolledCount: Scalars['Int']['output'];
  /** The enrolments you may see: your own, or your teams’ people */
  enrolments: Array<Enrolment>;
  id: Scalars['ID']['output'];
  sessions: Array<Session>;
  status: Scalars['String']['output'];
  /** Empty: open to all teams */
  team?: Maybe<Team>;
  trainerName?: Maybe<Scalars['String']['output']>;
  trainerOrganisation?: Maybe<Scalars['String']['output']>;
  /** A peer trainer */
  trainerVolunteer?: Maybe<Volunteer>;
  version: Scalars['Int']['output'];
  waitingCount: Scalars['Int']['output'];
};

export type CreateCourseInput = {
  certificateValidMonths?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  givesCertificate: Scalars['Boolean']['input'];
  kind: CourseKind;
  /** Team roles that need this course; empty: none */
  requiredForRoles?: InputMaybe<Array<TeamRole>>;
  sessionCount: Scalars['Int']['input'];
  studyHours: Scalars['Int']['input'];
  theme?: InputMaybe<Theme>;
  title: Scalars['String']['input'];
};

export type CreateFundingAgreementInput = {
  amount: PositiveMoneyInput;
  endsOn: Scalars['LocalDate']['input'];
  /** A retry with the same key returns the first result */
  idempotencyKey: Scalars['String']['input'];
  /** Neighbourhoods it covers (all teams working there) */
  neighbourhoodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The funder (a partner organisation) */
  partnerId: Scalars['ID']['input'];
  /** Agreed social return in cents per euro: 190 is "€1.90 back per €1" */
  socialReturnCentsPerEuro: Scalars['Int']['input'];
  startsOn: Scalars['LocalDate']['input'];
  /** Teams it covers */
  teamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
};

export type CreateNeighbourhoodInput = {
  cbsCode?: InputMaybe<Scalars['String']['input']>;
  city: Scalars['String']['input'];
  /** Year of the CBS area classification the codes come from */
  classificationYear: Scalars['Int']['input'];
  municipalityCode: Scalars['String']['input'];
  municipalityName: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreatePartnerInput = {
  kind: PartnerKind;
  name: Scalars['String']['input'];
  /** The neighbourhoods this organisation serves */
  neighbourhoodIds: Array<Scalars['ID']['input']>;
};

export type CreateTeamInput = {
  /** 4 to 6 years after startsOn */
  commitmentEndsOn: Scalars['LocalDate']['input'];
  name: Scalars['String']['input'];
  neighbourhoodId: Scalars['ID']['input'];
  startsOn: Scalars['LocalDate']['input'];
  status?: TeamStatus;
};

export type DayPart =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MORNING';

/** An event a service gave up on after about 11 hours of retries; an operator requeues it */
export type DeadLetteredEvent = {
  __typename?: 'DeadLetteredEvent';
  /** The service that could not handle it */
  consumer: Scalars['String']['output'];
  deadSince: Scalars['DateTime']['output'];
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  jobId: Scalars['ID']['output'];
  /** The first line of the last error */
  lastError?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** The service that recorded it */
  source: Scalars['String']['output'];
};

export type DecideExpenseClaimInput = {
  id: Scalars['ID']['input'];
  /** Why; the volunteer sees it */
  reason: Scalars['String']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type DecideHourEntryInput = {
  id: Scalars['ID']['input'];
  /** Why; the volunteer sees it */
  reason: Scalars['String']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Allowances the volunteer receives from other organisations this year; they count towards the yearly cap */
export type DeclareAllowanceElsewhereInput = {
  /** Cents */
  amountCents: Scalars['Int']['input'];
  volunteerId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type DraftExpenseClaimInput = {
  /** What the costs were for, 3 to 200 characters; whoever decides on the claim reads it */
  description?: InputMaybe<Scalars['String']['input']>;
  idempotencyKey: Scalars['String']['input'];
  items: Array<ExpenseClaimItemInput>;
  teamId: Scalars['ID']['input'];
};

export type EndMembershipInput = {
  id: Scalars['ID']['input'];
  /** Last day in the team */
  until: Scalars['LocalDate']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type EndTeamCoachInput = {
  id: Scalars['ID']['input'];
  /** Last day of coaching the team */
  until: Scalars['LocalDate']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type Enrolment = {
  __typename?: 'Enrolment';
  enrolledAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  run: CourseRun;
  status: EnrolmentStatus;
  version: Scalars['Int']['output'];
  volunteer?: Maybe<Volunteer>;
  /** Place on the waiting list, 1 is next */
  waitingPosition?: Maybe<Scalars['Int']['output']>;
};

export type EnrolmentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ENROLLED'
  | 'WAITING';

export type ExpenseCategory =
  | 'FOOD'
  | 'MATERIALS'
  | 'OTHER'
  | 'TRAVEL';

export type ExpenseClaim = {
  __typename?: 'ExpenseClaim';
  /** When the claim was drafted */
  createdAt: Scalars['DateTime']['output'];
  /** What the costs were for, in the claimant’s words */
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  items: Array<ExpenseClaimItem>;
  /** Why it was rejected or sent back */
  reason?: Maybe<Scalars['String']['output']>;
  status: ClaimStatus;
  team: Team;
  /** The sum of the items */
  total: Money;
  version: Scalars['Int']['output'];
  /** The claimant */
  volunteer: Volunteer;
};

export type ExpenseClaimConnection = {
  __typename?: 'ExpenseClaimConnection';
  edges: Array<ExpenseClaimEdge>;
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

export type ExpenseClaimEdge = {
  __typename?: 'ExpenseClaimEdge';
  cursor: Scalars['String']['output'];
  node: ExpenseClaim;
};

export type ExpenseClaimItem = {
  __typename?: 'ExpenseClaimItem';
  amount: Money;
  category: ExpenseCategory;
  /** Own costs count towards the allowance caps in the month they were made; an advance for the foundation never does */
  kind: ClaimItemKind;
  /** Where the receipt file is kept */
  receiptRef: Scalars['String']['output'];
  /** SHA-256 of the receipt file, so a changed receipt is noticed */
  receiptSha256: Scalars['String']['output'];
  spentOn: Scalars['LocalDate']['output'];
};

export type ExpenseClaimItemInput = {
  amount: PositiveMoneyInput;
  category: ExpenseCategory;
  /** OWN_COSTS or ADVANCE_FOR_FOUNDATION; by default what the category's costs usually are (travel, other: own costs; materials, food: an advance) */
  kind?: InputMaybe<ClaimItemKind>;
  /** Where the receipt file is kept */
  receiptRef: Scalars['String']['input'];
  /** SHA-256 of the receipt file, hexadecimal */
  receiptSha256: Scalars['String']['input'];
  spentOn: Scalars['LocalDate']['input'];
};

export type FieldProblem = {
  __typename?: 'FieldProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Approved hours in the 12 months from the team’s start against the promise of 5,000–10,000 */
export type FirstYearProgress = {
  __typename?: 'FirstYearProgress';
  approvedHours: Scalars['Float']['output'];
  from: Scalars['LocalDate']['output'];
  highTarget: Scalars['Int']['output'];
  /** Hours per week needed from today to reach 10,000 */
  hoursPerWeekNeededForHigh?: Maybe<Scalars['Float']['output']>;
  /** Hours per week needed from today to reach 5,000; empty when reached or over */
  hoursPerWeekNeededForLow?: Maybe<Scalars['Float']['output']>;
  lowTarget: Scalars['Int']['output'];
  status: PromiseStatus;
  /** The last day of the first year */
  until: Scalars['LocalDate']['output'];
};

/** A month's flat allowance that, per approved hour, is above the hourly maximum for the person's age (or no hours were approved) */
export type FlatAllowanceWarning = {
  __typename?: 'FlatAllowanceWarning';
  amount: Money;
  /** Minutes approved that month in the team */
  approvedMinutes: Scalars['Int']['output'];
  /** The allowance */
  id: Scalars['ID']['output'];
  limitsConfirmed: Scalars['Boolean']['output'];
  maxHourly: Money;
  month: Scalars['String']['output'];
  /** The allowance per approved hour; null without approved hours */
  perHour?: Maybe<Money>;
  team: Team;
  volunteer: Volunteer;
};

export type FundingAgreement = {
  __typename?: 'FundingAgreement';
  /** Allocated to team budgets so far, net of reversals (admins) */
  allocated?: Maybe<Money>;
  /** What the agreement has put into each team budget, by year, team and category (admins) */
  allocations?: Maybe<Array<AgreementAllocation>>;
  amount: Money;
  endsOn: Scalars['LocalDate']['output'];
  funder: Partner;
  id: Scalars['ID']['output'];
  /** What the agreement’s teams achieved over its period so far, beside the promised return (admins, the funder) */
  impact?: Maybe<ImpactReport>;
  /** The instalments agreed, by date, with their invoices (admins and the funder) */
  instalments?: Maybe<Array<FundingInstalment>>;
  neighbourhoods: Array<Neighbourhood>;
  /** Its share of each team’s and neighbourhood’s financing per year, derived from the agreements’ amounts and periods (admins and the funder) */
  shares?: Maybe<Array<FundingShare>>;
  /** Agreed social return in cents per euro, e.g. 190 for "€1.90 back per €1" */
  socialReturnCentsPerEuro: Scalars['Int']['output'];
  startsOn: Scalars['LocalDate']['output'];
  teams: Array<Team>;
  title: Scalars['String']['output'];
  /** What is left to allocate: the amount less what is allocated (admins) */
  unallocated?: Maybe<Money>;
  version: Scalars['Int']['output'];
};

/** An instalment of a pre-financed funding agreement, as agreed with the funder */
export type FundingInstalment = {
  __typename?: 'FundingInstalment';
  amount: Money;
  /** The agreed date */
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Its invoice, once sent */
  invoice?: Maybe<FundingInvoice>;
};

/** The foundation’s invoice to a funder for one instalment */
export type FundingInvoice = {
  __typename?: 'FundingInvoice';
  /** The agreement it is for */
  agreement?: Maybe<FundingAgreement>;
  amount: Money;
  /** Days past the due date while not fully paid; 0 otherwise */
  daysOverdue: Scalars['Int']['output'];
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['LocalDate']['output'];
  /** Unique, e.g. BV-2026-0001; the funder names it in the transfer */
  number: Scalars['String']['output'];
  /** Still to be paid */
  open: Money;
  payments: Array<FundingPaymentReceived>;
  /** Received so far */
  received: Money;
  status: FundingInvoiceStatus;
};

export type FundingInvoiceStatus =
  | 'OPEN'
  | 'PAID'
  | 'PARTLY_PAID';

/** A funder’s payment of an invoice, as the bank statement showed it */
export type FundingPaymentReceived = {
  __typename?: 'FundingPaymentReceived';
  amount: Money;
  /** The bank’s reference of the booking */
  bankReference: Scalars['String']['output'];
  id: Scalars['ID']['output'];
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
  year: Scalars['Int']['output'];
};

/** An hourly allowance that waits, with the reason; paid automatically, as far as it fits, once the reason is gone */
export type HeldAllowance = {
  __typename?: 'HeldAllowance';
  /** What waits (a part may already be paid) */
  amount: Money;
  heldSince: Scalars['DateTime']['output'];
  /** The day of the approved hours */
  hoursOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** Whether the limits of the year are confirmed (false also when there are none) */
  limitsConfirmed: Scalars['Boolean']['output'];
  /** The reason with its figures, in English */
  message: Scalars['String']['output'];
  /** The month of the hours, e.g. 2026-03 */
  month: Scalars['String']['output'];
  reason: HeldAllowanceReason;
  team: Team;
  volunteer: Volunteer;
};

/** Why an allowance waits: over a cap, no or too small an ALLOWANCES budget, no limits for the year, or limits not confirmed */
export type HeldAllowanceReason =
  | 'BUDGET_SHORT'
  | 'LIMITS_UNCONFIRMED'
  | 'NO_BUDGET'
  | 'NO_LIMITS'
  | 'OVER_CAP';

export type HourEntry = {
  __typename?: 'HourEntry';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  entryDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  minutes: Scalars['Int']['output'];
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: HourEntryStatus;
  team: Team;
  theme: Theme;
  version: Scalars['Int']['output'];
  volunteer: Volunteer;
};

export type HourEntryConnection = {
  __typename?: 'HourEntryConnection';
  edges: Array<HourEntryEdge>;
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

export type HourEntryEdge = {
  __typename?: 'HourEntryEdge';
  cursor: Scalars['String']['output'];
  node: HourEntry;
};

export type HourEntryStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type HourEntryVersionInput = {
  id: Scalars['ID']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Volunteer hours of one calendar year */
export type HoursSummary = {
  __typename?: 'HoursSummary';
  /** People with approved hours in the year; hidden by the small-numbers rule (README) */
  activeVolunteers?: Maybe<Scalars['Int']['output']>;
  approvedHours: Scalars['Float']['output'];
  byMonth: Array<MonthHours>;
  byTheme: Array<ThemeHours>;
  /** Residents reached by activities done in the year */
  residentsReached: Scalars['Int']['output'];
  submittedHours: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type ImpactActivities = {
  __typename?: 'ImpactActivities';
  completed: Scalars['Int']['output'];
  residentsReached: Scalars['Int']['output'];
};

/** The social return a funding agreement promised */
export type ImpactAgreedReturn = {
  __typename?: 'ImpactAgreedReturn';
  agreementId: Scalars['ID']['output'];
  /** Cents back per euro, e.g. 190 */
  centsPerEuro: Scalars['Int']['output'];
  /** As a ratio, e.g. 1.9 */
  ratio: Scalars['Float']['output'];
  title: Scalars['String']['output'];
};

/** Who gains from an effect */
export type ImpactBeneficiary =
  | 'CARE_INSURER'
  | 'HOUSING_CORPORATION'
  | 'MUNICIPALITY'
  | 'RESIDENTS';

export type ImpactBeneficiaryValue = {
  __typename?: 'ImpactBeneficiaryValue';
  beneficiary: ImpactBeneficiary;
  value: Money;
  valueHigh: Money;
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
  fieldedOn: Scalars['LocalDate']['output'];
  neighbourhoodId: Scalars['ID']['output'];
  sampleSize?: Maybe<Scalars['Int']['output']>;
  statements?: Maybe<Array<SurveyItemScore>>;
  surveyId: Scalars['ID']['output'];
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
  /** What the funding agreements in scope promised, beside the ratio */
  agreedReturns: Array<ImpactAgreedReturn>;
  /** The year values are discounted to */
  baseYear: Scalars['Int']['output'];
  /** Percent of the informal-help hours counted as given anyway (baseline); 0 while no baseline is recorded, so every hour counts as extra */
  baselinePercent: Scalars['Float']['output'];
  /** Benefits per euro of cost; null without costs */
  benefitCostRatio?: Maybe<Scalars['Float']['output']>;
  benefitCostRatioHigh?: Maybe<Scalars['Float']['output']>;
  benefitCostRatioLow?: Maybe<Scalars['Float']['output']>;
  benefitsByBeneficiary: Array<ImpactBeneficiaryValue>;
  costs: Array<ImpactCostLine>;
  discountRatePercent: Scalars['Float']['output'];
  effects: Array<ImpactEffectLine>;
  /** Discounted benefits minus discounted costs */
  netPresentValue: Money;
  netPresentValueHigh: Money;
  netPresentValueLow: Money;
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
  totalBenefits: Money;
  totalBenefitsHigh: Money;
  totalBenefitsLow: Money;
  totalCosts: Money;
};

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
  year: Scalars['Int']['output'];
};

/** One table of the report as CSV (semicolon-separated, decimal comma, Dutch headers; "x" is a hidden cell) */
export type ImpactCsvTable = {
  __typename?: 'ImpactCsvTable';
  content: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ImpactEffectCategory =
  | 'INFORMAL_HELP'
  | 'PARTICIPANT_WELLBEING'
  | 'RESIDENTS_REACHED'
  | 'SOCIAL_COHESION'
  | 'TRAINING';

/** One effect: quantity × price = value, with the price’s source; value empty where no price is published */
export type ImpactEffectLine = {
  __typename?: 'ImpactEffectLine';
  beneficiary: ImpactBeneficiary;
  /** The sum written out, e.g. "6200.0 hour × €13.10 = €81220.00" */
  calculation: Scalars['String']['output'];
  category: ImpactEffectCategory;
  /** CPI of the report’s price level divided by the CPI of the price year (4 decimals); null when either has no index or no price is published */
  indexFactor?: Maybe<Scalars['Float']['output']>;
  /** The price used: the published price at the report’s price level (publishedPrice × indexFactor, whole cents) */
  price?: Maybe<Money>;
  priceItem: Scalars['String']['output'];
  /** The year whose price level the published price is in */
  priceYear?: Maybe<Scalars['Int']['output']>;
  /** The price as published, in the prices of its price year */
  publishedPrice?: Maybe<Money>;
  /** Null when the figure itself is hidden (a group under 10) */
  quantity?: Maybe<Scalars['Float']['output']>;
  source: Scalars['String']['output'];
  theme?: Maybe<Theme>;
  unit: Scalars['String']['output'];
  value?: Maybe<Money>;
  valueHigh?: Maybe<Money>;
  valueLow?: Maybe<Money>;
  year: Scalars['Int']['output'];
};

/** Progress against the promise of 5,000–10,000 extra hours in a neighbourhood’s first year */
export type ImpactHoursPromise = {
  __typename?: 'ImpactHoursPromise';
  /** The pro-rata share of the minimum due by today (all of it once the year is over) */
  expectedByNow: Scalars['Float']['output'];
  /** The first team’s start */
  from?: Maybe<Scalars['LocalDate']['output']>;
  hours: Scalars['Float']['output'];
  maximumHours: Scalars['Int']['output'];
  minimumHours: Scalars['Int']['output'];
  neighbourhoodId: Scalars['ID']['output'];
  /** Hours as a percentage of the minimum */
  percentOfMinimum: Scalars['Float']['output'];
  status: ImpactPromiseStatus;
  until?: Maybe<Scalars['LocalDate']['output']>;
};

/** How the 95 % interval’s multiplier was found */
export type ImpactIntervalMethod =
  /** The normal distribution (1.96): every sample of 30 or more, where t and normal differ by under 5 % */
  | 'NORMAL_APPROXIMATION'
  /** Student’s t with the degrees of freedom shown: samples under 30, where the normal curve would make the interval too narrow */
  | 'T_DISTRIBUTION';

export type ImpactMonth = {
  __typename?: 'ImpactMonth';
  activitiesCompleted: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  /** YYYY-MM (Europe/Amsterdam) */
  month: Scalars['String']['output'];
  /** Residents reached by the activities completed (head counts, not registered people) */
  residentsReached: Scalars['Int']['output'];
};

/** All neighbourhoods in one year (admins) */
export type ImpactNationalOverview = {
  __typename?: 'ImpactNationalOverview';
  neighbourhoods: Array<ImpactNeighbourhoodRow>;
  total: ImpactReport;
  year: Scalars['Int']['output'];
};

export type ImpactNeighbourhoodRow = {
  __typename?: 'ImpactNeighbourhoodRow';
  activeVolunteers?: Maybe<Scalars['Int']['output']>;
  certificates?: Maybe<Scalars['Int']['output']>;
  hours: Scalars['Float']['output'];
  neighbourhood: Neighbourhood;
  promiseStatus: ImpactPromiseStatus;
  residentsReached: Scalars['Int']['output'];
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
  activities: ImpactActivities;
  /** Survey waves of the neighbourhoods in scope, oldest first */
  cohesion: Array<ImpactCohesionWave>;
  costBenefit: ImpactCostBenefit;
  /** Every table of this report as CSV, with Dutch column headers */
  csv: Array<ImpactCsvTable>;
  firstYearPromise: Array<ImpactHoursPromise>;
  from: Scalars['LocalDate']['output'];
  hoursByTheme: Array<ImpactThemeHours>;
  months: Array<ImpactMonth>;
  scope: ImpactScope;
  scopeId?: Maybe<Scalars['ID']['output']>;
  totalHours: Scalars['Float']['output'];
  training: ImpactTraining;
  until: Scalars['LocalDate']['output'];
  volunteers: ImpactVolunteers;
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

export type ImpactScope =
  | 'FUNDING_AGREEMENT'
  | 'NATIONAL'
  | 'NEIGHBOURHOOD'
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

export type ImpactThemeHours = {
  __typename?: 'ImpactThemeHours';
  /** Approved hour entries behind the hours */
  entries: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  labelEn: Scalars['String']['output'];
  labelNl: Scalars['String']['output'];
  theme: Theme;
};

export type ImpactTraining = {
  __typename?: 'ImpactTraining';
  /** Certificates earned by team members; hidden from partners under 10 */
  certificates?: Maybe<Scalars['Int']['output']>;
  /** Different courses behind them */
  courses: Scalars['Int']['output'];
};

/** Team members; a count under 10 is hidden from partners (null), as is one that would reveal such a count */
export type ImpactVolunteers = {
  __typename?: 'ImpactVolunteers';
  /** Members and coordinators at any time in the period (coaches are staff, not counted) */
  active?: Maybe<Scalars['Int']['output']>;
  joined?: Maybe<Scalars['Int']['output']>;
  left?: Maybe<Scalars['Int']['output']>;
};

/** Change since intake of consenting participants; only shown for groups of 10 or more */
export type ImpactWellbeing = {
  __typename?: 'ImpactWellbeing';
  domains?: Maybe<Array<ImpactWellbeingChange>>;
  participants?: Maybe<Scalars['Int']['output']>;
  /** The year the change is measured in */
  year: Scalars['Int']['output'];
};

export type ImpactWellbeingChange = {
  __typename?: 'ImpactWellbeingChange';
  /** Average change since intake on a 0–10 scale */
  averageChange: Scalars['Float']['output'];
  domain: WellbeingDomain;
  /** DEMONSTRABLE when the interval excludes 0, NOT_DEMONSTRABLE ("niet aantoonbaar") when it includes 0, NOT_ASSESSED without an interval */
  evidence: ImpactChangeEvidence;
  /** 95 % confidence interval of the average change (paired: each participant against their own intake); null while the spread of the changes is not recorded */
  interval?: Maybe<ImpactConfidenceInterval>;
  /** Participants the average is over (the sample size); the same for every domain */
  sampleSize: Scalars['Int']['output'];
};

export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  errors: Array<FieldProblem>;
  /** Line in the file (the header is line 1) */
  line: Scalars['Int']['output'];
  /** The new volunteer, once imported */
  volunteerId?: Maybe<Scalars['ID']['output']>;
  /** What was repaired on the way in (e.g. a phone number that lost its leading 0) */
  warnings: Array<FieldProblem>;
};

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

export type ImportVolunteersResult = {
  __typename?: 'ImportVolunteersResult';
  dryRun: Scalars['Boolean']['output'];
  /** How the file was read: UTF-8 or Windows-1252 */
  encoding: Scalars['String']['output'];
  /** Rows imported: all of them, or none when any row has a problem */
  imported: Scalars['Int']['output'];
  rows: Array<ImportRowResult>;
};

export type InclusionAnswerInput = {
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

export type InvoiceFundingInstalmentInput = {
  /** 30 days after issuedOn when not given */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  idempotencyKey: Scalars['String']['input'];
  instalmentId: Scalars['ID']['input'];
  /** Today when not given */
  issuedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The invoice number; without it the next BV-<year>-<nnnn> */
  number?: InputMaybe<Scalars['String']['input']>;
};

/** Proof that the books add up */
export type LedgerCheck = {
  __typename?: 'LedgerCheck';
  accounts: Scalars['Int']['output'];
  /** Every account balance summed is zero, no budget is overspent and no agreement over-allocated */
  balanced: Scalars['Boolean']['output'];
  entries: Scalars['Int']['output'];
  problems: Array<Scalars['String']['output']>;
};

export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  amount: Money;
  description: Scalars['String']['output'];
  /** e.g. agreement:<id>, budget:<id>, payable:<volunteer id>, bank */
  fromAccount: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: LedgerEntryKind;
  occurredAt: Scalars['DateTime']['output'];
  reversesEntryId?: Maybe<Scalars['ID']['output']>;
  toAccount: Scalars['String']['output'];
};

export type LedgerEntryKind =
  | 'ALLOCATION'
  | 'ALLOWANCE'
  | 'EXPENSE'
  | 'FUNDS_RECEIVED'
  | 'INVOICE'
  | 'PAYOUT'
  | 'REVERSAL'
  | 'WRITE_OFF';

/** A resident's place in a team for a period; history stays when they leave. Coaches are not members: see Team.coaches */
export type Membership = {
  __typename?: 'Membership';
  from: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  role: MembershipRole;
  team: Team;
  /** The last day in the team; empty while the membership lasts */
  until?: Maybe<Scalars['LocalDate']['output']>;
  version: Scalars['Int']['output'];
  volunteer: Volunteer;
};

export type MembershipRole =
  | 'COORDINATOR'
  | 'MEMBER';

export type Money = {
  __typename?: 'Money';
  cents: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type MonthHours = {
  __typename?: 'MonthHours';
  approvedHours: Scalars['Float']['output'];
  /** Calendar month in Amsterdam, e.g. 2026-03 */
  month: Scalars['String']['output'];
  submittedHours: Scalars['Float']['output'];
};

export type MunicipalityThemeHours = {
  __typename?: 'MunicipalityThemeHours';
  approvedHours: Scalars['Float']['output'];
  /** CBS municipality code */
  municipalityCode: Scalars['String']['output'];
  theme: Theme;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Enters the limits of a year that has none yet (e.g. once announced); correct them later with correctAllowanceRate */
  addAllowanceRate: AllowanceRate;
  /** Records an instalment agreed with the funder; the instalments never pass the agreement */
  addFundingInstalment: FundingInstalment;
  /** Adds a person to a team (admins, or its coordinators); a person is in one team at a time */
  addMembership: Membership;
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
  /** Assigns a professional coach to a team (admins); a coach is not a member */
  assignTeamCoach: TeamCoach;
  cancelActivity: Activity;
  /** Cancels an enrolment; the first on the waiting list moves up */
  cancelEnrolment: Enrolment;
  cancelSignUp: Scalars['Boolean']['output'];
  changeVolunteerStatus: Volunteer;
  /** Marks an activity done with the residents it reached */
  completeActivity: Activity;
  /** Corrects the limits of a year (e.g. once the Belastingdienst confirms them) */
  correctAllowanceRate: AllowanceRate;
  /** Corrects the results of a survey wave */
  correctNeighbourhoodSurvey: NeighbourhoodSurvey;
  /** Corrects the name or IBAN of a scheduled payment (e.g. a name a SEPA file cannot carry); audited */
  correctScheduledPayment: Scalars['Boolean']['output'];
  createCourse: Course;
  createFundingAgreement: FundingAgreement;
  createNeighbourhood: Neighbourhood;
  createPartner: Partner;
  /** Bundles all approved allowances and claims of payees with an account into one batch */
  createPayoutBatch: PayoutBatch;
  createTeam: Team;
  declareAllowanceElsewhere: Scalars['Boolean']['output'];
  /** Drafts a claim for your own proven costs */
  draftExpenseClaim: ExpenseClaim;
  /** Ends a membership on its last day (admins, or its coordinators); the history stays */
  endMembership: Membership;
  /** Ends a coach's assignment on its last day (admins); the history stays */
  endTeamCoach: TeamCoach;
  /** Enrols in a course run, or joins its waiting list when it is full */
  enrol: Enrolment;
  /** Erases a volunteer (right to be forgotten): personal data is wiped here and in every other service */
  eraseVolunteer: Scalars['ID']['output'];
  /** The person gives a consent (or an admin records the form they signed); giving it twice keeps the first */
  giveConsent: Consent;
  /** Reads the bank’s account statement (camt.053) or notification (camt.054): booked debits are paid, returned transfers payable again */
  importBankStatement: BankStatementImport;
  /** Reads the bank’s payment status report (pain.002): per payment, or per block or file when it gives no payment its own status: paid, accepted (not yet paid), or failed and payable again */
  importPaymentStatusReport: PaymentStatusImport;
  /** Imports residents from a spreadsheet: every row is checked; without dryRun all rows are imported or none */
  importVolunteers: ImportVolunteersResult;
  /** Invoices an instalment (once); the funder names the number when paying */
  invoiceFundingInstalment: FundingInvoice;
  /** Pays a flat allowance for a month of work; refused with LIMIT_EXCEEDED over a cap */
  payFlatAllowance: Scalars['ID']['output'];
  planActivity: Activity;
  /** A weekly or monthly series; returns its occurrences, each changeable or cancellable on its own */
  planActivitySeries: Array<Activity>;
  /** The trainer or coordinator records attendance; attending every session issues the certificate */
  recordAttendance: Enrolment;
  /** Enters a wave of the neighbourhood survey: the baseline once, then one follow-up a year (admins, coordinators of a team there) */
  recordNeighbourhoodSurvey: NeighbourhoodSurvey;
  /** Records a wellbeing check; needs WELLBEING_MONITOR consent */
  recordWellbeingCheck: WellbeingCheck;
  /** Registers hours (status SUBMITTED) for yourself, or as coordinator for a member of your team */
  registerHours: HourEntry;
  /** Registers a resident for a team (status INTAKE) */
  registerVolunteer: Volunteer;
  rejectExpenseClaim: ExpenseClaim;
  /** Rejects a submitted entry with a reason the volunteer sees */
  rejectHourEntry: HourEntry;
  /** Puts dead letters of one service and event type (all, or the jobs named) back on its queue; returns how many */
  requeueDeadLetteredEvents: Scalars['Int']['output'];
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
  /** Sets the account payments go to (the person or an admin); returns the IBAN as stored */
  setPayoutAccount: Scalars['String']['output'];
  /** Sets the price of one item for one price year (admins) */
  setShadowPrice: ShadowPrice;
  /** Signs you up; refused with CONFLICT when full */
  signUp: Activity;
  submitExpenseClaim: ExpenseClaim;
  /** Changes one planned activity (one occurrence of a series) */
  updateActivity: Activity;
  /** Changes an entry that is not approved yet (a corrected rejected entry is submitted again) */
  updateHourEntry: HourEntry;
  /** Changes a neighbourhood; send the version you read */
  updateNeighbourhood: Neighbourhood;
  /** Changes a partner; send the version you read */
  updatePartner: Partner;
  /** Changes a team (admins, or its coordinators); send the version you read */
  updateTeam: Team;
  /** Changes details: the person their own contact, languages, talents and availability; coordinators and admins everything */
  updateVolunteer: Volunteer;
  /** Withdraws a consent; what depends on it stops from then on */
  withdrawConsent: Consent;
  /** Writes off what a volunteer owes back (never one’s own); audited */
  writeOffReceivable: LedgerEntry;
};


export type MutationAddAllowanceRateArgs = {
  input: AddAllowanceRateInput;
};


export type MutationAddFundingInstalmentArgs = {
  input: AddFundingInstalmentInput;
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationAgreeAllowanceArrangementArgs = {
  input: AgreeAllowanceArrangementInput;
};


export type MutationAllocateBudgetArgs = {
  input: AllocateBudgetInput;
};


export type MutationAllowPaymentsUnderUnconfirmedLimitsArgs = {
  version: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationApproveExpenseClaimArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationApproveHourEntriesArgs = {
  input: ApproveHourEntriesInput;
};


export type MutationAssignTeamCoachArgs = {
  input: AssignTeamCoachInput;
};


export type MutationCancelActivityArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCancelEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelSignUpArgs = {
  activityId: Scalars['ID']['input'];
};


export type MutationChangeVolunteerStatusArgs = {
  input: ChangeVolunteerStatusInput;
};


export type MutationCompleteActivityArgs = {
  input: CompleteActivityInput;
};


export type MutationCorrectAllowanceRateArgs = {
  input: CorrectAllowanceRateInput;
};


export type MutationCorrectNeighbourhoodSurveyArgs = {
  input: CorrectNeighbourhoodSurveyInput;
};


export type MutationCorrectScheduledPaymentArgs = {
  input: CorrectScheduledPaymentInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateFundingAgreementArgs = {
  input: CreateFundingAgreementInput;
};


export type MutationCreateNeighbourhoodArgs = {
  input: CreateNeighbourhoodInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreatePayoutBatchArgs = {
  idempotencyKey: Scalars['String']['input'];
  requestedExecutionDate: Scalars['LocalDate']['input'];
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationDeclareAllowanceElsewhereArgs = {
  input: DeclareAllowanceElsewhereInput;
};


export type MutationDraftExpenseClaimArgs = {
  input: DraftExpenseClaimInput;
};


export type MutationEndMembershipArgs = {
  input: EndMembershipInput;
};


export type MutationEndTeamCoachArgs = {
  input: EndTeamCoachInput;
};


export type MutationEnrolArgs = {
  runId: Scalars['ID']['input'];
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationEraseVolunteerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGiveConsentArgs = {
  input: ConsentInput;
};


export type MutationImportBankStatementArgs = {
  idempotencyKey: Scalars['String']['input'];
  xml: Scalars['String']['input'];
};


export type MutationImportPaymentStatusReportArgs = {
  idempotencyKey: Scalars['String']['input'];
  xml: Scalars['String']['input'];
};


export type MutationImportVolunteersArgs = {
  input: ImportVolunteersInput;
};


export type MutationInvoiceFundingInstalmentArgs = {
  input: InvoiceFundingInstalmentInput;
};


export type MutationPayFlatAllowanceArgs = {
  input: PayFlatAllowanceInput;
};


export type MutationPlanActivityArgs = {
  input: PlanActivityInput;
};


export type MutationPlanActivitySeriesArgs = {
  input: PlanActivitySeriesInput;
};


export type MutationRecordAttendanceArgs = {
  present: Scalars['Boolean']['input'];
  sessionId: Scalars['ID']['input'];
  volunteerId: Scalars['ID']['input'];
};


export type MutationRecordNeighbourhoodSurveyArgs = {
  input: RecordNeighbourhoodSurveyInput;
};


export type MutationRecordWellbeingCheckArgs = {
  input: RecordWellbeingCheckInput;
};


export type MutationRegisterHoursArgs = {
  input: RegisterHoursInput;
};


export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


export type MutationRejectExpenseClaimArgs = {
  input: DecideExpenseClaimInput;
};


export type MutationRejectHourEntryArgs = {
  input: DecideHourEntryInput;
};


export type MutationRequeueDeadLetteredEventsArgs = {
  consumer: Scalars['String']['input'];
  eventType: Scalars['String']['input'];
  jobIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationReturnExpenseClaimArgs = {
  input: DecideExpenseClaimInput;
};


export type MutationReverseLedgerEntryArgs = {
  input: ReverseLedgerEntryInput;
};


export type MutationRevokeHourApprovalArgs = {
  input: DecideHourEntryInput;
};


export type MutationScheduleCourseRunArgs = {
  input: ScheduleCourseRunInput;
};


export type MutationSetConsumerPriceIndexArgs = {
  input: SetConsumerPriceIndexInput;
};


export type MutationSetPayoutAccountArgs = {
  input: SetPayoutAccountInput;
};


export type MutationSetShadowPriceArgs = {
  input: SetShadowPriceInput;
};


export type MutationSignUpArgs = {
  activityId: Scalars['ID']['input'];
};


export type MutationSubmitExpenseClaimArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


export type MutationUpdateHourEntryArgs = {
  input: UpdateHourEntryInput;
};


export type MutationUpdateNeighbourhoodArgs = {
  input: UpdateNeighbourhoodInput;
};


export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};


export type MutationUpdateVolunteerArgs = {
  input: UpdateVolunteerInput;
};


export type MutationWithdrawConsentArgs = {
  input: ConsentInput;
};


export type MutationWriteOffReceivableArgs = {
  input: WriteOffReceivableInput;
};

/** A neighbourhood (wijk) where a team works and its members live */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** CBS wijk code, e.g. WK059901, when the neighbourhood matches one wijk */
  cbsCode?: Maybe<Scalars['String']['output']>;
  city: Scalars['String']['output'];
  /** Year of the CBS area classification the codes come from (codes change with mergers) */
  classificationYear: Scalars['Int']['output'];
  hours?: Maybe<HoursSummary>;
  id: Scalars['ID']['output'];
  /** What the teams achieved here in a year and what it is worth (admins, partners serving it) */
  impact?: Maybe<ImpactReport>;
  /** CBS municipality code, e.g. GM0599 for Rotterdam */
  municipalityCode: Scalars['String']['output'];
  municipalityName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  partners: Array<Partner>;
  teams: Array<Team>;
  trainingFigures?: Maybe<TrainingFigures>;
  /** Send this back on update; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
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

export type NeighbourhoodSurvey = {
  __typename?: 'NeighbourhoodSurvey';
  characteristics: Array<SurveyItemScore>;
  /** CBS social cohesion scale, 0–10 */
  cohesionScore: Scalars['Float']['output'];
  fieldedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  neighbourhoodId: Scalars['ID']['output'];
  sampleSize: Scalars['Int']['output'];
  /** Standard deviation of the respondents’ cohesion scores (0–10), as the fieldwork reported it; null when not reported (then no interval is shown) */
  scoreStandardDeviation?: Maybe<Scalars['Float']['output']>;
  statements: Array<SurveyItemScore>;
  version: Scalars['Int']['output'];
  wave: SurveyWave;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation that works with or finances the teams in its neighbourhoods */
export type Partner = {
  __typename?: 'Partner';
  /** Activities this partner is involved in */
  activities?: Maybe<ActivityConnection>;
  /** Agreements this partner funds; for that partner and admins */
  fundingAgreements?: Maybe<Array<FundingAgreement>>;
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  name: Scalars['String']['output'];
  neighbourhoods: Array<Neighbourhood>;
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

export type PartnerKind =
  | 'BUSINESS'
  | 'CARE_INSTITUTION'
  | 'FUNDER'
  | 'HOUSING_CORPORATION'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'SCHOOL'
  | 'WELFARE_ORGANISATION';

export type PayFlatAllowanceInput = {
  arrangementId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  /** The month of work, e.g. 2026-03 */
  month: Scalars['String']['input'];
};

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

export type PayoutBatch = {
  __typename?: 'PayoutBatch';
  id: Scalars['ID']['output'];
  /** MsgId of the SEPA file; the bank’s status report refers to it */
  messageId: Scalars['String']['output'];
  payments: Array<PayoutPayment>;
  requestedExecutionDate: Scalars['LocalDate']['output'];
  status: Scalars['String']['output'];
};

export type PayoutPayment = {
  __typename?: 'PayoutPayment';
  amount: Money;
  /** The batch the payment went to the bank in */
  batchId: Scalars['ID']['output'];
  /** The booking date of the payment on an imported account statement */
  bookedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The SEPA end-to-end id; the ledger entry of the payout names it */
  endToEndId: Scalars['String']['output'];
  /** Why the bank rejected or returned it: the ISO reason code first (“AC04: Account is closed”) */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The day the bank was asked to pay it */
  requestedExecutionDate: Scalars['LocalDate']['output'];
  /** SCHEDULED, ACCEPTED (the bank took it, not yet paid), PAID, FAILED (rejected: payable again) or RETURNED (paid, then sent back: payable again) */
  status: Scalars['String']['output'];
  /** The last ISO 20022 status or return code the bank gave (ACSP, ACSC, RJCT, AC04, …) */
  statusCode?: Maybe<Scalars['String']['output']>;
  volunteer: Volunteer;
};

export type PersonalDataExport = {
  __typename?: 'PersonalDataExport';
  /** Hour entries with their descriptions, sign-ups, monthly approved minutes and activities the person organises */
  activities?: Maybe<Scalars['JSON']['output']>;
  /** Payee details with the IBAN, allowance arrangements, allowances, declared allowances, expense claims, payments and ledger entries */
  finance?: Maybe<Scalars['JSON']['output']>;
  /** Memberships and the changes recorded about them */
  teams?: Maybe<Scalars['JSON']['output']>;
  /** Enrolments with attendance, certificates and the course runs the person trains */
  training?: Maybe<Scalars['JSON']['output']>;
  volunteerId: Scalars['ID']['output'];
  volunteers?: Maybe<Scalars['JSON']['output']>;
};

export type PlanActivityInput = {
  /** Empty: no limit */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  /** Volunteers who organise it */
  organiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A partner organisation involved */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
  teamId: Scalars['ID']['input'];
  theme: Theme;
  title: Scalars['String']['input'];
};

export type PlanActivitySeriesInput = {
  /** Empty: no limit */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  frequency: SeriesFrequency;
  location?: InputMaybe<Scalars['String']['input']>;
  /** Volunteers who organise it */
  organiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A partner organisation involved */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  startsAt: Scalars['DateTime']['input'];
  teamId: Scalars['ID']['input'];
  theme: Theme;
  title: Scalars['String']['input'];
  /** The last day an occurrence may fall on (at most two years ahead) */
  until: Scalars['LocalDate']['input'];
};

/** An amount in whole cents, more than zero */
export type PositiveMoneyInput = {
  /** Whole cents: €12.50 is 1250 */
  cents: Scalars['Int']['input'];
  currency?: Scalars['String']['input'];
};

/** Against the 5,000 hours at the low end of the promise */
export type PromiseStatus =
  | 'BEHIND'
  | 'MISSED'
  | 'NOT_STARTED'
  | 'ON_TRACK'
  | 'REACHED';

export type Query = {
  __typename?: 'Query';
  /** Changes recorded by the activities service, newest first (admins only) */
  activitiesAuditLog: AuditEntryConnection;
  activity?: Maybe<Activity>;
  /** From 1 November: next year's limits missing; and limits of this year or later that are not confirmed */
  allowanceLimitWarnings: Array<AllowanceLimitWarning>;
  /** The fiscal limits of the volunteer allowance per year */
  allowanceRates: Array<AllowanceRate>;
  /** The CBS consumer price index per year, oldest first: what reports index prices and costs with */
  consumerPriceIndex: Array<ConsumerPriceIndexYear>;
  course?: Maybe<Course>;
  /** The course catalogue */
  courses: Array<Course>;
  /** Events a service gave up on, oldest first, of one service and event type or all */
  deadLetteredEvents: Array<DeadLetteredEvent>;
  /** Erased volunteers whose money is still open: their name and IBAN are wiped once it is settled */
  erasedPayeesWithOpenMoney: Array<Scalars['ID']['output']>;
  /** The claims of every team with one status, oldest first: the queue of claims waiting for a decision (admins) */
  expenseClaimQueue: ExpenseClaimConnection;
  /** Changes recorded by the finance service, newest first (admins only) */
  financeAuditLog: AuditEntryConnection;
  /** A year's flat allowances out of proportion to the approved hours */
  flatAllowanceWarnings: Array<FlatAllowanceWarning>;
  fundingAgreements: Array<FundingAgreement>;
  /** Every team's held allowances, oldest month first */
  heldAllowances: Array<HeldAllowance>;
  /** Changes recorded by the impact service, newest first (admins only) */
  impactAuditLog: AuditEntryConnection;
  /** Proves the ledger balances; with a year, that the year’s movements balance and none of its budgets is overspent */
  ledgerCheck: LedgerCheck;
  /** Approved hours per municipality and theme; admins: the country, partners: their neighbourhoods */
  nationalHours: Array<MunicipalityThemeHours>;
  /** All neighbourhoods in one year (admins) */
  nationalImpact: ImpactNationalOverview;
  neighbourhood?: Maybe<Neighbourhood>;
  /** Neighbourhoods by city and name; for partners, their organisation's */
  neighbourhoods: Array<Neighbourhood>;
  /** Invoices past their due date and not fully paid, longest overdue first */
  overdueFundingInvoices: Array<FundingInvoice>;
  partner?: Maybe<Partner>;
  /** Partner organisations by name */
  partners: Array<Partner>;
  /** Payments executed at least this many SEPA business days ago that no imported statement shows booked */
  paymentsNotOnStatement: Array<PayoutPayment>;
  payoutBatch?: Maybe<PayoutBatch>;
  /** The SEPA credit transfer file (pain.001.001.09) of a batch */
  payoutBatchFile: Scalars['String']['output'];
  /** Volunteers who owe money back, most first */
  receivables: Array<Receivable>;
  /** Years with prices of their own, newest first */
  shadowPriceYears: Array<Scalars['Int']['output']>;
  /** The price list that holds for a year: per item its newest price of that year or before */
  shadowPrices: Array<ShadowPrice>;
  team?: Maybe<Team>;
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
  volunteer?: Maybe<Volunteer>;
  /** Volunteers by display name, within the caller's teams (admins: all) */
  volunteers: VolunteerConnection;
  /** Changes recorded by the volunteers service, newest first (admins only) */
  volunteersAuditLog: AuditEntryConnection;
  /** The year-end export for the accountant (admins) */
  yearEndExport: YearEndExport;
};


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


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAllowanceLimitWarningsArgs = {
  on?: InputMaybe<Scalars['LocalDate']['input']>;
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeadLetteredEventsArgs = {
  consumer?: InputMaybe<Scalars['String']['input']>;
  eventType?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExpenseClaimQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: ClaimStatus;
};


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


export type QueryFlatAllowanceWarningsArgs = {
  year: Scalars['Int']['input'];
};


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


export type QueryLedgerCheckArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNationalHoursArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNationalImpactArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNeighbourhoodArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNeighbourhoodsArgs = {
  city?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  kind?: InputMaybe<PartnerKind>;
};


export type QueryPaymentsNotOnStatementArgs = {
  businessDays?: Scalars['Int']['input'];
};


export type QueryPayoutBatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPayoutBatchFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShadowPricesArgs = {
  year: Scalars['Int']['input'];
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<TeamStatus>;
};


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


export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  neighbourhood?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<VolunteerStatus>;
  talent?: InputMaybe<Scalars['String']['input']>;
  team?: InputMaybe<Scalars['ID']['input']>;
};


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


export type QueryYearEndExportArgs = {
  year: Scalars['Int']['input'];
};

/** Money a volunteer owes back, offset against their next payments unless written off */
export type Receivable = {
  __typename?: 'Receivable';
  owed: Money;
  volunteer: Volunteer;
};

export type RecordNeighbourhoodSurveyInput = {
  /** All five characteristics of 'Een buurt voor iedereen', once each */
  characteristics: Array<InclusionAnswerInput>;
  fieldedOn: Scalars['LocalDate']['input'];
  neighbourhoodId: Scalars['ID']['input'];
  /** Respondents */
  sampleSize: Scalars['Int']['input'];
  /** Standard deviation of the respondents’ cohesion scale scores (0–10), from the fieldwork’s tables; needed for the 95 % interval */
  scoreStandardDeviation?: InputMaybe<Scalars['Float']['input']>;
  /** All five statements of the CBS cohesion scale, once each */
  statements: Array<CohesionAnswerInput>;
  wave: SurveyWave;
};

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
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 0 (worst) to 10 (best) */
  socialNetwork: Scalars['Int']['input'];
  takenOn: Scalars['LocalDate']['input'];
  volunteerId: Scalars['ID']['input'];
};

export type RegisterHoursInput = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  date: Scalars['LocalDate']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Minutes, 15 to 1440 */
  minutes: Scalars['Int']['input'];
  teamId: Scalars['ID']['input'];
  theme: Theme;
  /** Whose hours; defaults to the caller (coordinators and admins may enter them for a team member) */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterVolunteerInput = {
  availability?: InputMaybe<Array<AvailabilityInput>>;
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  displayName: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  houseNumber?: InputMaybe<Scalars['String']['input']>;
  joinedOn: Scalars['LocalDate']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The neighbourhood the person lives in */
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  talents?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The team that registers the resident (their coordinator manages the record) */
  teamId: Scalars['ID']['input'];
  vogStatus?: InputMaybe<VogStatus>;
  vogValidUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type ReverseLedgerEntryInput = {
  entryId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type ScheduleCourseRunInput = {
  capacity: Scalars['Int']['input'];
  courseId: Scalars['ID']['input'];
  sessions: Array<SessionInput>;
  /** Only for this team (coaching); empty: open to all teams */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  trainerName?: InputMaybe<Scalars['String']['input']>;
  trainerOrganisation?: InputMaybe<Scalars['String']['input']>;
  /** A volunteer who trains their peers */
  trainerVolunteerId?: InputMaybe<Scalars['ID']['input']>;
};

export type SeriesFrequency =
  | 'MONTHLY'
  | 'WEEKLY';

export type Session = {
  __typename?: 'Session';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  onlineLink?: Maybe<Scalars['String']['output']>;
  run: CourseRun;
  startsAt: Scalars['DateTime']['output'];
};

export type SessionInput = {
  endsAt: Scalars['DateTime']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  onlineLink?: InputMaybe<Scalars['String']['input']>;
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

export type SetPayoutAccountInput = {
  /** The account holder, as the bank knows them */
  holderName: Scalars['String']['input'];
  iban: Scalars['String']['input'];
  volunteerId: Scalars['ID']['input'];
};

/** A price of one item for one price year; leave the amounts empty when no figure is published */
export type SetShadowPriceInput = {
  highCents?: InputMaybe<Scalars['Int']['input']>;
  item: ShadowPriceItem;
  lowCents?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
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

/** A price for an effect that has no market price, with its source; empty where no figure is published */
export type ShadowPrice = {
  __typename?: 'ShadowPrice';
  high?: Maybe<Money>;
  id: Scalars['ID']['output'];
  item: ShadowPriceItem;
  low?: Maybe<Money>;
  note?: Maybe<Scalars['String']['output']>;
  /** The year whose price level the figures are in */
  priceYear: Scalars['Int']['output'];
  source: Scalars['String']['output'];
  /** What one unit is, e.g. "hour" */
  unit: Scalars['String']['output'];
  /** Per unit; empty when no figure is published */
  value?: Maybe<Money>;
  version: Scalars['Int']['output'];
};

export type ShadowPriceItem =
  /** Punt sociale cohesie in de buurt / one point on the neighbourhood cohesion scale */
  | 'COHESION_POINT'
  /** Uur informele hulp / an hour of informal help */
  | 'INFORMAL_HELP_HOUR'
  /** Bereikte bewoner / a resident reached by an activity */
  | 'RESIDENT_REACHED'
  /** Behaald certificaat / a certificate earned */
  | 'TRAINING_CERTIFICATE'
  /** Punt welzijnsverbetering per deelnemer / one point of wellbeing gained by a participant */
  | 'WELLBEING_POINT';

/** One statement or characteristic: the mean agreement (1–5) and its 0–10 score */
export type SurveyItemScore = {
  __typename?: 'SurveyItemScore';
  item: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelNl: Scalars['String']['output'];
  /** 1 = helemaal oneens … 5 = helemaal eens */
  meanAgreement: Scalars['Float']['output'];
  reverseScored: Scalars['Boolean']['output'];
  /** 0–10, higher is better (reverse-scored where the statement is negative) */
  score: Scalars['Float']['output'];
};

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
  /** The team's professional coaches now, or all of them with includeEnded; for the team's own members, coordinators and admins */
  coaches?: Maybe<Array<TeamCoach>>;
  /** Coaching sessions for this team */
  coachingSessions?: Maybe<Array<Session>>;
  /** The end of the committed period: 4 to 6 years after the start */
  commitmentEndsOn: Scalars['LocalDate']['output'];
  /** The team’s expense claims, newest first; for admins, and for its coordinators those of its current members */
  expenseClaims?: Maybe<ExpenseClaimConnection>;
  firstYearProgress?: Maybe<FirstYearProgress>;
  /** The team's held allowances with the reason: for its coordinators (people whose money they may see) and admins */
  heldAllowances?: Maybe<Array<HeldAllowance>>;
  hours?: Maybe<HoursSummary>;
  id: Scalars['ID']['output'];
  /** What the team achieved in a year (admins, its coordinators, partners serving its neighbourhood) */
  impact?: Maybe<ImpactReport>;
  /** Current members and coordinators; empty for partners when under 10 */
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** Current memberships, or the whole history with includeEnded; for the team's own members, coordinators and admins */
  memberships?: Maybe<Array<Membership>>;
  name: Scalars['String']['output'];
  neighbourhood: Neighbourhood;
  /** Partner organisations serving the team's neighbourhood */
  partners: Array<Partner>;
  sizeIndicator: TeamSizeIndicator;
  startsOn: Scalars['LocalDate']['output'];
  status: TeamStatus;
  /** For each required course, how many current members hold a valid certificate */
  trainingCoverage?: Maybe<Array<TrainingCoverage>>;
  /** Send this back on update; a stale version is refused with CONFLICT */
  version: Scalars['Int']['output'];
  wellbeing?: Maybe<WellbeingSummary>;
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
export type TeamMembershipsArgs = {
  includeEnded?: Scalars['Boolean']['input'];
};

/** A professional who coaches a team for a period; not a member of the team (not counted, no rights in it) */
export type TeamCoach = {
  __typename?: 'TeamCoach';
  /** First day of coaching the team */
  from: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** The coach's name; empty only for a coach recorded before names were kept (then a COACH membership) */
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation the coach works for; empty only for a coach recorded before names were kept */
  organisation?: Maybe<Scalars['String']['output']>;
  team: Team;
  /** The last day; empty while the coaching lasts */
  until?: Maybe<Scalars['LocalDate']['output']>;
  version: Scalars['Int']['output'];
};

export type TeamConnection = {
  __typename?: 'TeamConnection';
  edges: Array<TeamEdge>;
  pageInfo: PageInfo;
  /** All items that match the filters, across pages */
  totalCount: Scalars['Int']['output'];
};

export type TeamEdge = {
  __typename?: 'TeamEdge';
  cursor: Scalars['String']['output'];
  node: Team;
};

export type TeamRole =
  | 'COORDINATOR'
  | 'MEMBER';

/** Current members against the target of 15 to 25 */
export type TeamSizeIndicator =
  | 'ABOVE'
  | 'BELOW'
  | 'WITHIN';

export type TeamStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'FORMING'
  | 'PAUSED';

/** The six themes every team works on */
export type Theme =
  | 'COMMUNITY'
  | 'HEALTH'
  | 'INFORMAL_CARE'
  | 'NEIGHBOURHOOD'
  | 'PERSONAL_DEVELOPMENT'
  | 'SUSTAINABILITY';

export type ThemeHours = {
  __typename?: 'ThemeHours';
  approvedHours: Scalars['Float']['output'];
  /** Submitted and not yet decided */
  submittedHours: Scalars['Float']['output'];
  theme: Theme;
};

/** How a theme is shown to people: Dutch first, English second */
export type ThemeLabel = {
  __typename?: 'ThemeLabel';
  description: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  labelNl: Scalars['String']['output'];
  theme: Theme;
};

/** For one required course: current members who need it, and how many hold a valid certificate */
export type TrainingCoverage = {
  __typename?: 'TrainingCoverage';
  course: Course;
  covered: Scalars['Int']['output'];
  /** Who still needs it; for the team’s coordinators and admins */
  missing?: Maybe<Array<Volunteer>>;
  required: Scalars['Int']['output'];
};

export type TrainingFigures = {
  __typename?: 'TrainingFigures';
  certificatesIssued: Scalars['Int']['output'];
  /** Hidden from partners under 10 */
  peopleCertified?: Maybe<Scalars['Int']['output']>;
  /** Course runs attended by people of the neighbourhood’s teams */
  trainingsGiven: Scalars['Int']['output'];
};

/** Money that came in on a bank statement and matched no open invoice: for an admin to place */
export type UnmatchedBankCredit = {
  __typename?: 'UnmatchedBankCredit';
  amount: Money;
  bankReference: Scalars['String']['output'];
  bookedOn: Scalars['LocalDate']['output'];
  debtorName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** camt.053 or camt.054 */
  message: Scalars['String']['output'];
  /** Why it was not booked against an invoice */
  reason: Scalars['String']['output'];
  /** The remittance information as the bank gave it */
  remittance?: Maybe<Scalars['String']['output']>;
};

export type UpdateActivityInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type UpdateHourEntryInput = {
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['Int']['input']>;
  theme?: InputMaybe<Theme>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type UpdateNeighbourhoodInput = {
  /** Send null to remove the wijk code */
  cbsCode?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  classificationYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  municipalityName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type UpdatePartnerInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PartnerKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the neighbourhoods this organisation serves */
  neighbourhoodIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type UpdateTeamInput = {
  commitmentEndsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  status?: InputMaybe<TeamStatus>;
  /** The version you read */
  version: Scalars['Int']['input'];
};

export type UpdateVolunteerInput = {
  availability?: InputMaybe<Array<AvailabilityInput>>;
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  houseNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The neighbourhood the person lives in */
  neighbourhoodId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  talents?: InputMaybe<Array<Scalars['String']['input']>>;
  version: Scalars['Int']['input'];
  vogStatus?: InputMaybe<VogStatus>;
  vogValidUntil?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Certificate of conduct (Verklaring Omtrent het Gedrag), needed for work with vulnerable people */
export type VogStatus =
  | 'NOT_REQUIRED'
  | 'REQUESTED'
  | 'VALID';

export type Volunteer = {
  __typename?: 'Volunteer';
  /** For an allowance arrangement in a team: the limits and a grant carrying the birth date */
  allowanceEligibility?: Maybe<AllowanceEligibility>;
  availability: Array<Availability>;
  certificates?: Maybe<Array<Certificate>>;
  consents?: Maybe<Array<Consent>>;
  /** The person's team now; for the person, their team and admins */
  currentTeam?: Maybe<Team>;
  dateOfBirth?: Maybe<Scalars['LocalDate']['output']>;
  /** What team mates see */
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  enrolments?: Maybe<Array<Enrolment>>;
  /** The person’s expense claims, newest first; for the person and admins */
  expenseClaims?: Maybe<ExpenseClaimConnection>;
  familyName?: Maybe<Scalars['String']['output']>;
  givenName?: Maybe<Scalars['String']['output']>;
  /** Hour entries, newest first; for the person, their coordinators and admins */
  hourEntries?: Maybe<HourEntryConnection>;
  /** Approved hours in a calendar year; for the person, the coordinators of their team and admins */
  hours?: Maybe<Scalars['Float']['output']>;
  houseNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  joinedOn: Scalars['LocalDate']['output'];
  languages: Array<Scalars['String']['output']>;
  latestWellbeing?: Maybe<WellbeingCheck>;
  /** The person's memberships, past and present; for the person, the coordinators of their current team and admins */
  memberships?: Maybe<Array<Membership>>;
  /** Where the person lives; for the person, their coordinators and admins */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Everything the platform holds about this person; for the person themselves and admins */
  personalDataExport?: Maybe<PersonalDataExport>;
  phone?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  status: VolunteerStatus;
  /** Dated status transitions, oldest first */
  statusHistory?: Maybe<Array<VolunteerStatusChange>>;
  statusSince: Scalars['LocalDate']['output'];
  /** Free tags, lower case, e.g. "cooking", "bike repair" */
  talents: Array<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  /** Certificate of conduct */
  vogStatus?: Maybe<VogStatus>;
  vogValidUntil?: Maybe<Scalars['LocalDate']['output']>;
  /** Change per domain from the first check to the latest */
  wellbeingChange?: Maybe<Array<WellbeingDomainChange>>;
  /** The wellbeing history, oldest first */
  wellbeingChecks?: Maybe<Array<WellbeingCheck>>;
};


export type VolunteerAllowanceEligibilityArgs = {
  teamId: Scalars['ID']['input'];
};


export type VolunteerExpenseClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


export type VolunteerHourEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<HourEntryStatus>;
};


export type VolunteerHoursArgs = {
  year: Scalars['Int']['input'];
};

/** Partners get the count only (hidden under 10), never the people */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  edges?: Maybe<Array<VolunteerEdge>>;
  pageInfo: PageInfo;
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  cursor: Scalars['String']['output'];
  node: Volunteer;
};

export type VolunteerStatus =
  | 'ACTIVE'
  | 'INTAKE'
  | 'LEFT'
  | 'PAUSED';

export type VolunteerStatusChange = {
  __typename?: 'VolunteerStatusChange';
  from?: Maybe<VolunteerStatus>;
  on: Scalars['LocalDate']['output'];
  to: VolunteerStatus;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** A self-assessment at intake and then every six months */
export type WellbeingCheck = {
  __typename?: 'WellbeingCheck';
  dailyLife: Scalars['Int']['output'];
  financialHealth: Scalars['Int']['output'];
  homeSituation: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  language: Scalars['Int']['output'];
  meaning: Scalars['Int']['output'];
  mentalHealth: Scalars['Int']['output'];
  physicalHealth: Scalars['Int']['output'];
  remark?: Maybe<Scalars['String']['output']>;
  socialNetwork: Scalars['Int']['output'];
  takenOn: Scalars['LocalDate']['output'];
};

/** The eight domains of participant effects, each self-assessed 0–10 */
export type WellbeingDomain =
  | 'DAILY_LIFE'
  | 'FINANCIAL_HEALTH'
  | 'HOME_SITUATION'
  | 'LANGUAGE'
  | 'MEANING'
  | 'MENTAL_HEALTH'
  | 'PHYSICAL_HEALTH'
  | 'SOCIAL_NETWORK';

export type WellbeingDomainChange = {
  __typename?: 'WellbeingDomainChange';
  change: Scalars['Float']['output'];
  domain: WellbeingDomain;
  /** First check (intake); an average for a group */
  first: Scalars['Float']['output'];
  /** Latest check; an average for a group */
  latest: Scalars['Float']['output'];
};

/** Change per domain over people who consented to the wellbeing monitor and have two or more checks */
export type WellbeingSummary = {
  __typename?: 'WellbeingSummary';
  domains?: Maybe<Array<WellbeingDomainChange>>;
  /** Empty when fewer than 10 people and you see suppressed figures */
  people?: Maybe<Scalars['Int']['output']>;
};

export type WriteOffReceivableInput = {
  idempotencyKey: Scalars['String']['input'];
  /** Why the foundation forgives it; kept in the ledger */
  reason: Scalars['String']['input'];
  volunteerId: Scalars['ID']['input'];
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


export type ClaimsQueuePageQuery = { __typename?: 'Query', expenseClaimQueue: { __typename?: 'ExpenseClaimConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ExpenseClaimEdge', node: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, description?: string | null, createdAt: string, version: number, total: { __typename?: 'Money', cents: number, currency: string }, items: Array<{ __typename?: 'ExpenseClaimItem', category: ExpenseCategory, spentOn: string, receiptRef: string, amount: { __typename?: 'Money', cents: number, currency: string } }>, volunteer: { __typename?: 'Volunteer', id: string, displayName: string }, team: { __typename?: 'Team', id: string, name: string } } }> } };

export type FundingPageAddInstalmentMutationVariables = Exact<{
  input: AddFundingInstalmentInput;
}>;


export type FundingPageAddInstalmentMutation = { __typename?: 'Mutation', addFundingInstalment: { __typename?: 'FundingInstalment', id: string } };

export type FundingPageInvoiceInstalmentMutationVariables = Exact<{
  input: InvoiceFundingInstalmentInput;
}>;


export type FundingPageInvoiceInstalmentMutation = { __typename?: 'Mutation', invoiceFundingInstalment: { __typename?: 'FundingInvoice', id: string, number: string } };

export type FundingPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingPageQuery = { __typename?: 'Query', fundingAgreements: Array<{ __typename?: 'FundingAgreement', id: string, title: string, startsOn: string, endsOn: string, socialReturnCentsPerEuro: number, funder: { __typename?: 'Partner', id: string, name: string }, amount: { __typename?: 'Money', cents: number, currency: string }, allocated?: { __typename?: 'Money', cents: number, currency: string } | null, unallocated?: { __typename?: 'Money', cents: number, currency: string } | null, instalments?: Array<{ __typename?: 'FundingInstalment', id: string, dueOn: string, amount: { __typename?: 'Money', cents: number, currency: string }, invoice?: { __typename?: 'FundingInvoice', id: string, number: string, dueOn: string, status: FundingInvoiceStatus, daysOverdue: number } | null }> | null, allocations?: Array<{ __typename?: 'AgreementAllocation', year: number, category: BudgetCategory, amount: { __typename?: 'Money', cents: number, currency: string }, team: { __typename?: 'Team', id: string, name: string } }> | null, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus }>, neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus }> }> }>, overdueFundingInvoices: Array<{ __typename?: 'FundingInvoice', id: string, number: string, dueOn: string, daysOverdue: number, open: { __typename?: 'Money', cents: number, currency: string }, agreement?: { __typename?: 'FundingAgreement', id: string, title: string, funder: { __typename?: 'Partner', id: string, name: string } } | null }>, partners: Array<{ __typename?: 'Partner', id: string, name: string }>, neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus }> }> };

export type FundingPageAllocateMutationVariables = Exact<{
  input: AllocateBudgetInput;
}>;


export type FundingPageAllocateMutation = { __typename?: 'Mutation', allocateBudget: { __typename?: 'LedgerEntry', id: string, amount: { __typename?: 'Money', cents: number, currency: string } } };

export type FundingPageCreateMutationVariables = Exact<{
  input: CreateFundingAgreementInput;
}>;


export type FundingPageCreateMutation = { __typename?: 'Mutation', createFundingAgreement: { __typename?: 'FundingAgreement', id: string, title: string } };

export type NationalOverviewPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type NationalOverviewPageQuery = { __typename?: 'Query', nationalHours: Array<{ __typename?: 'MunicipalityThemeHours', municipalityCode: string, theme: Theme, approvedHours: number }>, nationalImpact: { __typename?: 'ImpactNationalOverview', total: { __typename?: 'ImpactReport', totalHours: number, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number } }, neighbourhoods: Array<{ __typename?: 'ImpactNeighbourhoodRow', hours: number, promiseStatus: ImpactPromiseStatus, neighbourhood: { __typename?: 'Neighbourhood', id: string, name: string, city: string, municipalityCode: string, municipalityName: string, teams: Array<{ __typename?: 'Team', id: string, name: string, status: TeamStatus, trainingCoverage?: Array<{ __typename?: 'TrainingCoverage', required: number, covered: number, course: { __typename?: 'Course', id: string, title: string } }> | null }> } }> } };

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
}>;


export type MoneyPageQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, budget?: Array<{ __typename?: 'BudgetLine', category: BudgetCategory, allocated: { __typename?: 'Money', cents: number, currency: string }, spent: { __typename?: 'Money', cents: number, currency: string }, left: { __typename?: 'Money', cents: number, currency: string } }> | null, allowancesNearCap?: Array<{ __typename?: 'AllowanceCapStanding', month: string, limitsConfirmed: boolean, usedThisMonth: { __typename?: 'Money', cents: number, currency: string }, usedThisYear: { __typename?: 'Money', cents: number, currency: string }, monthlyCap: { __typename?: 'Money', cents: number, currency: string }, yearlyCap: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }> | null, heldAllowances?: Array<{ __typename?: 'HeldAllowance', id: string, month: string, hoursOn?: string | null, reason: HeldAllowanceReason, limitsConfirmed: boolean, amount: { __typename?: 'Money', cents: number, currency: string }, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } }> | null, expenseClaims?: { __typename?: 'ExpenseClaimConnection', totalCount: number, edges: Array<{ __typename?: 'ExpenseClaimEdge', node: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, description?: string | null, version: number, createdAt: string, total: { __typename?: 'Money', cents: number, currency: string }, items: Array<{ __typename?: 'ExpenseClaimItem', category: ExpenseCategory, kind: ClaimItemKind, spentOn: string, amount: { __typename?: 'Money', cents: number, currency: string } }>, volunteer: { __typename?: 'Volunteer', id: string, displayName: string } } }> } | null } | null };

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

export type TeamsOverviewPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsOverviewPageQuery = { __typename?: 'Query', teams: { __typename?: 'TeamConnection', edges: Array<{ __typename?: 'TeamEdge', node: { __typename?: 'Team', id: string, name: string, status: TeamStatus, startsOn: string, memberCount?: number | null, sizeIndicator: TeamSizeIndicator, neighbourhood: { __typename?: 'Neighbourhood', id: string, city: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type PartnerDashboardScopesQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  withAgreements: Scalars['Boolean']['input'];
}>;


export type PartnerDashboardScopesQuery = { __typename?: 'Query', neighbourhoods: Array<{ __typename?: 'Neighbourhood', id: string, name: string, city: string, teams: Array<{ __typename?: 'Team', id: string, name: string }> }>, partner?: { __typename?: 'Partner', id: string, fundingAgreements?: Array<{ __typename?: 'FundingAgreement', id: string, title: string }> | null } | null };

export type PartnerImpactFiguresFragment = { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }> }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }> };

export type PartnerImpactCohesionFragment = { __typename?: 'ImpactReport', cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> };

export type PartnerNeighbourhoodReportQueryVariables = Exact<{
  neighbourhoodId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type PartnerNeighbourhoodReportQuery = { __typename?: 'Query', neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string, impact?: { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }> }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }>, cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> } | null } | null };

export type PartnerTeamReportQueryVariables = Exact<{
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type PartnerTeamReportQuery = { __typename?: 'Query', team?: { __typename?: 'Team', id: string, name: string, impact?: { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }> }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }>, cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> } | null } | null };

export type PartnerAgreementReportQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type PartnerAgreementReportQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, fundingAgreements?: Array<{ __typename?: 'FundingAgreement', id: string, title: string, startsOn: string, endsOn: string, socialReturnCentsPerEuro: number, impact?: { __typename?: 'ImpactReport', scope: ImpactScope, year?: number | null, from: string, until: string, totalHours: number, hoursByTheme: Array<{ __typename?: 'ImpactThemeHours', theme: Theme, hours: number, entries: number }>, months: Array<{ __typename?: 'ImpactMonth', month: string, hours: number, activitiesCompleted: number, residentsReached: number }>, volunteers: { __typename?: 'ImpactVolunteers', active?: number | null, joined?: number | null, left?: number | null }, activities: { __typename?: 'ImpactActivities', completed: number, residentsReached: number }, training: { __typename?: 'ImpactTraining', certificates?: number | null, courses: number }, wellbeing: { __typename?: 'ImpactWellbeing', year: number, participants?: number | null, domains?: Array<{ __typename?: 'ImpactWellbeingChange', domain: WellbeingDomain, averageChange: number, evidence: ImpactChangeEvidence, interval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null }> | null }, firstYearPromise: Array<{ __typename?: 'ImpactHoursPromise', neighbourhoodId: string, from?: string | null, until?: string | null, hours: number, minimumHours: number, maximumHours: number, percentOfMinimum: number, expectedByNow: number, status: ImpactPromiseStatus }>, costBenefit: { __typename?: 'ImpactCostBenefit', discountRatePercent: number, priceYear: number, priceLevelYear?: number | null, priceIndexBase?: string | null, baseYear: number, benefitCostRatio?: number | null, benefitCostRatioLow?: number | null, benefitCostRatioHigh?: number | null, costs: Array<{ __typename?: 'ImpactCostLine', year: number, category: string, bookings: number, amount: { __typename?: 'Money', cents: number, currency: string } }>, totalCosts: { __typename?: 'Money', cents: number, currency: string }, effects: Array<{ __typename?: 'ImpactEffectLine', year: number, category: ImpactEffectCategory, theme?: Theme | null, beneficiary: ImpactBeneficiary, quantity?: number | null, unit: string, priceItem: string, priceYear?: number | null, source: string, calculation: string, price?: { __typename?: 'Money', cents: number, currency: string } | null, value?: { __typename?: 'Money', cents: number, currency: string } | null, valueLow?: { __typename?: 'Money', cents: number, currency: string } | null, valueHigh?: { __typename?: 'Money', cents: number, currency: string } | null }>, benefitsByBeneficiary: Array<{ __typename?: 'ImpactBeneficiaryValue', beneficiary: ImpactBeneficiary, value: { __typename?: 'Money', cents: number, currency: string }, valueLow: { __typename?: 'Money', cents: number, currency: string }, valueHigh: { __typename?: 'Money', cents: number, currency: string } }>, totalBenefits: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsLow: { __typename?: 'Money', cents: number, currency: string }, totalBenefitsHigh: { __typename?: 'Money', cents: number, currency: string }, netPresentValue: { __typename?: 'Money', cents: number, currency: string }, netPresentValueLow: { __typename?: 'Money', cents: number, currency: string }, netPresentValueHigh: { __typename?: 'Money', cents: number, currency: string }, agreedReturns: Array<{ __typename?: 'ImpactAgreedReturn', agreementId: string, title: string, ratio: number }> }, csv: Array<{ __typename?: 'ImpactCsvTable', name: string, fileName: string, content: string }> } | null }> | null } | null };

export type PartnerAgreementCohesionQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type PartnerAgreementCohesionQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, fundingAgreements?: Array<{ __typename?: 'FundingAgreement', id: string, impact?: { __typename?: 'ImpactReport', cohesion: Array<{ __typename?: 'ImpactCohesionWave', surveyId: string, neighbourhoodId: string, wave: SurveyWave, fieldedOn: string, sampleSize?: number | null, cohesionScore?: number | null, changeSinceBaseline?: number | null, changeEvidence?: ImpactChangeEvidence | null, changeSinceBaselineInterval?: { __typename?: 'ImpactConfidenceInterval', low: number, high: number } | null, statements?: Array<{ __typename?: 'SurveyItemScore', item: string, labelNl: string, labelEn: string, score: number }> | null }> } | null }> | null } | null };

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

export type VolunteerHomeQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type VolunteerHomeQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, displayName: string, hourEntries?: { __typename?: 'HourEntryConnection', edges: Array<{ __typename?: 'HourEntryEdge', node: { __typename?: 'HourEntry', id: string, entryDate: string, minutes: number, status: HourEntryStatus } }> } | null, currentTeam?: { __typename?: 'Team', id: string, name: string, firstYearProgress?: { __typename?: 'FirstYearProgress', approvedHours: number, lowTarget: number, highTarget: number, until: string, status: PromiseStatus } | null, activities?: { __typename?: 'ActivityConnection', edges: Array<{ __typename?: 'ActivityEdge', node: { __typename?: 'Activity', id: string, title: string, theme: Theme, startsAt: string, location?: string | null, status: ActivityStatus, signedUp?: Array<{ __typename?: 'Volunteer', id: string }> | null } }> } | null } | null } | null };

export type MePageQueryVariables = Exact<{
  volunteerId: Scalars['ID']['input'];
}>;


export type MePageQuery = { __typename?: 'Query', volunteer?: { __typename?: 'Volunteer', id: string, version: number, displayName: string, givenName?: string | null, familyName?: string | null, email?: string | null, phone?: string | null, postalCode?: string | null, houseNumber?: string | null, neighbourhood?: { __typename?: 'Neighbourhood', id: string, name: string } | null, consents?: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, givenOn: string, withdrawnOn?: string | null }> | null, currentTeam?: { __typename?: 'Team', id: string, name: string } | null, expenseClaims?: { __typename?: 'ExpenseClaimConnection', totalCount: number, edges: Array<{ __typename?: 'ExpenseClaimEdge', node: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, description?: string | null, reason?: string | null, version: number, createdAt: string, total: { __typename?: 'Money', cents: number, currency: string }, items: Array<{ __typename?: 'ExpenseClaimItem', category: ExpenseCategory, spentOn: string }> } }> } | null } | null };

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


export type MeDraftClaimMutation = { __typename?: 'Mutation', draftExpenseClaim: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, version: number } };

export type MeSubmitClaimMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type MeSubmitClaimMutation = { __typename?: 'Mutation', submitExpenseClaim: { __typename?: 'ExpenseClaim', id: string, status: ClaimStatus, version: number } };

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
}`) as unknown as TypedDocumentString<AuditLogPageQuery, AuditLogPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<BooksPageQuery, BooksPageQueryVariables>;
export const BooksPageCorrectRateDocument = new TypedDocumentString(`
    mutation BooksPageCorrectRate($input: CorrectAllowanceRateInput!) {
  correctAllowanceRate(input: $input) {
    year
    confirmed
    version
  }
}
    `) as unknown as TypedDocumentString<BooksPageCorrectRateMutation, BooksPageCorrectRateMutationVariables>;
export const BooksPageAddRateDocument = new TypedDocumentString(`
    mutation BooksPageAddRate($input: AddAllowanceRateInput!) {
  addAllowanceRate(input: $input) {
    year
    confirmed
    version
  }
}
    `) as unknown as TypedDocumentString<BooksPageAddRateMutation, BooksPageAddRateMutationVariables>;
export const BooksPageAllowUnconfirmedDocument = new TypedDocumentString(`
    mutation BooksPageAllowUnconfirmed($year: Int!, $version: Int!) {
  allowPaymentsUnderUnconfirmedLimits(year: $year, version: $version) {
    year
    version
    unconfirmedPaymentsAllowedAt
  }
}
    `) as unknown as TypedDocumentString<BooksPageAllowUnconfirmedMutation, BooksPageAllowUnconfirmedMutationVariables>;
export const BooksPageYearEndDocument = new TypedDocumentString(`
    query BooksPageYearEnd($year: Int!) {
  yearEndExport(year: $year) {
    fileName
    movements
    summaryFileName
    summary
  }
}
    `) as unknown as TypedDocumentString<BooksPageYearEndQuery, BooksPageYearEndQueryVariables>;
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
          category
          spentOn
          receiptRef
          amount {
            cents
            currency
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
    `) as unknown as TypedDocumentString<ClaimsQueuePageQuery, ClaimsQueuePageQueryVariables>;
export const FundingPageAddInstalmentDocument = new TypedDocumentString(`
    mutation FundingPageAddInstalment($input: AddFundingInstalmentInput!) {
  addFundingInstalment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FundingPageAddInstalmentMutation, FundingPageAddInstalmentMutationVariables>;
export const FundingPageInvoiceInstalmentDocument = new TypedDocumentString(`
    mutation FundingPageInvoiceInstalment($input: InvoiceFundingInstalmentInput!) {
  invoiceFundingInstalment(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<FundingPageInvoiceInstalmentMutation, FundingPageInvoiceInstalmentMutationVariables>;
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
    `) as unknown as TypedDocumentString<FundingPageQuery, FundingPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<FundingPageAllocateMutation, FundingPageAllocateMutationVariables>;
export const FundingPageCreateDocument = new TypedDocumentString(`
    mutation FundingPageCreate($input: CreateFundingAgreementInput!) {
  createFundingAgreement(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<FundingPageCreateMutation, FundingPageCreateMutationVariables>;
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
    `) as unknown as TypedDocumentString<NationalOverviewPageQuery, NationalOverviewPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrganisationPageQuery, OrganisationPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<OrganisationMembershipsQuery, OrganisationMembershipsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PayoutsPageQuery, PayoutsPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<PayoutsPageNotOnStatementQuery, PayoutsPageNotOnStatementQueryVariables>;
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
    `) as unknown as TypedDocumentString<PayoutsPageStatementMutation, PayoutsPageStatementMutationVariables>;
export const PayoutsPageCreateDocument = new TypedDocumentString(`
    mutation PayoutsPageCreate($idempotencyKey: String!, $requestedExecutionDate: LocalDate!) {
  createPayoutBatch(
    idempotencyKey: $idempotencyKey
    requestedExecutionDate: $requestedExecutionDate
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<PayoutsPageCreateMutation, PayoutsPageCreateMutationVariables>;
export const PayoutsPageFileDocument = new TypedDocumentString(`
    query PayoutsPageFile($id: ID!) {
  payoutBatchFile(id: $id)
}
    `) as unknown as TypedDocumentString<PayoutsPageFileQuery, PayoutsPageFileQueryVariables>;
export const PayoutsPageImportDocument = new TypedDocumentString(`
    mutation PayoutsPageImport($idempotencyKey: String!, $xml: String!) {
  importPaymentStatusReport(idempotencyKey: $idempotencyKey, xml: $xml) {
    paid
    accepted
    failed
  }
}
    `) as unknown as TypedDocumentString<PayoutsPageImportMutation, PayoutsPageImportMutationVariables>;
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
    `) as unknown as TypedDocumentString<PeopleImportMutation, PeopleImportMutationVariables>;
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
    `) as unknown as TypedDocumentString<PeopleTeamsQuery, PeopleTeamsQueryVariables>;
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
    `) as unknown as TypedDocumentString<PeoplePageSearchQuery, PeoplePageSearchQueryVariables>;
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
    `) as unknown as TypedDocumentString<PersonPickerSearchQuery, PersonPickerSearchQueryVariables>;
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
    `) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<PersonExportQuery, PersonExportQueryVariables>;
export const PersonEraseDocument = new TypedDocumentString(`
    mutation PersonErase($id: ID!) {
  eraseVolunteer(id: $id)
}
    `) as unknown as TypedDocumentString<PersonEraseMutation, PersonEraseMutationVariables>;
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
    `) as unknown as TypedDocumentString<PersonErasureReceiptsQuery, PersonErasureReceiptsQueryVariables>;
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
    `) as unknown as TypedDocumentString<ApproveHoursPageQuery, ApproveHoursPageQueryVariables>;
export const ApproveHoursApproveDocument = new TypedDocumentString(`
    mutation ApproveHoursApprove($input: ApproveHourEntriesInput!) {
  approveHourEntries(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ApproveHoursApproveMutation, ApproveHoursApproveMutationVariables>;
export const ApproveHoursRejectDocument = new TypedDocumentString(`
    mutation ApproveHoursReject($input: DecideHourEntryInput!) {
  rejectHourEntry(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ApproveHoursRejectMutation, ApproveHoursRejectMutationVariables>;
export const MoneyPageDocument = new TypedDocumentString(`
    query MoneyPage($teamId: ID!, $year: Int!, $month: String!) {
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
    expenseClaims(first: 100, status: SUBMITTED) {
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
            category
            kind
            spentOn
            amount {
              cents
              currency
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
    `) as unknown as TypedDocumentString<MoneyPageQuery, MoneyPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<PlanPageAttendanceMutation, PlanPageAttendanceMutationVariables>;
export const PlanPageWellbeingCheckDocument = new TypedDocumentString(`
    mutation PlanPageWellbeingCheck($input: RecordWellbeingCheckInput!) {
  recordWellbeingCheck(input: $input) {
    id
    takenOn
  }
}
    `) as unknown as TypedDocumentString<PlanPageWellbeingCheckMutation, PlanPageWellbeingCheckMutationVariables>;
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
    `) as unknown as TypedDocumentString<PlanPageQuery, PlanPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<PlanPageActivityMutation, PlanPageActivityMutationVariables>;
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
    `) as unknown as TypedDocumentString<PlanPageActivitySeriesMutation, PlanPageActivitySeriesMutationVariables>;
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
    `) as unknown as TypedDocumentString<TeamDashboardPageQuery, TeamDashboardPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<TeamDashboardFirstYearQuery, TeamDashboardFirstYearQueryVariables>;
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
    `) as unknown as TypedDocumentString<TeamsOverviewPageQuery, TeamsOverviewPageQueryVariables>;
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
    `) as unknown as TypedDocumentString<PartnerDashboardScopesQuery, PartnerDashboardScopesQueryVariables>;
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
}`) as unknown as TypedDocumentString<PartnerNeighbourhoodReportQuery, PartnerNeighbourhoodReportQueryVariables>;
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
}`) as unknown as TypedDocumentString<PartnerTeamReportQuery, PartnerTeamReportQueryVariables>;
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
  }
  csv {
    name
    fileName
    content
  }
}`) as unknown as TypedDocumentString<PartnerAgreementReportQuery, PartnerAgreementReportQueryVariables>;
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
}`) as unknown as TypedDocumentString<PartnerAgreementCohesionQuery, PartnerAgreementCohesionQueryVariables>;
export const ClaimDecisionApproveDocument = new TypedDocumentString(`
    mutation ClaimDecisionApprove($id: ID!, $version: Int!, $idempotencyKey: String!) {
  approveExpenseClaim(id: $id, version: $version, idempotencyKey: $idempotencyKey) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ClaimDecisionApproveMutation, ClaimDecisionApproveMutationVariables>;
export const ClaimDecisionRejectDocument = new TypedDocumentString(`
    mutation ClaimDecisionReject($input: DecideExpenseClaimInput!) {
  rejectExpenseClaim(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ClaimDecisionRejectMutation, ClaimDecisionRejectMutationVariables>;
export const ClaimDecisionReturnDocument = new TypedDocumentString(`
    mutation ClaimDecisionReturn($input: DecideExpenseClaimInput!) {
  returnExpenseClaim(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ClaimDecisionReturnMutation, ClaimDecisionReturnMutationVariables>;
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
    `) as unknown as TypedDocumentString<ActivitiesPageQuery, ActivitiesPageQueryVariables>;
export const ActivitiesSignUpDocument = new TypedDocumentString(`
    mutation ActivitiesSignUp($activityId: ID!) {
  signUp(activityId: $activityId) {
    id
    signUpCount
  }
}
    `) as unknown as TypedDocumentString<ActivitiesSignUpMutation, ActivitiesSignUpMutationVariables>;
export const ActivitiesCancelSignUpDocument = new TypedDocumentString(`
    mutation ActivitiesCancelSignUp($activityId: ID!) {
  cancelSignUp(activityId: $activityId)
}
    `) as unknown as TypedDocumentString<ActivitiesCancelSignUpMutation, ActivitiesCancelSignUpMutationVariables>;
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
    `) as unknown as TypedDocumentString<VolunteerHomeQuery, VolunteerHomeQueryVariables>;
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
            category
            spentOn
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MePageQuery, MePageQueryVariables>;
export const MeUpdateContactDocument = new TypedDocumentString(`
    mutation MeUpdateContact($input: UpdateVolunteerInput!) {
  updateVolunteer(input: $input) {
    id
    version
    email
    phone
  }
}
    `) as unknown as TypedDocumentString<MeUpdateContactMutation, MeUpdateContactMutationVariables>;
export const MeGiveConsentDocument = new TypedDocumentString(`
    mutation MeGiveConsent($input: ConsentInput!) {
  giveConsent(input: $input) {
    purpose
    givenOn
    withdrawnOn
  }
}
    `) as unknown as TypedDocumentString<MeGiveConsentMutation, MeGiveConsentMutationVariables>;
export const MeWithdrawConsentDocument = new TypedDocumentString(`
    mutation MeWithdrawConsent($input: ConsentInput!) {
  withdrawConsent(input: $input) {
    purpose
    givenOn
    withdrawnOn
  }
}
    `) as unknown as TypedDocumentString<MeWithdrawConsentMutation, MeWithdrawConsentMutationVariables>;
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
    `) as unknown as TypedDocumentString<MePersonalDataExportQuery, MePersonalDataExportQueryVariables>;
export const MeDraftClaimDocument = new TypedDocumentString(`
    mutation MeDraftClaim($input: DraftExpenseClaimInput!) {
  draftExpenseClaim(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<MeDraftClaimMutation, MeDraftClaimMutationVariables>;
export const MeSubmitClaimDocument = new TypedDocumentString(`
    mutation MeSubmitClaim($id: ID!, $version: Int!) {
  submitExpenseClaim(id: $id, version: $version) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<MeSubmitClaimMutation, MeSubmitClaimMutationVariables>;
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
    `) as unknown as TypedDocumentString<RegisterHoursPageQuery, RegisterHoursPageQueryVariables>;
export const RegisterHoursSubmitDocument = new TypedDocumentString(`
    mutation RegisterHoursSubmit($input: RegisterHoursInput!) {
  registerHours(input: $input) {
    id
    entryDate
    minutes
    status
  }
}
    `) as unknown as TypedDocumentString<RegisterHoursSubmitMutation, RegisterHoursSubmitMutationVariables>;
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
    `) as unknown as TypedDocumentString<RegisterHoursCorrectMutation, RegisterHoursCorrectMutationVariables>;
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
    `) as unknown as TypedDocumentString<TrainingPageQuery, TrainingPageQueryVariables>;
export const TrainingEnrolDocument = new TypedDocumentString(`
    mutation TrainingEnrol($runId: ID!) {
  enrol(runId: $runId) {
    id
    status
    waitingPosition
  }
}
    `) as unknown as TypedDocumentString<TrainingEnrolMutation, TrainingEnrolMutationVariables>;
export const TrainingCancelEnrolmentDocument = new TypedDocumentString(`
    mutation TrainingCancelEnrolment($id: ID!) {
  cancelEnrolment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TrainingCancelEnrolmentMutation, TrainingCancelEnrolmentMutationVariables>;