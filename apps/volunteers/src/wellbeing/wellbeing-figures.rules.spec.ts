import type { WellbeingCheck } from './wellbeing-check.entity';
import { type ParticipantHistory, yearlyChangeSums } from './wellbeing-figures.rules';

let nextId = 0;
const check = (takenOn: string, score: number, mentalHealth = score): WellbeingCheck =>
  ({
    id: `c${(nextId += 1)}`,
    volunteerId: 'v',
    takenOn,
    language: score,
    socialNetwork: score,
    meaning: score,
    dailyLife: score,
    homeSituation: score,
    mentalHealth,
    physicalHealth: score,
    financialHealth: score,
    remark: null,
  }) as WellbeingCheck;
const since = (from: string, until: string | null = null): ParticipantHistory['memberships'] => [{ from, until }];

describe('a team’s yearly wellbeing figures', () => {
  it('sums, per year, each person’s latest check up to that year’s end minus their intake', () => {
    const years = yearlyChangeSums(
      [
        { memberships: since('2024-01-01'), checks: [check('2024-03-01', 3, 2), check('2025-03-01', 5, 6), check('2026-03-01', 9, 7)] },
        { memberships: since('2025-01-01'), checks: [check('2025-02-01', 4), check('2025-08-01', 6)] },
      ],
      2026,
    );
    expect(years.map(({ year, participants, changeSums }) => [year, participants, changeSums.LANGUAGE, changeSums.MENTAL_HEALTH])).toEqual([
      [2025, 2, 2 + 2, 4 + 2],
      [2026, 1, 6, 5],
    ]);
    // Squared changes over the same people, for intervals: in 2025 LANGUAGE 2² + 2² = 8 and MENTAL_HEALTH (6 − 2)² + 2² = 20;
    // in 2026 only the first counts, LANGUAGE (9 − 3)² = 36 and MENTAL_HEALTH (7 − 2)² = 25.
    expect(years.map(({ year, changeSquareSums }) => [year, changeSquareSums.LANGUAGE, changeSquareSums.MENTAL_HEALTH])).toEqual([
      [2025, 8, 20],
      [2026, 36, 25],
    ]);
    expect(Object.keys(years[0].changeSquareSums)).toEqual(Object.keys(years[0].changeSums));
    expect(Object.keys(years[0].changeSums)).toEqual([
      'LANGUAGE',
      'SOCIAL_NETWORK',
      'MEANING',
      'DAILY_LIFE',
      'HOME_SITUATION',
      'MENTAL_HEALTH',
      'PHYSICAL_HEALTH',
      'FINANCIAL_HEALTH',
    ]);
  });

  it('counts a person only in years with a check of theirs, two checks so far, and a membership overlapping the year', () => {
    const years = yearlyChangeSums(
      [
        // A single check never counts.
        { memberships: since('2023-01-01'), checks: [check('2023-05-01', 2)] },
        // Left at the start of 2025: still counted in 2025, when their membership and a check overlap it, not in 2026.
        {
          memberships: since('2023-01-01', '2025-01-31'),
          checks: [check('2023-05-01', 4), check('2025-06-01', 7), check('2026-06-01', 8)],
        },
        // Left and came back: counted once.
        {
          memberships: [
            { from: '2023-01-01', until: '2023-06-30' },
            { from: '2023-09-01', until: null },
          ],
          checks: [check('2023-02-01', 5), check('2023-11-01', 6)],
        },
      ],
      2026,
    );
    // Squares over the same people as the sums: 2023 (6 − 5)² = 1, 2025 (7 − 4)² = 9.
    expect(
      years.map(({ year, participants, changeSums, changeSquareSums }) => [
        year,
        participants,
        changeSums.MEANING,
        changeSquareSums.MEANING,
      ]),
    ).toEqual([
      [2023, 1, 1, 1],
      [2025, 1, 3, 9],
    ]);
  });

  it('has no years without checks, and none after the current year', () => {
    expect(yearlyChangeSums([], 2026)).toEqual([]);
    expect(
      yearlyChangeSums([{ memberships: since('2026-01-01'), checks: [check('2026-01-10', 4), check('2026-07-10', 5)] }], 2025),
    ).toEqual([]);
  });
});
