import { WellbeingDomain } from '@buurtvolk/domain';
import { MIN_CELL_SIZE } from '@buurtvolk/subgraph-kit';
import { CohesionStatement, InclusionCharacteristic } from '../surveys/cohesion.rules';
import { type NeighbourhoodSurvey, SurveyWave } from '../surveys/neighbourhood-survey.entity';
import { cohesionTrend } from './cohesion-trend.rules';
import { wellbeingChange } from './report.rules';
import { changeEvidence, differenceInterval, meanInterval, standardDeviationFromSums, tCritical } from './uncertainty.rules';
import { ChangeEvidence, IntervalMethod } from './uncertainty.types';

describe('95 % confidence intervals', () => {
  it('a wellbeing change of 12 participants: t with 11 degrees of freedom, demonstrable', () => {
    // Changes since intake 2, 1, 0, 3, 1, 2, −1, 1, 2, 0, 1, 2: Σx = 14, Σx² = 30, n = 12.
    // mean = 14 / 12 = 1.1667; s² = (30 − 14² / 12) / 11 = (30 − 16.3333) / 11 = 1.2424; s = 1.1146.
    // se = 1.1146 / √12 = 0.3218; t(0.975; 11) = 2.201 (n < 30); half-width 2.201 × 0.3218 = 0.7082.
    // 1.1667 ± 0.7082 = [0.46, 1.87]: all above 0, so the gain is demonstrable.
    const change = wellbeingChange(WellbeingDomain.SOCIAL_NETWORK, 12, 14, 30);
    expect(change).toMatchObject({ averageChange: 1.17, sampleSize: 12, evidence: ChangeEvidence.DEMONSTRABLE });
    expect(change.interval).toMatchObject({
      low: 0.46,
      high: 1.87,
      criticalValue: 2.201,
      method: IntervalMethod.T_DISTRIBUTION,
      degreesOfFreedom: 11,
      standardError: 0.3218,
      confidencePercent: 95,
    });
  });

  it('a small change among 10 participants whose interval includes 0 is not demonstrable', () => {
    // Σx = 3, Σx² = 25, n = 10: mean 0.3; s² = (25 − 0.9) / 9 = 2.6778, s = 1.6364, se = 0.5175;
    // t(0.975; 9) = 2.262, half-width 1.1705: [−0.87, 1.47] holds 0 → niet aantoonbaar.
    const change = wellbeingChange(WellbeingDomain.MENTAL_HEALTH, 10, 3, 25);
    expect(change.interval).toMatchObject({ low: -0.87, high: 1.47, degreesOfFreedom: 9 });
    expect(change.evidence).toBe(ChangeEvidence.NOT_DEMONSTRABLE);
  });

  it('uses the normal approximation from 30 respondents, and decides before rounding', () => {
    // Σx = 20, Σx² = 110, n = 40: mean 0.5; s² = (110 − 10) / 39 = 2.5641, s = 1.6013, se = 0.2532;
    // 1.96 × 0.2532 = 0.4962: [0.0038, 0.9962], shown as [0, 1] but wholly above 0.
    const change = wellbeingChange(WellbeingDomain.MEANING, 40, 20, 110);
    expect(change.interval).toMatchObject({
      low: 0,
      high: 1,
      criticalValue: 1.96,
      method: IntervalMethod.NORMAL_APPROXIMATION,
      degreesOfFreedom: null,
    });
    expect(change.evidence).toBe(ChangeEvidence.DEMONSTRABLE);
  });

  it('says nothing where the spread was not recorded', () => {
    const change = wellbeingChange(WellbeingDomain.MEANING, 40, 20, null);
    expect(change).toMatchObject({ averageChange: 0.5, interval: null, evidence: ChangeEvidence.NOT_ASSESSED });
    expect(meanInterval(5, null, 100)).toBeNull();
    expect(changeEvidence(null)).toBe(ChangeEvidence.NOT_ASSESSED);
  });

  it('takes t from the table, the next lower row beyond it', () => {
    expect(tCritical(1)).toBe(12.706);
    expect(tCritical(29)).toBe(2.045);
    expect(tCritical(38.6)).toBe(2.042);
    expect(tCritical(500)).toBe(1.98);
    expect(standardDeviationFromSums(1, 3, 9)).toBeNull();
  });

  it('a change between two survey waves of different residents: Welch’s interval', () => {
    // Baseline 4.0 (s = 2.0, n = 80), follow-up 4.5 (s = 2.1, n = 25): s₁²/n₁ = 0.05, s₂²/n₂ = 0.1764,
    // se = √0.2264 = 0.4758; Welch df = 0.2264² / (0.05² / 79 + 0.1764² / 24) = 38.6 → t row 30 = 2.042;
    // 0.5 ± 0.9716 = [−0.47, 1.47]: niet aantoonbaar.
    const small = differenceInterval(0.5, { sd: 2.1, n: 25 }, { sd: 2.0, n: 80 })!;
    expect(small).toMatchObject({
      low: -0.47,
      high: 1.47,
      criticalValue: 2.042,
      method: IntervalMethod.T_DISTRIBUTION,
      degreesOfFreedom: 38.59,
    });
    expect(changeEvidence(small)).toBe(ChangeEvidence.NOT_DEMONSTRABLE);
    // Follow-up of 120: se = √(0.05 + 4.41 / 120) = 0.2945, both ≥ 30 → 1.96: 1.0 ± 0.5773 = [0.42, 1.58], demonstrable.
    const large = differenceInterval(1.0, { sd: 2.1, n: 120 }, { sd: 2.0, n: 80 })!;
    expect(large).toMatchObject({ low: 0.42, high: 1.58, method: IntervalMethod.NORMAL_APPROXIMATION });
    expect(changeEvidence(large)).toBe(ChangeEvidence.DEMONSTRABLE);
  });
});

describe('cohesion waves with their intervals', () => {
  const wave = (
    id: string,
    kind: SurveyWave,
    fieldedOn: string,
    agreement: number,
    sampleSize: number,
    sd: number | null,
  ): NeighbourhoodSurvey => ({
    id,
    neighbourhoodId: 'n',
    wave: kind,
    fieldedOn,
    waveYear: Number(fieldedOn.slice(0, 4)),
    sampleSize,
    scoreStandardDeviation: sd,
    // Every statement agreed at `agreement`, the negative one at its mirror, so the score is (agreement − 1) / 4 × 10.
    statements: Object.fromEntries(
      Object.values(CohesionStatement).map((s) => [s, s === CohesionStatement.PEOPLE_HARDLY_KNOW_EACH_OTHER ? 6 - agreement : agreement]),
    ) as NeighbourhoodSurvey['statements'],
    characteristics: Object.fromEntries(
      Object.values(InclusionCharacteristic).map((c) => [c, 3]),
    ) as NeighbourhoodSurvey['characteristics'],
    version: 1,
  });

  it('labels each follow-up’s change since the baseline, and shows no interval without a spread', () => {
    // Baseline agreement 2.6 → score 4.0; follow-ups 2.8 → 4.5 and 3.0 → 5.0.
    const { waves } = cohesionTrend(
      [
        [
          wave('a', SurveyWave.BASELINE, '2024-03-01', 2.6, 80, 2.0),
          wave('b', SurveyWave.FOLLOW_UP, '2025-03-01', 2.8, 25, 2.1),
          wave('c', SurveyWave.FOLLOW_UP, '2026-03-01', 3.0, 120, null),
        ],
      ],
      '2026-12-31',
      true,
    );
    expect(waves[0]).toMatchObject({ cohesionScore: 4, changeSinceBaseline: 0, changeEvidence: null, changeSinceBaselineInterval: null });
    // Score 4.0, s = 2.0, n = 80: se = 0.2236, 1.96 × 0.2236 = 0.4383 → [3.56, 4.44].
    expect(waves[0].cohesionScoreInterval).toMatchObject({ low: 3.56, high: 4.44 });
    expect(waves[1]).toMatchObject({
      cohesionScore: 4.5,
      changeSinceBaseline: 0.5,
      changeEvidence: ChangeEvidence.NOT_DEMONSTRABLE,
      changeSinceBaselineInterval: { low: -0.47, high: 1.47 },
    });
    expect(waves[2]).toMatchObject({
      cohesionScore: 5,
      changeSinceBaseline: 1,
      changeEvidence: ChangeEvidence.NOT_ASSESSED,
      cohesionScoreInterval: null,
    });
  });

  it('hides a wave under 10 respondents with its interval from partners', () => {
    const { waves } = cohesionTrend([[wave('a', SurveyWave.BASELINE, '2024-03-01', 2.6, MIN_CELL_SIZE - 1, 2.0)]], '2026-12-31', true);
    expect(waves[0]).toMatchObject({
      sampleSize: null,
      cohesionScore: null,
      cohesionScoreStandardDeviation: null,
      cohesionScoreInterval: null,
    });
  });
});
