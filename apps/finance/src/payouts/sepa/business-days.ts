/**
 * SEPA business days: the days TARGET2 is open, Monday to Friday except New Year's Day, Good Friday, Easter Monday,
 * 1 May and 25–26 December. Dates are YYYY-MM-DD strings.
 */
function easterSunday(year: number): Date {
  // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const shifted = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export function isSepaBusinessDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  if ([0, 6].includes(date.getUTCDay())) return false;
  const year = date.getUTCFullYear();
  const easter = easterSunday(year);
  const closed = [`${year}-01-01`, iso(shifted(easter, -2)), iso(shifted(easter, 1)), `${year}-05-01`, `${year}-12-25`, `${year}-12-26`];
  return !closed.includes(day);
}

/** The business day `count` business days before `day` (count 0: `day` itself, or the business day before it). */
export function businessDaysBefore(day: string, count: number): string {
  let date = new Date(`${day}T00:00:00Z`);
  while (!isSepaBusinessDay(iso(date))) date = shifted(date, -1);
  for (let left = count; left > 0;) {
    date = shifted(date, -1);
    if (isSepaBusinessDay(iso(date))) left -= 1;
  }
  return iso(date);
}
