import { daysBetween } from '@buurtvolk/domain';
import { type HoursPromise, PromiseStatus } from './report.types';

/** The foundation's promise to funders: this many extra volunteer hours in a neighbourhood's first year. */
export const FIRST_YEAR_HOURS = { minimum: 5_000, maximum: 10_000 };

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Progress of one neighbourhood's first year on `today`: pro rata while it runs, against the range once it is over. */
export function promiseProgress(neighbourhoodId: string, firstYear: { from: string; until: string; minutes: number } | undefined, today: string): HoursPromise {
  const { minimum, maximum } = FIRST_YEAR_HOURS;
  const base = { neighbourhoodId, minimumHours: minimum, maximumHours: maximum };
  if (!firstYear || firstYear.from > today) {
    return { ...base, from: firstYear?.from ?? null, until: firstYear?.until ?? null, hours: 0, percentOfMinimum: 0, expectedByNow: 0, status: PromiseStatus.NOT_STARTED };
  }
  const hours = firstYear.minutes / 60;
  const over = today > firstYear.until;
  const share = over ? 1 : (daysBetween(firstYear.from, today) + 1) / (daysBetween(firstYear.from, firstYear.until) + 1);
  const expectedByNow = minimum * share;
  const status = over
    ? hours < minimum
      ? PromiseStatus.BELOW
      : hours > maximum
        ? PromiseStatus.ABOVE
        : PromiseStatus.WITHIN
    : hours >= expectedByNow
      ? PromiseStatus.ON_TRACK
      : PromiseStatus.BEHIND;
  return { ...base, from: firstYear.from, until: firstYear.until, hours: round1(hours), percentOfMinimum: round1((hours / minimum) * 100), expectedByNow: round1(expectedByNow), status };
}
