import { byPerson, byWeek, isoWeek } from './approve-hours-groups';

describe('grouping hours for approval', () => {
  it('numbers weeks as ISO 8601 does, also around the turn of the year', () => {
    expect(isoWeek('2026-12-02')).toBe(49);
    expect(isoWeek('2026-11-30')).toBe(49);
    expect(isoWeek('2026-12-06')).toBe(49);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2025-12-29')).toBe(1);
    expect(isoWeek('2026-01-05')).toBe(2);
  });

  it('puts a person’s entries in weeks, newest week first and by date within a week', () => {
    const entry = (id: string, entryDate: string) => ({ id, version: 1, entryDate, minutes: 60, theme: 'HEALTH' });
    const weeks = byWeek([entry('a', '2026-11-25'), entry('b', '2026-12-02'), entry('c', '2026-11-30')]);
    expect(weeks.map((week) => [week.week, week.monday, week.sunday, week.entries.map((e) => e.id)])).toEqual([
      [49, '2026-11-30', '2026-12-06', ['c', 'b']],
      [48, '2026-11-23', '2026-11-29', ['a']],
    ]);
  });

  it('lists people by name with the coordinator’s own entries last and leaves out people with none', () => {
    const one = [{ id: 'x', version: 1, entryDate: '2026-12-01', minutes: 30, theme: 'HEALTH' }];
    const people = byPerson(
      [
        { volunteerId: 'me', displayName: 'Anna', entries: one },
        { volunteerId: 'v2', displayName: 'Zeynep', entries: one },
        { volunteerId: 'v3', displayName: 'Bram', entries: one },
        { volunteerId: 'v4', displayName: 'Cor', entries: [] },
      ],
      'me',
    );
    expect(people.map((person) => [person.displayName, person.self])).toEqual([
      ['Bram', false],
      ['Zeynep', false],
      ['Anna', true],
    ]);
  });
});
