import type { FieldError } from '@buurtvolk/subgraph-kit';

/** The phases of a team's 4 to 6 years, in the order a team goes through them. */
export enum TeamPhase {
  EXPLORATION = 'EXPLORATION',
  START = 'START',
  BUILDING_UP = 'BUILDING_UP',
  SELF_RELIANT = 'SELF_RELIANT',
  HAND_OVER = 'HAND_OVER',
  CLOSED = 'CLOSED',
}

export const PHASE_ORDER: readonly TeamPhase[] = [
  TeamPhase.EXPLORATION,
  TeamPhase.START,
  TeamPhase.BUILDING_UP,
  TeamPhase.SELF_RELIANT,
  TeamPhase.HAND_OVER,
  TeamPhase.CLOSED,
];

export interface ChecklistItemDefinition {
  /** Stable key, as sent when ticking the item. */
  key: string;
  labelNl: string;
  labelEn: string;
}

/** What the foundation checks in each phase (its own list; a change here changes every team's checklist). */
export const PHASE_CHECKLIST: Readonly<Record<TeamPhase, readonly ChecklistItemDefinition[]>> = {
  [TeamPhase.EXPLORATION]: [
    { key: 'NEIGHBOURHOOD_SCAN_DONE', labelNl: 'Buurtscan gedaan', labelEn: 'Neighbourhood scan done' },
    { key: 'FUNDING_AGREED', labelNl: 'Financiering met partners afgesproken', labelEn: 'Funding agreed with partners' },
    { key: 'START_DECIDED', labelNl: 'Besluit tot start genomen', labelEn: 'Decision to start taken' },
  ],
  [TeamPhase.START]: [
    { key: 'FIRST_YEAR_PROMISE_RECORDED', labelNl: 'Eerstejaarsbelofte vastgelegd', labelEn: 'First-year promise recorded' },
    { key: 'COACH_ASSIGNED', labelNl: 'Coach toegewezen', labelEn: 'Coach assigned' },
    { key: 'FIRST_MEMBERS_JOINED', labelNl: 'Eerste teamleden aangesloten', labelEn: 'First members joined' },
  ],
  [TeamPhase.BUILDING_UP]: [
    { key: 'COORDINATORS_TRAINED', labelNl: 'Coördinatoren getraind', labelEn: 'Coordinators trained' },
    { key: 'FIRST_YEAR_PROMISE_ASSESSED', labelNl: 'Eerstejaarsbelofte beoordeeld', labelEn: 'First-year promise assessed' },
    { key: 'TEAM_AT_SIZE', labelNl: 'Team op sterkte (15–25 leden)', labelEn: 'Team at size (15–25 members)' },
  ],
  [TeamPhase.SELF_RELIANT]: [
    { key: 'TEAM_PLANS_OWN_YEAR', labelNl: 'Team maakt zelf het jaarplan', labelEn: 'Team makes its own year plan' },
    { key: 'TEAM_RUNS_OWN_ADMINISTRATION', labelNl: 'Team doet zelf de administratie', labelEn: 'Team runs its own administration' },
  ],
  [TeamPhase.HAND_OVER]: [
    {
      key: 'LOCAL_PARTNER_FOUND',
      labelNl: 'Lokale partner gevonden die overneemt',
      labelEn: 'Local partner found to take over',
    },
    { key: 'HAND_OVER_AGREED', labelNl: 'Overdracht schriftelijk vastgelegd', labelEn: 'Hand-over agreed in writing' },
    { key: 'FOLLOW_UP_PLANNED', labelNl: 'Nameting na 12 en 24 maanden gepland', labelEn: 'Follow-up at 12 and 24 months planned' },
  ],
  [TeamPhase.CLOSED]: [
    { key: 'FINAL_REPORT_SHARED', labelNl: 'Eindverslag gedeeld met partners', labelEn: 'Final report shared with partners' },
    { key: 'ACCOUNTS_CLOSED', labelNl: 'Financiën afgesloten', labelEn: 'Accounts closed' },
  ],
};

/** The phase an item belongs to; null for a key the checklist does not have. */
export function phaseOfItem(key: string): TeamPhase | null {
  return PHASE_ORDER.find((phase) => PHASE_CHECKLIST[phase].some((item) => item.key === key)) ?? null;
}

export function isAfter(phase: TeamPhase, other: TeamPhase): boolean {
  return PHASE_ORDER.indexOf(phase) > PHASE_ORDER.indexOf(other);
}

/**
 * Whether a team may enter `next` on `enteredOn`: forward only, on or after the date it entered its current phase and
 * not in the future. An admin's correction (with a note saying why) may set any phase and date that is not in the future.
 */
export function refusedMove(
  current: { phase: TeamPhase; enteredOn: string } | null,
  next: { phase: TeamPhase; enteredOn: string; correction: boolean; note?: string | null },
  today: string,
): FieldError | null {
  if (next.enteredOn > today) return { field: 'enteredOn', message: 'lies in the future: record a phase on the day it began' };
  if (next.correction) return next.note?.trim() ? null : { field: 'note', message: 'says why, required with a correction' };
  if (!current) return null;
  if (!isAfter(next.phase, current.phase))
    return {
      field: 'phase',
      message: `moves forward only: the team is in ${current.phase}; an admin corrects a mistake with correction: true`,
    };
  if (next.enteredOn < current.enteredOn)
    return { field: 'enteredOn', message: `is before ${current.enteredOn}, when the team entered ${current.phase}` };
  return null;
}

/** Measured after hand-over to show whether the effect lasts. */
export const FOLLOW_UP_MONTHS: readonly number[] = [12, 24];

/** A date `months` later; the day clamped to the month's length (31 March + 12 months = 31 March, + 11 = 29 February or 28). */
export function addMonths(localDate: string, months: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(first.getUTCFullYear(), 4)}-${pad(first.getUTCMonth() + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** When the follow-up measurements fall due after a hand-over on `handOverOn`. */
export function followUpSchedule(handOverOn: string): { monthsAfterHandOver: number; dueOn: string }[] {
  return FOLLOW_UP_MONTHS.map((months) => ({ monthsAfterHandOver: months, dueOn: addMonths(handOverOn, months) }));
}

/** Goals are set at the start of a year: for this year or the next (admins may correct any year). */
export function goalsYearRefused(year: number, today: string, isAdmin: boolean): FieldError | null {
  const thisYear = Number(today.slice(0, 4));
  if (isAdmin || year === thisYear || year === thisYear + 1) return null;
  return { field: 'year', message: `goals are set for ${thisYear} or ${thisYear + 1}` };
}

/** What went well and what not is said about a year that has begun. */
export function reflectionYearRefused(year: number, today: string): FieldError | null {
  return year > Number(today.slice(0, 4)) ? { field: 'year', message: 'has not begun yet' } : null;
}
