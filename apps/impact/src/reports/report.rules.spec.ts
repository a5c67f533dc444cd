import { Theme } from '@buurtvolk/domain';
import type { RawFigures, ReportScope } from './report.queries';
import { agreementPeriod, reportFigures, yearPeriod } from './report.rules';

const TEAM_A = '00000000-0000-4000-8000-00000000000a';
const TEAM_B = '00000000-0000-4000-8000-00000000000b';

const scope: ReportScope = { key: 'test', teamIds: [TEAM_A, TEAM_B], neighbourhoodIds: [], agreementId: null, ...yearPeriod(2026) };
const empty: RawFigures = {
  hours: [],
  activities: [],
  members: [],
  certificates: [],
  wellbeing: [],
  costs: [],
  agreements: [],
  areaCosts: [],
  funders: [],
  allowances: [],
  neighbourhoodMinutes: [],
};
const figures = (raw: Partial<RawFigures>, hidesSmall: boolean, today = '2026-04-15') =>
  reportFigures({
    scope,
    raw: { ...empty, ...raw },
    firstYears: [],
    surveyWaves: [],
    visibleAgreements: [],
    hidesSmall,
    today,
    baselines: new Map(),
  });

describe('the figures of a report', () => {
  it('lists every month up to this one, the empty ones as zero, so a chart has no gaps', () => {
    const report = figures({ hours: [{ teamId: TEAM_A, month: '2026-03', theme: Theme.HEALTH, minutes: 90, entries: 2 }] }, false);
    expect(report.months.map((month) => [month.month, month.hours])).toEqual([
      ['2026-01', 0],
      ['2026-02', 0],
      ['2026-03', 1.5],
      ['2026-04', 0],
    ]);
    expect(report.totalHours).toBe(1.5);
  });

  it('hides from partners a count of people that a team under 10 would give away, and shows it to admins', () => {
    const members = [
      { teamId: TEAM_A, active: 20, joined: 4, left: 0 },
      { teamId: TEAM_B, active: 5, joined: 1, left: 0 },
    ];
    expect(figures({ members }, true).volunteers).toEqual({ active: null, joined: null, left: null });
    expect(figures({ members }, false).volunteers).toEqual({ active: 25, joined: 5, left: 0 });
  });

  it('shows wellbeing only for 10 participants or more, to admins too', () => {
    const wellbeing = (participants: number) => [
      { teamId: TEAM_A, participants, changeSums: { LANGUAGE: participants * 2 }, changeSquareSums: null },
    ];
    expect(figures({ wellbeing: wellbeing(9) }, false).wellbeing).toEqual({ year: 2026, participants: null, domains: null });
    expect(figures({ wellbeing: wellbeing(10) }, true).wellbeing).toEqual({
      year: 2026,
      participants: 10,
      domains: [{ domain: 'LANGUAGE', averageChange: 2, sampleSize: 10, interval: null, evidence: 'NOT_ASSESSED' }],
    });
  });

  it('adds the squares of two teams up before the interval, and gives none when one team lacks them', () => {
    // Team A: 6 people, Σx = 6, Σx² = 10; team B: 6 people, Σx = 8, Σx² = 20 → together n = 12, Σx = 14, Σx² = 30:
    // mean 1.17, s = 1.1146, se = 0.3218, t(11) = 2.201 → [0.46, 1.87] (the worked example of uncertainty.rules.spec).
    const both = [
      { teamId: TEAM_A, participants: 6, changeSums: { LANGUAGE: 6 }, changeSquareSums: { LANGUAGE: 10 } },
      { teamId: TEAM_B, participants: 6, changeSums: { LANGUAGE: 8 }, changeSquareSums: { LANGUAGE: 20 } },
    ];
    expect(figures({ wellbeing: both }, true).wellbeing.domains).toEqual([
      {
        domain: 'LANGUAGE',
        averageChange: 1.17,
        sampleSize: 12,
        interval: expect.objectContaining({ low: 0.46, high: 1.87 }),
        evidence: 'DEMONSTRABLE',
      },
    ]);
    expect(figures({ wellbeing: [both[0], { ...both[1], changeSquareSums: null }] }, true).wellbeing.domains![0]).toMatchObject({
      interval: null,
      evidence: 'NOT_ASSESSED',
    });
  });
});

describe('the period of a funding agreement’s report', () => {
  it('runs from its start to the end of this year at most, one year at a time', () => {
    expect(agreementPeriod({ startsOn: '2024-03-01', endsOn: '2032-12-31' }, '2026-06-10')).toEqual({
      from: '2024-03-01',
      until: '2026-12-31',
      years: [2024, 2025, 2026],
    });
    expect(agreementPeriod({ startsOn: '2024-03-01', endsOn: '2025-06-30' }, '2026-06-10')).toEqual({
      from: '2024-03-01',
      until: '2025-06-30',
      years: [2024, 2025],
    });
  });

  it('is its first day only when it has not started this year or before', () => {
    expect(agreementPeriod({ startsOn: '2027-03-01', endsOn: '2030-12-31' }, '2026-06-10')).toEqual({
      from: '2027-03-01',
      until: '2027-03-01',
      years: [2027],
    });
  });
});
