import { promiseProgress } from './promise.rules';
import { PromiseStatus } from './promise.types';

const firstYear = (hours: number) => ({ from: '2026-01-01', minutes: hours * 60 });

describe('the first-year promise of 5,000–10,000 hours', () => {
  it('compares a running first year with the pro-rata share of 5,000', () => {
    // 1 July is day 182 of 365.
    expect(promiseProgress('n', firstYear(2600), '2026-07-01')).toMatchObject({
      status: PromiseStatus.ON_TRACK,
      expectedByNow: 2493.2,
      percentOfMinimum: 52,
    });
    expect(promiseProgress('n', firstYear(2000), '2026-07-01').status).toBe(PromiseStatus.BEHIND);
  });

  it('judges a finished first year against the range', () => {
    expect(promiseProgress('n', firstYear(4999), '2027-01-01').status).toBe(PromiseStatus.BELOW);
    expect(promiseProgress('n', firstYear(5000), '2027-01-01').status).toBe(PromiseStatus.WITHIN);
    expect(promiseProgress('n', firstYear(10_001), '2027-01-01').status).toBe(PromiseStatus.ABOVE);
  });

  it('says not started before the first team starts', () => {
    expect(promiseProgress('n', undefined, '2026-07-01').status).toBe(PromiseStatus.NOT_STARTED);
    expect(promiseProgress('n', firstYear(0), '2025-12-31').status).toBe(PromiseStatus.NOT_STARTED);
  });
});
