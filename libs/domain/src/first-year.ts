import { addYears, daysBetween } from './dates';

/** The foundation's promise to funders: this many extra volunteer hours in a neighbourhood's first year. */
export const FIRST_YEAR_PROMISE_HOURS = { low: 5_000, high: 10_000 } as const;

export interface FirstYearWindow {
  from: string;
  /** The day before the first anniversary. */
  until: string;
  days: number;
  /** Days of the first year begun by `today`: 0 before the start, all of them once it is over. */
  elapsedDays: number;
}

/** The first year from a start, and how far `today` is into it (what a pro-rata share of the promise uses). */
export function firstYearWindow(startsOn: string, today: string): FirstYearWindow {
  const anniversary = addYears(startsOn, 1);
  const days = daysBetween(startsOn, anniversary);
  const until = new Date(Date.parse(`${anniversary}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from: startsOn, until, days, elapsedDays: Math.min(Math.max(daysBetween(startsOn, today) + 1, 0), days) };
}
