import { addMonthsKeepingDay, amsterdamInstant, seriesDates, seriesUntil } from './plan-time';

describe('Amsterdam clock times as instants', () => {
  it('takes two hours off in summer time and one in winter time', () => {
    expect(amsterdamInstant('2026-07-01', '14:30')).toBe('2026-07-01T12:30:00.000Z');
    expect(amsterdamInstant('2026-12-02', '14:30')).toBe('2026-12-02T13:30:00.000Z');
  });

  it('uses the offset of the day itself around the changes', () => {
    // Summer time starts on 29 March 2026 at 02:00 and ends on 25 October 2026 at 03:00.
    expect(amsterdamInstant('2026-03-28', '19:00')).toBe('2026-03-28T18:00:00.000Z');
    expect(amsterdamInstant('2026-03-29', '19:00')).toBe('2026-03-29T17:00:00.000Z');
    expect(amsterdamInstant('2026-10-24', '19:00')).toBe('2026-10-24T17:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '19:00')).toBe('2026-10-25T18:00:00.000Z');
    expect(amsterdamInstant('2026-03-29', '00:30')).toBe('2026-03-28T23:30:00.000Z');
  });

  it('moves a time the clock skips to the hour after', () => {
    expect(amsterdamInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('keeps midnight on its own day', () => {
    expect(amsterdamInstant('2026-01-01', '00:00')).toBe('2025-12-31T23:00:00.000Z');
  });
});

describe('series dates', () => {
  it('steps a week at a time, also across a change of summer time', () => {
    expect(seriesDates('2026-10-20', 'WEEKLY', 3)).toEqual(['2026-10-20', '2026-10-27', '2026-11-03']);
    expect(seriesUntil('2026-10-20', 'WEEKLY', 3)).toBe('2026-11-03');
  });

  it('keeps the day of the month, clamped to short months', () => {
    expect(addMonthsKeepingDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsKeepingDay('2026-11-15', 2)).toBe('2027-01-15');
    expect(seriesDates('2026-01-31', 'MONTHLY', 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(seriesUntil('2026-01-31', 'MONTHLY', 3)).toBe('2026-03-31');
  });

  it('gives the start date for a series of one', () => {
    expect(seriesUntil('2026-05-05', 'WEEKLY', 1)).toBe('2026-05-05');
  });
});
