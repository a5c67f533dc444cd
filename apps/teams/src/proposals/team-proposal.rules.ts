import type { FieldError } from '@buurtvolk/subgraph-kit';

export enum TeamProposalKind {
  SPEND_BUDGET = 'SPEND_BUDGET',
  NEW_ACTIVITY_SERIES = 'NEW_ACTIVITY_SERIES',
  THEME_FOCUS = 'THEME_FOCUS',
}

export enum TeamProposalStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum VoteChoice {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}

/** A team's rule for deciding: how many must vote, and how large a share of FOR among FOR and AGAINST must be exceeded. */
export interface DecisionRule {
  quorumPercent: number;
  majorityPercent: number;
}

/** Until a team sets its own: half of the members vote, and more than half of those who choose are for. */
export const DEFAULT_RULE: DecisionRule = { quorumPercent: 50, majorityPercent: 50 };

/** A period long enough for members who check in weekly, short enough that a plan is still current. */
export const MIN_VOTING_HOURS = 24;
export const MAX_VOTING_DAYS = 30;

/** The money one proposal may ask for: up to €25,000 (a team's ACTIVITIES budget is far below that). */
export const MAX_SPEND_CENTS = 2_500_000;

export function ruleRefused(rule: DecisionRule): FieldError | null {
  if (!Number.isInteger(rule.quorumPercent) || rule.quorumPercent < 1 || rule.quorumPercent > 100)
    return { field: 'quorumPercent', message: 'is a whole percentage from 1 to 100' };
  // 50 means "more than half"; below that a minority could decide, at 100 nothing could pass.
  if (!Number.isInteger(rule.majorityPercent) || rule.majorityPercent < 50 || rule.majorityPercent > 99)
    return { field: 'majorityPercent', message: 'is a whole percentage from 50 to 99' };
  return null;
}

/** The rule in words, as members read it beside a proposal. */
export function ruleInWords(rule: DecisionRule): { nl: string; en: string } {
  return {
    nl: `Minstens ${rule.quorumPercent}% van de leden stemt, en meer dan ${rule.majorityPercent}% van de stemmen voor en tegen is voor.`,
    en: `At least ${rule.quorumPercent}% of the members vote, and more than ${rule.majorityPercent}% of the votes for and against are for.`,
  };
}

export function periodRefused(opensAt: Date, closesAt: Date): FieldError | null {
  const hours = (closesAt.getTime() - opensAt.getTime()) / 3_600_000;
  if (hours < MIN_VOTING_HOURS) return { field: 'closesAt', message: `is at least ${MIN_VOTING_HOURS} hours after the proposal opens` };
  if (hours > MAX_VOTING_DAYS * 24) return { field: 'closesAt', message: `is at most ${MAX_VOTING_DAYS} days after the proposal opens` };
  return null;
}

export interface ProposalSubject {
  kind: TeamProposalKind;
  amountCents?: number | null;
  subject?: string | null;
  theme?: string | null;
  focusYear?: number | null;
}

/** Each kind says what it is about with its own fields, and nothing else. */
export function subjectRefused(proposal: ProposalSubject, currentYear: number): FieldError | null {
  const { kind, amountCents, subject, theme, focusYear } = proposal;
  const has = (value: unknown) => value !== null && value !== undefined && value !== '';
  if (kind === TeamProposalKind.SPEND_BUDGET) {
    if (!has(amountCents)) return { field: 'amount', message: 'is required to spend money' };
    if (amountCents! > MAX_SPEND_CENTS) return { field: 'amount.cents', message: `is at most ${MAX_SPEND_CENTS} cents` };
    if (!has(subject?.trim())) return { field: 'subject', message: 'says what the money is for' };
  } else if (has(amountCents)) return { field: 'amount', message: 'is only for a SPEND_BUDGET proposal' };
  if (kind === TeamProposalKind.NEW_ACTIVITY_SERIES) {
    if (!has(subject?.trim())) return { field: 'subject', message: 'names the activity series' };
    if (!has(theme)) return { field: 'theme', message: 'is required for an activity series' };
  }
  if (kind === TeamProposalKind.THEME_FOCUS) {
    if (!has(theme)) return { field: 'theme', message: 'is the theme to focus on' };
    if (!has(focusYear)) return { field: 'focusYear', message: 'is the year of the focus' };
    if (focusYear! < currentYear || focusYear! > currentYear + 1) return { field: 'focusYear', message: 'is this year or next' };
  } else if (has(focusYear)) return { field: 'focusYear', message: 'is only for a THEME_FOCUS proposal' };
  return null;
}

export interface Tally {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  /** Members of the team when the votes were counted. */
  eligible: number;
}

export interface Outcome {
  turnoutPercent: number;
  quorumMet: boolean;
  majorityMet: boolean;
  status: TeamProposalStatus.ACCEPTED | TeamProposalStatus.REJECTED;
}

/**
 * Accepted when enough members voted (abstaining counts as voting) and FOR is more than the majority share of the votes
 * for and against. Integer comparisons, so 50% of 7 members is met by 4 votes and not by 3, with no rounding.
 */
export function decide(tally: Tally, rule: DecisionRule): Outcome {
  const voted = tally.votesFor + tally.votesAgainst + tally.abstentions;
  const quorumMet = tally.eligible > 0 && voted * 100 >= rule.quorumPercent * tally.eligible;
  const choosing = tally.votesFor + tally.votesAgainst;
  const majorityMet = choosing > 0 && tally.votesFor * 100 > rule.majorityPercent * choosing;
  const turnoutPercent = tally.eligible > 0 ? Math.round((voted * 1000) / tally.eligible) / 10 : 0;
  return {
    turnoutPercent,
    quorumMet,
    majorityMet,
    status: quorumMet && majorityMet ? TeamProposalStatus.ACCEPTED : TeamProposalStatus.REJECTED,
  };
}
