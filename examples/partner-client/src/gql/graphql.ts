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
  JSON: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
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

export type AllocateBudgetInput = {
  agreementId: Scalars['ID']['input'];
  amount: PositiveMoneyInput;
  category: BudgetCategory;
  idempotencyKey: Scalars['String']['input'];
  teamId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type AllowanceLimitWarningKind =
  | 'MISSING'
  | 'UNCONFIRMED';

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

export type AvailabilityInput = {
  day: Weekday;
  part: DayPart;
};

export type BudgetCategory =
  | 'ACTIVITIES'
  | 'ALLOWANCES'
  | 'COORDINATION'
  | 'TRAINING';

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

export type CourseKind =
  | 'COACHING'
  | 'INFORMATION_SESSION'
  | 'SKILL_TRAINING';

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

export type FundingInvoiceStatus =
  | 'OPEN'
  | 'PAID'
  | 'PARTLY_PAID';

/** Why an allowance waits: over a cap, no or too small an ALLOWANCES budget, no limits for the year, or limits not confirmed */
export type HeldAllowanceReason =
  | 'BUDGET_SHORT'
  | 'LIMITS_UNCONFIRMED'
  | 'NO_BUDGET'
  | 'NO_LIMITS'
  | 'OVER_CAP';

export type HourEntryStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type HourEntryVersionInput = {
  id: Scalars['ID']['input'];
  /** The version you read */
  version: Scalars['Int']['input'];
};

/** Who gains from an effect */
export type ImpactBeneficiary =
  | 'CARE_INSURER'
  | 'HOUSING_CORPORATION'
  | 'MUNICIPALITY'
  | 'RESIDENTS';

/** Whether a change is shown beyond chance by its 95 % confidence interval */
export type ImpactChangeEvidence =
  /** Aantoonbaar: the whole 95 % interval lies on one side of 0 */
  | 'DEMONSTRABLE'
  /** No interval: the spread of the answers was not recorded, or there is nothing to compare with */
  | 'NOT_ASSESSED'
  /** Niet aantoonbaar: the 95 % interval includes 0, so the change may be chance */
  | 'NOT_DEMONSTRABLE';

export type ImpactEffectCategory =
  | 'INFORMAL_HELP'
  | 'PARTICIPANT_WELLBEING'
  | 'RESIDENTS_REACHED'
  | 'SOCIAL_COHESION'
  | 'TRAINING';

/** How the 95 % interval’s multiplier was found */
export type ImpactIntervalMethod =
  /** The normal distribution (1.96): every sample of 30 or more, where t and normal differ by under 5 % */
  | 'NORMAL_APPROXIMATION'
  /** Student’s t with the degrees of freedom shown: samples under 30, where the normal curve would make the interval too narrow */
  | 'T_DISTRIBUTION';

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

export type LedgerEntryKind =
  | 'ALLOCATION'
  | 'ALLOWANCE'
  | 'EXPENSE'
  | 'FUNDS_RECEIVED'
  | 'INVOICE'
  | 'PAYOUT'
  | 'REVERSAL'
  | 'WRITE_OFF';

export type MembershipRole =
  | 'COORDINATOR'
  | 'MEMBER';

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

export type VolunteerStatus =
  | 'ACTIVE'
  | 'INTAKE'
  | 'LEFT'
  | 'PAUSED';

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

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

export type WriteOffReceivableInput = {
  idempotencyKey: Scalars['String']['input'];
  /** Why the foundation forgives it; kept in the ledger */
  reason: Scalars['String']['input'];
  volunteerId: Scalars['ID']['input'];
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