import { addDays, mondayOf } from '../../format/format';

/** What the approval list needs of an entry. */
export interface PendingEntry {
  id: string;
  version: number;
  entryDate: string;
  minutes: number;
  theme: string;
  description?: string | null;
}

export interface WeekGroup {
  /** `YYYY-MM-DD` of the week's Monday: unique across years, unlike the week number. */
  monday: string;
  sunday: string;
  week: number;
  entries: PendingEntry[];
}

export interface PersonGroup {
  volunteerId: string;
  displayName: string;
  /** The signed-in coordinator: nobody approves their own hours. */
  self: boolean;
  weeks: WeekGroup[];
}

/** The ISO 8601 week number of a calendar date (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): number {
  const thursday = new Date(`${addDays(mondayOf(date), 3)}T00:00:00Z`);
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstOfYear) / 86_400_000 / 7) + 1;
}

/** One person's entries in weeks, newest week first, each week's entries by date. */
export function byWeek(entries: PendingEntry[]): WeekGroup[] {
  const weeks = new Map<string, PendingEntry[]>();
  for (const entry of entries) {
    const monday = mondayOf(entry.entryDate);
    weeks.set(monday, [...(weeks.get(monday) ?? []), entry]);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([monday, inWeek]) => ({
      monday,
      sunday: addDays(monday, 6),
      week: isoWeek(monday),
      entries: [...inWeek].sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.id.localeCompare(b.id)),
    }));
}

/** People with entries waiting, by name; the coordinator's own entries last, since they cannot act on them. */
export function byPerson(
  people: { volunteerId: string; displayName: string; entries: PendingEntry[] }[],
  selfId: string | undefined,
): PersonGroup[] {
  return people
    .filter((person) => person.entries.length > 0)
    .map((person) => ({
      volunteerId: person.volunteerId,
      displayName: person.displayName,
      self: person.volunteerId === selfId,
      weeks: byWeek(person.entries),
    }))
    .sort((a, b) => Number(a.self) - Number(b.self) || a.displayName.localeCompare(b.displayName, 'nl'));
}
