import type { WellbeingCheck } from './wellbeing-check.entity';
import { groupChange, personalChange } from './wellbeing.rules';

const check = (id: string, takenOn: string, score: number): WellbeingCheck =>
  ({
    id,
    volunteerId: 'v',
    takenOn,
    language: score,
    socialNetwork: score,
    meaning: score,
    dailyLife: score,
    homeSituation: score,
    mentalHealth: score,
    physicalHealth: score,
    financialHealth: score,
    remark: null,
  }) as WellbeingCheck;

describe('wellbeing change', () => {
  it('compares the first check with the latest, whatever the order they come in', () => {
    const change = personalChange([check('b', '2026-06-01', 7), check('a', '2025-12-01', 4), check('c', '2026-03-01', 5)]);
    expect(change?.[0]).toEqual({ domain: 'LANGUAGE', first: 4, latest: 7, change: 3 });
    expect(change).toHaveLength(8);
  });

  it('has no change for a single check', () => {
    expect(personalChange([check('a', '2025-12-01', 4)])).toBeNull();
  });

  it('averages over the people with two or more checks', () => {
    const summary = groupChange([
      [check('a', '2025-01-01', 4), check('b', '2025-07-01', 6)],
      [check('c', '2025-01-01', 5), check('d', '2025-07-01', 6)],
      [check('e', '2025-01-01', 9)],
    ]);
    expect(summary.people).toBe(2);
    expect(summary.domains[0]).toEqual({ domain: 'LANGUAGE', first: 4.5, latest: 6, change: 1.5 });
  });
});
