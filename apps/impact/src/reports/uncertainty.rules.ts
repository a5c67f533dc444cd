import { ChangeEvidence, type ConfidenceInterval, IntervalMethod } from './uncertainty.types';

/**
 * Two-sided 95 % critical values of Student's t (0.975 quantile) by degrees of freedom, from the standard table;
 * beyond the table the next lower row is used, which errs towards a wider interval.
 */
const T_975: [number, number][] = [
  [1, 12.706],
  [2, 4.303],
  [3, 3.182],
  [4, 2.776],
  [5, 2.571],
  [6, 2.447],
  [7, 2.365],
  [8, 2.306],
  [9, 2.262],
  [10, 2.228],
  [11, 2.201],
  [12, 2.179],
  [13, 2.16],
  [14, 2.145],
  [15, 2.131],
  [16, 2.12],
  [17, 2.11],
  [18, 2.101],
  [19, 2.093],
  [20, 2.086],
  [21, 2.08],
  [22, 2.074],
  [23, 2.069],
  [24, 2.064],
  [25, 2.06],
  [26, 2.056],
  [27, 2.052],
  [28, 2.048],
  [29, 2.045],
  [30, 2.042],
  [40, 2.021],
  [60, 2.0],
  [120, 1.98],
];

export const NORMAL_975 = 1.96;

/**
 * The sample size from which the normal approximation is used. Below it t is used: at n = 10 t(9) = 2.262 is 15 %
 * above 1.96, so the normal curve would claim more certainty than ten people give; at n = 30 t(29) = 2.045 is 4 %
 * above, which is the usual rule of thumb's tolerance.
 */
export const NORMAL_FROM_N = 30;

export function tCritical(degreesOfFreedom: number): number {
  const df = Math.floor(degreesOfFreedom);
  if (df < 1) return Number.NaN;
  return T_975.filter(([rowDf]) => rowDf <= df).at(-1)![1];
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

function interval(estimate: number, standardError: number, useNormal: boolean, degreesOfFreedom: number): ConfidenceInterval {
  const criticalValue = useNormal ? NORMAL_975 : tCritical(degreesOfFreedom);
  const [low, high] = [estimate - criticalValue * standardError, estimate + criticalValue * standardError];
  return {
    excludesZero: low > 0 || high < 0,
    low: round2(low),
    high: round2(high),
    confidencePercent: 95,
    standardError: round4(standardError),
    criticalValue,
    method: useNormal ? IntervalMethod.NORMAL_APPROXIMATION : IntervalMethod.T_DISTRIBUTION,
    degreesOfFreedom: useNormal ? null : round2(degreesOfFreedom),
  };
}

/** A mean of n answers with standard deviation sd: mean ± c × sd / √n, c from t(n − 1) under 30, else 1.96. Null below n = 2. */
export function meanInterval(mean: number, standardDeviation: number | null, n: number): ConfidenceInterval | null {
  if (standardDeviation === null || n < 2) return null;
  return interval(mean, standardDeviation / Math.sqrt(n), n >= NORMAL_FROM_N, n - 1);
}

/**
 * The difference of two means of independent samples (two survey waves ask different residents): standard error
 * √(s₁²/n₁ + s₂²/n₂) (Welch, no equal spreads assumed), t with the Welch–Satterthwaite degrees of freedom unless both
 * samples have 30 or more.
 */
export function differenceInterval(
  difference: number,
  first: { sd: number | null; n: number },
  second: { sd: number | null; n: number },
): ConfidenceInterval | null {
  if (first.sd === null || second.sd === null || first.n < 2 || second.n < 2) return null;
  const v1 = first.sd ** 2 / first.n;
  const v2 = second.sd ** 2 / second.n;
  const standardError = Math.sqrt(v1 + v2);
  const welch = standardError === 0 ? first.n + second.n - 2 : (v1 + v2) ** 2 / (v1 ** 2 / (first.n - 1) + v2 ** 2 / (second.n - 1));
  return interval(difference, standardError, first.n >= NORMAL_FROM_N && second.n >= NORMAL_FROM_N, welch);
}

/** The sample standard deviation from a count, a sum and a sum of squares: √((Σx² − (Σx)²/n) / (n − 1)). */
export function standardDeviationFromSums(n: number, sum: number, sumOfSquares: number): number | null {
  if (n < 2) return null;
  return Math.sqrt(Math.max(0, (sumOfSquares - sum ** 2 / n) / (n - 1)));
}

/**
 * A change is demonstrable when its whole interval lies on one side of 0 (decided before rounding; an interval
 * touching 0 counts as including it), not demonstrable ("niet aantoonbaar") otherwise.
 */
export function changeEvidence(interval: ConfidenceInterval | null): ChangeEvidence {
  if (!interval) return ChangeEvidence.NOT_ASSESSED;
  return interval.excludesZero ? ChangeEvidence.DEMONSTRABLE : ChangeEvidence.NOT_DEMONSTRABLE;
}
