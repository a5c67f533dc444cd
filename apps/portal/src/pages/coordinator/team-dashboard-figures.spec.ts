import { firstYearMonths, formatMonth } from './team-dashboard-figures';

describe('the first year month by month', () => {
  const window = { from: '2024-03-01', until: '2025-02-28', lowTarget: 5000, highTarget: 10000 };

  it('adds approved hours up per month and draws both targets as straight lines to the last day', () => {
    const rows = firstYearMonths(
      window,
      new Map([
        ['2024-03', 100],
        ['2024-05', 50.25],
        ['2025-02', 10],
      ]),
      '2026-12-02',
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: '2024-03', approved: 100, cumulative: 100, paceLow: 424.7, paceHigh: 849.3 });
    expect(rows[2].cumulative).toBeCloseTo(150.3, 5);
    expect(rows[11]).toEqual({ month: '2025-02', approved: 10, cumulative: 160.3, paceLow: 5000, paceHigh: 10000 });
  });

  it('leaves the months still to come without hours', () => {
    const rows = firstYearMonths({ ...window, from: '2026-09-01', until: '2027-08-31' }, new Map([['2026-11', 5]]), '2026-12-02');
    expect(rows.map((row) => row.cumulative)).toEqual([0, 0, 5, 5, null, null, null, null, null, null, null, null]);
    expect(rows[0].month).toBe('2026-09');
    expect(rows[11].month).toBe('2027-08');
  });

  it('names months in the person’s language', () => {
    expect(formatMonth('2025-03', 'nl', 'long')).toBe('maart 2025');
    expect(formatMonth('2025-03', 'en', 'long')).toBe('March 2025');
  });
});
