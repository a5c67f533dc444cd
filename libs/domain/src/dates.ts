/** Calendar dates (`YYYY-MM-DD`) as the foundation's people mean them: in Europe/Amsterdam. */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayInAmsterdam(now: Date = new Date()): string {
  return AMSTERDAM_DATE.format(now);
}

export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Adds whole years; 29 February becomes 28 February in a non-leap year. */
export function addYears(localDate: string, years: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

const AMSTERDAM_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock time in Amsterdam of an instant, read as if it were UTC (milliseconds). */
function amsterdamWallClock(instant: Date): number {
  const parts = Object.fromEntries(AMSTERDAM_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/**
 * The same Amsterdam wall-clock time `days` later (the Tuesday coffee morning stays at 10:00 across the change
 * to and from summer time), and likewise for whole months (day of month clamped to the month's length).
 */
export function shiftKeepingAmsterdamTime(instant: Date, { days = 0, months = 0 }: { days?: number; months?: number }): Date {
  const wall = new Date(amsterdamWallClock(instant));
  const targetMonthStart = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + months, 1);
  const lastDay = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + months + 1, 0)).getUTCDate();
  const targetWall = targetMonthStart + (Math.min(wall.getUTCDate(), lastDay) - 1 + days) * 86_400_000 + (wall.getTime() % 86_400_000);
  // The offset to UTC is that of the target moment itself; two rounds settle it even next to a DST change.
  let guess = targetWall - (amsterdamWallClock(new Date(targetWall)) - targetWall);
  guess = targetWall - (amsterdamWallClock(new Date(guess)) - guess);
  return new Date(guess);
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
