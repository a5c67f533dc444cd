/**
 * Dates, times, money and numbers as Dutch people read them, always in Amsterdam time whatever the device's own zone.
 * Money and numbers follow nl-NL in both languages (a comma for decimals); dates use English month names in English,
 * in the Dutch day-month-year order (en-GB).
 */
export type Language = 'nl' | 'en';

export const TIME_ZONE = 'Europe/Amsterdam';
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const NUMBER_LOCALE = 'nl-NL';

/** A calendar date (`2026-12-02`), never shifted by a time zone. */
export function formatLocalDate(date: string, language: Language, style: 'long' | 'short' | 'weekday' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: 'numeric', month: 'short' }
      : style === 'weekday'
        ? { weekday: 'long', day: 'numeric', month: 'long' }
        : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** An instant as a day and a time in Amsterdam, e.g. "woensdag 2 december 14:30". */
export function formatDateTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(instant));
}

export function formatTime(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(new Date(instant));
}

/** Integer cents as an amount, e.g. 123456 EUR → "€ 1.234,56". */
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat(NUMBER_LOCALE, { style: 'currency', currency }).format(cents / 100);
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits }).format(value);
}

/** Minutes as hours with at most two decimals, e.g. 90 → "1,5". */
export function formatHours(minutes: number): string {
  return formatNumber(minutes / 60, 2);
}

/** Today's date in Amsterdam, `YYYY-MM-DD`. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDate(now);
}

export function amsterdamDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    instant,
  );
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The Monday of the ISO week a calendar date falls in. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday);
  return day.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** `YYYY-MM` of a calendar date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The instant a calendar day starts in Amsterdam, as an ISO string for a `DateTime` argument. */
export function startOfAmsterdamDay(date: string): string {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // Amsterdam is 1 or 2 hours ahead of UTC; at UTC midnight its clock shows that offset as the hour.
  const offsetHours = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(utcMidnight),
  );
  return new Date(utcMidnight.getTime() - offsetHours * 3_600_000).toISOString();
}
