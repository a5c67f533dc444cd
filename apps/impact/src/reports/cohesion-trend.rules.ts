import { MIN_CELL_SIZE } from '@buurtvolk/subgraph-kit';
import { CHARACTERISTIC_LABELS, cohesionScore, STATEMENT_LABELS, surveyItems } from '../surveys/cohesion.rules';
import { type NeighbourhoodSurvey, SurveyWave } from '../surveys/neighbourhood-survey.entity';
import type { CohesionWave } from './cohesion.types';
import { changeEvidence, differenceInterval, meanInterval } from './uncertainty.rules';

const round1 = (value: number) => Math.round(value * 10) / 10;

export interface CohesionGain {
  fieldedOn: string;
  /** A follow-up's gain over the wave before it, so yearly gains add up to the total; null where either is hidden. */
  points: number | null;
}

/**
 * The waves of each neighbourhood (oldest first, as loaded) up to `until`, in one pass each: the score, its change
 * since the baseline, and each follow-up's gain over the wave before it. Waves of fewer than 10 respondents are
 * hidden from those who see suppressed figures. Where the fieldwork recorded the spread of the respondents' scores, each
 * score gets its 95 % interval and each change since the baseline the interval of a difference of two independent
 * samples (each wave asks whoever answers that year, not the same panel), labelled not demonstrable when it holds 0.
 */
export function cohesionTrend(
  neighbourhoodWaves: NeighbourhoodSurvey[][],
  until: string,
  hidesSmall: boolean,
): { waves: CohesionWave[]; gains: CohesionGain[] } {
  const waves: CohesionWave[] = [];
  const gains: CohesionGain[] = [];
  for (const surveys of neighbourhoodWaves) {
    let baseline: number | null = null;
    let baselineSpread: { sd: number | null; n: number } | null = null;
    let previous: number | null = null;
    for (const survey of surveys.filter((candidate) => candidate.fieldedOn <= until)) {
      const base = { surveyId: survey.id, neighbourhoodId: survey.neighbourhoodId, wave: survey.wave, fieldedOn: survey.fieldedOn };
      const score = hidesSmall && survey.sampleSize < MIN_CELL_SIZE ? null : cohesionScore(survey.statements);
      const spread = { sd: survey.scoreStandardDeviation ?? null, n: survey.sampleSize };
      if (survey.wave === SurveyWave.BASELINE) {
        baseline = score;
        baselineSpread = spread;
      } else {
        gains.push({ fieldedOn: survey.fieldedOn, points: score !== null && previous !== null ? score - previous : null });
      }
      previous = score;
      waves.push(
        score === null
          ? {
              ...base,
              sampleSize: null,
              cohesionScore: null,
              changeSinceBaseline: null,
              cohesionScoreStandardDeviation: null,
              cohesionScoreInterval: null,
              changeSinceBaselineInterval: null,
              changeEvidence: null,
              statements: null,
              characteristics: null,
            }
          : {
              ...base,
              sampleSize: survey.sampleSize,
              cohesionScore: score,
              changeSinceBaseline: baseline !== null ? round1(score - baseline) : null,
              cohesionScoreStandardDeviation: spread.sd,
              cohesionScoreInterval: meanInterval(score, spread.sd, spread.n),
              ...changeSinceBaseline(survey.wave, score, baseline, spread, baselineSpread),
              statements: surveyItems(survey.statements, STATEMENT_LABELS),
              characteristics: surveyItems(survey.characteristics, CHARACTERISTIC_LABELS),
            },
      );
    }
  }
  return { waves: waves.sort((a, b) => a.fieldedOn.localeCompare(b.fieldedOn)), gains };
}

/** The change of a follow-up since the baseline, with its interval and whether it is demonstrable; nothing for the baseline. */
function changeSinceBaseline(
  wave: SurveyWave,
  score: number,
  baseline: number | null,
  spread: { sd: number | null; n: number },
  baselineSpread: { sd: number | null; n: number } | null,
) {
  if (wave === SurveyWave.BASELINE || baseline === null || baselineSpread === null)
    return { changeSinceBaselineInterval: null, changeEvidence: null };
  const interval = differenceInterval(round1(score - baseline), spread, baselineSpread);
  return { changeSinceBaselineInterval: interval, changeEvidence: changeEvidence(interval) };
}
