/** Calendar dates (`YYYY-MM-DD`) as the foundation's people mean them: in Europe/Amsterdam. */
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

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
