import { ageOn } from './allowance.rules';

/**
 * People on social assistance (bijstand). Source: Participatiewet art. 31 lid 2 onder j (a volunteer allowance up to
 * the fiscal limits does not count as income) and the municipalities' policy on vrijwilligersvergoedingen under it:
 * for people under 27 the municipality's duty to guide them to work or education comes first, so they may be
 * reimbursed proven costs only, unless the municipality agrees in writing to an allowance. Costs stay payable
 * regardless; only allowances (flat and hourly) wait for the consent.
 */
export const SOCIAL_ASSISTANCE_RULE = {
  source: 'Participatiewet art. 31 lid 2 onder j; gemeentelijk beleid vrijwilligersvergoeding (onder 27 in de bijstand: alleen onkosten)',
  /** From this age the allowance is allowed without the municipality's consent. */
  ageWithoutConsent: 27,
} as const;

/** What finance knows of the fact (from SocialAssistanceChanged): the periods and the dates of the consents. */
export interface SocialAssistanceFacts {
  periods: { since: string; until: string | null }[];
  consents: string[];
}

/** YYYY-MM-DD of the last day of a YYYY-MM month. */
function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Whether an allowance for this month must wait for the municipality's consent: the person was under 27 on the
 * first of the month (as for the hourly maximum), received bijstand on any day of it, and no consent is recorded.
 * A consent covers the allowances held before it: the municipality's letter says whether someone may receive one.
 * Without a birth date (never known, or erased) the rule cannot apply.
 */
export function allowanceNeedsMunicipalConsent(facts: SocialAssistanceFacts | null, dateOfBirth: string | null, month: string): boolean {
  if (!facts || !dateOfBirth || facts.consents.length > 0) return false;
  if (ageOn(dateOfBirth, `${month}-01`) >= SOCIAL_ASSISTANCE_RULE.ageWithoutConsent) return false;
  const first = `${month}-01`;
  const last = lastDayOf(month);
  return facts.periods.some((period) => period.since <= last && (period.until === null || period.until >= first));
}

export const SOCIAL_ASSISTANCE_REFUSAL =
  'Onder de 27 en in de bijstand: alleen onkosten worden vergoed, een vrijwilligersvergoeding pas na schriftelijke toestemming van de gemeente. ' +
  "(Under 27 and on social assistance: only costs are reimbursed; an allowance needs the municipality's written consent.)";

/** What anyone but an admin hears: the refusal, without the sensitive reason. */
export const WITHHELD_REFUSAL =
  'Deze vergoeding kan nu niet worden betaald; de administratie van de stichting kan zien waarom. ' +
  '(This allowance cannot be paid now; the foundation’s administration can see why.)';
