import { FIRST_YEAR_PROMISE_HOURS, firstYearWindow } from '@buurtvolk/domain';
import { baselineMinutes, type BaselineInput } from './method.rules';
import { type HoursPromise, PromiseStatus } from './promise.types';

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Progress of one neighbourhood's first year on `today`: pro rata while it runs, against the range once it is over.
 * The promise is of extra hours, so it is measured in net hours: gross less the neighbourhood's baseline (its hours a
 * year pro rata over the days elapsed, or its share of the gross hours).
 */
export function promiseProgress(
  neighbourhoodId: string,
  firstYear: { from: string; minutes: number } | undefined,
  today: string,
  baseline?: BaselineInput,
): HoursPromise {
  const { low: minimum, high: maximum } = FIRST_YEAR_PROMISE_HOURS;
  const base = { neighbourhoodId, minimumHours: minimum, maximumHours: maximum };
  const window = firstYear && firstYearWindow(firstYear.from, today);
  if (!firstYear || !window || firstYear.from > today) {
    return {
      ...base,
      from: window?.from ?? null,
      until: window?.until ?? null,
      hours: 0,
      grossHours: 0,
      baselineHours: 0,
      percentOfMinimum: 0,
      expectedByNow: 0,
      status: PromiseStatus.NOT_STARTED,
    };
  }
  const baseMinutes = baseline ? baselineMinutes(baseline, firstYear.minutes, window.elapsedDays, window.days) : 0;
  const hours = (firstYear.minutes - baseMinutes) / 60;
  const over = today > window.until;
  const expectedByNow = (minimum * window.elapsedDays) / window.days;
  const status = over
    ? hours < minimum
      ? PromiseStatus.BELOW
      : hours > maximum
        ? PromiseStatus.ABOVE
        : PromiseStatus.WITHIN
    : hours >= expectedByNow
      ? PromiseStatus.ON_TRACK
      : PromiseStatus.BEHIND;
  return {
    ...base,
    from: window.from,
    until: window.until,
    hours: round1(hours),
    grossHours: round1(firstYear.minutes / 60),
    baselineHours: round1(baseMinutes / 60),
    percentOfMinimum: round1((hours / minimum) * 100),
    expectedByNow: round1(expectedByNow),
    status,
  };
}
