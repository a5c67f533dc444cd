import { addYears, daysBetween } from '@buurtvolk/domain';
import { type FirstYearProgress, PromiseStatus } from './figures.types';

export const PROMISE = { low: 5_000, high: 10_000 };

/** Where a team stands against the first-year promise on `today`, given its approved minutes in that year. */
export function firstYearProgress(startsOn: string, approvedMinutes: number, today: string): FirstYearProgress {
  const end = addYears(startsOn, 1);
  const until = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const approvedHours = round(approvedMinutes / 60);
  const total = daysBetween(startsOn, end);
  const elapsed = Math.min(Math.max(daysBetween(startsOn, today) + 1, 0), total);
  const weeksLeft = (total - elapsed) / 7;
  const needed = (target: number) => (approvedHours >= target || weeksLeft <= 0 ? null : round((target - approvedHours) / weeksLeft));
  let status: PromiseStatus;
  if (today < startsOn) status = PromiseStatus.NOT_STARTED;
  else if (approvedHours >= PROMISE.low) status = PromiseStatus.REACHED;
  else if (today > until) status = PromiseStatus.MISSED;
  else status = approvedHours >= (PROMISE.low * elapsed) / total ? PromiseStatus.ON_TRACK : PromiseStatus.BEHIND;
  return { from: startsOn, until, approvedHours, lowTarget: PROMISE.low, highTarget: PROMISE.high, hoursPerWeekNeededForLow: needed(PROMISE.low), hoursPerWeekNeededForHigh: needed(PROMISE.high), status };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
