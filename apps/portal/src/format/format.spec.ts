import {
  addDays,
  formatDateTime,
  formatHours,
  formatLocalDate,
  formatMoney,
  formatNumber,
  mondayOf,
  startOfAmsterdamDay,
  todayInAmsterdam,
} from './format';

// Intl puts a narrow no-break space in some formats; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Dutch formats', () => {
  it('writes money as Dutch people read it', () => {
    expect(plain(formatMoney(123456, 'EUR'))).toBe('€ 1.234,56');
    expect(plain(formatMoney(-50, 'EUR'))).toBe('€ -0,50');
  });

  it('writes a calendar date without shifting it to another day', () => {
    expect(formatLocalDate('2026-12-02', 'nl')).toBe('2 december 2026');
    expect(formatLocalDate('2026-12-02', 'en')).toBe('2 December 2026');
    expect(formatLocalDate('2026-01-01', 'nl', 'weekday')).toBe('donderdag 1 januari');
  });

  it('shows instants in Amsterdam time, winter and summer', () => {
    expect(plain(formatDateTime('2026-12-02T13:30:00Z', 'nl'))).toBe('woensdag 2 december om 14:30');
    expect(plain(formatDateTime('2026-07-01T13:30:00Z', 'nl'))).toBe('woensdag 1 juli om 15:30');
    expect(plain(formatDateTime('2026-07-01T13:30:00Z', 'en'))).toBe('Wednesday 1 July at 15:30');
  });

  it('writes hours with a decimal comma', () => {
    expect(formatHours(90)).toBe('1,5');
    expect(formatHours(20)).toBe('0,33');
    expect(formatNumber(10000)).toBe('10.000');
  });

  it("knows today's date in Amsterdam around midnight", () => {
    expect(todayInAmsterdam(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(todayInAmsterdam(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayInAmsterdam(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-12-02')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('days in Amsterdam', () => {
  it('starts a winter day at 23:00 UTC and a summer day at 22:00 UTC the day before', () => {
    expect(startOfAmsterdamDay('2026-12-02')).toBe('2026-12-01T23:00:00.000Z');
    expect(startOfAmsterdamDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
  });
});
