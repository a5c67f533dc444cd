import { FIRST_YEAR_PROMISE_HOURS, firstYearWindow } from '@buurtvolk/domain';
import { type FirstYearProgress, PromiseStatus } from './figures.types';

/** Where a team stands against the first-year promise on `today`, given its approved minutes in that year. */
export function firstYearProgress(startsOn: string, approvedMinutes: number, today: string): FirstYearProgress {
  const { until, days: total, elapsedDays: elapsed } = firstYearWindow(startsOn, today);
  const { low, high } = FIRST_YEAR_PROMISE_HOURS;
  const approvedHours = round(approvedMinutes / 60);
  const weeksLeft = (total - elapsed) / 7;
  const needed = (target: number) => (approvedHours >= target || weeksLeft <= 0 ? null : round((target - approvedHours) / weeksLeft));
  let status: PromiseStatus;
  if (today < startsOn) status = PromiseStatus.NOT_STARTED;
  else if (approvedHours >= low) status = PromiseStatus.REACHED;
  else if (today > until) status = PromiseStatus.MISSED;
  else status = approvedHours >= (low * elapsed) / total ? PromiseStatus.ON_TRACK : PromiseStatus.BEHIND;
  return {
    from: startsOn,
    until,
    approvedHours,
    lowTarget: low,
    highTarget: high,
    hoursPerWeekNeededForLow: needed(low),
    hoursPerWeekNeededForHigh: needed(high),
    status,
  };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
