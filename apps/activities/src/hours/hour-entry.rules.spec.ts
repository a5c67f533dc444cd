import { firstYearProgress } from '../figures/figures.rules';
import { entryDateProblem } from './hour-entry.rules';

describe('entry dates', () => {
  it('refuses future dates and, except for admins, dates older than the entry period', () => {
    expect(entryDateProblem('2026-11-28', '2026-11-27', true)).toBe('must not be in the future');
    expect(entryDateProblem('2026-09-28', '2026-11-27', false)).toBeNull();
    expect(entryDateProblem('2026-09-27', '2026-11-27', false)).toBe(
      'must be within the last 60 days (older hours are entered by an admin)',
    );
    expect(entryDateProblem('2020-01-01', '2026-11-27', true)).toBeNull();
    expect(entryDateProblem('2026-11-20', '2026-11-27', false, 5)).toMatch(/last 5 days/);
  });
});

describe('first-year promise', () => {
  it('is on track when approved hours keep pace with 5,000 a year, and says the weekly pace still needed', () => {
    const half = firstYearProgress('2026-01-01', 2_600 * 60, '2026-07-01');
    expect(half).toMatchObject({ from: '2026-01-01', until: '2026-12-31', approvedHours: 2600, status: 'ON_TRACK' });
    expect(half.hoursPerWeekNeededForLow).toBeCloseTo(2400 / (183 / 7), 1);
    expect(firstYearProgress('2026-01-01', 2_000 * 60, '2026-07-01').status).toBe('BEHIND');
  });

  it('is reached at 5,000, missed after the year, and not started before the start', () => {
    expect(firstYearProgress('2025-01-01', 5_000 * 60, '2025-06-01')).toMatchObject({ status: 'REACHED', hoursPerWeekNeededForLow: null });
    expect(firstYearProgress('2024-01-01', 4_999 * 60, '2026-01-01')).toMatchObject({ status: 'MISSED', hoursPerWeekNeededForLow: null });
    expect(firstYearProgress('2027-01-01', 0, '2026-11-27').status).toBe('NOT_STARTED');
  });
});
