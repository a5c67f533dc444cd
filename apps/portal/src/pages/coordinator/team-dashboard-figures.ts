import { addDays, type Language, LOCALES } from '../../format/format';

export interface FirstYearMonth {
  /** `YYYY-MM` */
  month: string;
  /** Approved in the month; null for a month still to come. */
  approved: number | null;
  /** Approved from the start up to the month's end; null for a month still to come. */
  cumulative: number | null;
  /** Where a team on a steady pace to each target would be at the month's end. */
  paceLow: number;
  paceHigh: number;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

function nextMonth(month: string): string {
  return addDays(`${lastDayOfMonth(month)}`, 1).slice(0, 7);
}

/**
 * The first year month by month: approved hours added up, against the straight lines from 0 at the start to each
 * target on the last day. Months after `today` have no hours yet. Approved hours come per calendar month, so a
 * first year that starts mid-month counts its first and last months whole.
 */
export function firstYearMonths(
  window: { from: string; until: string; lowTarget: number; highTarget: number },
  approvedByMonth: Map<string, number>,
  today: string,
): FirstYearMonth[] {
  const totalDays = daysBetween(window.from, window.until) + 1;
  const rows: FirstYearMonth[] = [];
  let cumulative = 0;
  for (let month = window.from.slice(0, 7); month <= window.until.slice(0, 7); month = nextMonth(month)) {
    const end = lastDayOfMonth(month) < window.until ? lastDayOfMonth(month) : window.until;
    const share = Math.min(1, (daysBetween(window.from, end) + 1) / totalDays);
    const started = month <= today.slice(0, 7);
    const approved = started ? (approvedByMonth.get(month) ?? 0) : null;
    cumulative += approved ?? 0;
    rows.push({
      month,
      approved,
      cumulative: started ? round1(cumulative) : null,
      paceLow: round1(window.lowTarget * share),
      paceHigh: round1(window.highTarget * share),
    });
  }
  return rows;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A calendar month as people say it, e.g. "mrt. 2025" or "Mar 2025". */
export function formatMonth(month: string, language: Language, style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(LOCALES[language], { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
