import { TIME_ZONE } from '../../format/format';

/** The clock on an Amsterdam wall at an instant, as milliseconds of a UTC date with the same digits. */
function amsterdamWallClock(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

/**
 * The instant an Amsterdam date and clock time (`2026-07-01`, `14:30`) stand for, as an ISO string for a `DateTime`.
 * The offset is that of the moment itself (summer time +2, winter time +1); two rounds settle it next to a change.
 * A time the clock skips (02:30 on the last Sunday of March) becomes the hour after it.
 */
export function amsterdamInstant(date: string, time: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let guess = wall - (amsterdamWallClock(wall) - wall);
  guess = wall - (amsterdamWallClock(guess) - guess);
  return new Date(guess).toISOString();
}

/** A calendar date some months on, keeping the day of the month, clamped to a shorter month (31 January → 28 February). */
export function addMonthsKeepingDay(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

export type Frequency = 'WEEKLY' | 'MONTHLY';

/** The date of each of `count` occurrences of a series that starts on `date`, as the activities service plans them. */
export function seriesDates(date: string, frequency: Frequency, count: number): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    if (frequency === 'MONTHLY') return addMonthsKeepingDay(date, i);
    const day = new Date(`${date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 7 * i);
    return day.toISOString().slice(0, 10);
  });
}

/** The `until` of a series of `count` occurrences: the day of the last one, so the next falls after it. */
export function seriesUntil(date: string, frequency: Frequency, count: number): string {
  return seriesDates(date, frequency, count).at(-1) ?? date;
}
