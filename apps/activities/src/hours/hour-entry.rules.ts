import { daysBetween } from '@buurtvolk/domain';

/** How old an entry may be when a volunteer or coordinator enters it; admins may enter older ones. */
export function maxEntryAgeDays(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.HOURS_MAX_AGE_DAYS);
  return Number.isInteger(configured) && configured > 0 ? configured : 60;
}

export const MINUTES_PER_DAY = 24 * 60;

/** What is wrong with the date of an entry, or null. */
export function entryDateProblem(date: string, today: string, byAdmin: boolean, maxAge = maxEntryAgeDays()): string | null {
  if (date > today) return 'must not be in the future';
  if (!byAdmin && daysBetween(date, today) > maxAge) return `must be within the last ${maxAge} days (older hours are entered by an admin)`;
  return null;
}
