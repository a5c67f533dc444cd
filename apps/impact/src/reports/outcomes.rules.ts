import type { OutcomeFigureYear } from '@buurtvolk/events';
import { protectedCount } from '@buurtvolk/subgraph-kit';
import type { LiveabilityScore } from '../liveability/liveability-score.entity';
import type { InformalCareFigures, LiveabilityContext, LonelinessFigures, ParticipationFigures, ShareInterval } from './outcomes.types';
import { NORMAL_975 } from './uncertainty.rules';
import { ChangeEvidence } from './uncertainty.types';

/**
 * The effects the seed names beside hours, wellbeing and cohesion, each with its instrument and its price:
 *
 * - Participation ("werk is de beste zorg"): team members who moved into paid work, education or a training path,
 *   recorded by a coordinator of their team or an admin with the person's PARTICIPATION_OUTCOMES consent (volunteers
 *   service). Quantity: people per year. Price: none published for the Netherlands that fits a move of unknown
 *   duration and hours, so the MKBA lists it counted but unpriced (PARTICIPATION_MOVE).
 * - Loneliness: the six-item De Jong Gierveld scale (lonely at a score of 2 or more), at intake and yearly, with
 *   LONELINESS_SCALE consent. Reported as the share lonely in the year with a 95 % Wilson score interval, and over the
 *   people with an intake and a later check the share lonely then and now. Quantity in the MKBA: lonely at intake −
 *   lonely now (people no longer lonely, net; negative when more are). Price: none published (LONELINESS_REDUCED).
 * - Informal care: residents reached by completed activities of the INFORMAL_CARE theme ("tegen eenzaamheid en armoede,
 *   vervoer, een praatje"): the theme already identifies informal care, so no new data is recorded. Head counts, not
 *   people. They are part of the residents reached, so a price list must never value both lines for the same
 *   residents. Price: none published (INFORMAL_CARE_RESIDENT).
 * - Liveability: the Leefbaarometer score per edition, imported by admins with its source: context only, never an
 *   effect of the teams and never valued.
 *
 * Why Wilson and not the normal approximation (p ± 1.96 √(p(1 − p)/n)): groups are small (from 10 people), where the
 * normal interval is too narrow, can run below 0 % or above 100 % and is empty at p = 0; Wilson's stays inside 0–100 %
 * and keeps its 95 % coverage near the edges (Brown, Cai & DasGupta 2001, "Interval estimation for a binomial
 * proportion", Statistical Science 16(2)).
 */

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const round1 = (value: number) => Math.round(value * 10) / 10;

/** One year of a team's outcome counts, as the read model holds them from OutcomeFiguresChanged. */
export interface OutcomeRow extends OutcomeFigureYear {
  teamId: string;
}

/**
 * The Wilson score interval of x out of n at 95 %: centre (p + z²/2n) / (1 + z²/n), half-width
 * z / (1 + z²/n) × √(p(1 − p)/n + z²/4n²), with p = x/n and z = 1.96. Null for n = 0.
 */
export function wilsonInterval(x: number, n: number, z = NORMAL_975): ShareInterval | null {
  if (n <= 0) return null;
  const p = x / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return {
    lowPercent: round1(Math.max(0, centre - half) * 100),
    highPercent: round1(Math.min(1, centre + half) * 100),
    confidencePercent: 95,
    method: 'WILSON',
  };
}

/** Sums of `pick` per team (and year when the period has more), the cells the small-numbers rule looks at. */
function cells(rows: OutcomeRow[], pick: (row: OutcomeRow) => number): number[] {
  const byCell = new Map<string, number>();
  for (const row of rows) byCell.set(`${row.teamId}:${row.year}`, (byCell.get(`${row.teamId}:${row.year}`) ?? 0) + pick(row));
  return [...byCell.values()];
}

/**
 * People who moved on in the period, in all and per kind. For partners each count follows the small-numbers rule over
 * its team-year cells, and when any kind is hidden every kind is, so no hidden one follows from the total by subtraction.
 */
export function participationFigures(rows: OutcomeRow[], hidesSmall: boolean): ParticipationFigures {
  const count = (pick: (row: OutcomeRow) => number) => (hidesSmall ? protectedCount(cells(rows, pick)) : sum(rows.map(pick)));
  const people = count((row) => row.movedPeople);
  const kinds = [count((row) => row.movedToPaidWork), count((row) => row.movedToEducation), count((row) => row.movedToTraining)];
  const [paidWork, education, trainingPath] = kinds.some((kind) => kind === null) ? [null, null, null] : kinds;
  return { people, paidWork, education, trainingPath };
}

/**
 * Loneliness in `year`. Answers about loneliness are personal, so a group under 10 stays hidden from everyone, as
 * wellbeing does: the measured people decide the share, the paired people the change.
 */
export function lonelinessFigures(rows: OutcomeRow[], year: number): LonelinessFigures {
  const ofYear = rows.filter((row) => row.year === year);
  const measured = protectedCount(cells(ofYear, (row) => row.lonelinessMeasured));
  const lonely = sum(ofYear.map((row) => row.lonely));
  const paired = protectedCount(cells(ofYear, (row) => row.lonelinessPaired));
  const percent = (part: number, whole: number) => round1((part / whole) * 100);
  const atIntake = paired === null ? null : percent(sum(ofYear.map((row) => row.lonelyAtIntake)), paired);
  const latest = paired === null ? null : percent(sum(ofYear.map((row) => row.lonelyLatest)), paired);
  return {
    year,
    measured,
    lonelyPercent: measured === null ? null : percent(lonely, measured),
    interval: measured === null ? null : wilsonInterval(lonely, measured),
    paired,
    lonelyAtIntakePercent: atIntake,
    lonelyLatestPercent: latest,
    changePoints: atIntake === null || latest === null ? null : round1(latest - atIntake),
    changeEvidence: ChangeEvidence.NOT_ASSESSED,
  };
}

/** People no longer lonely in `year`, net (lonely at intake − lonely now, over the paired people); null when hidden. */
export function lonelinessReduced(rows: OutcomeRow[], year: number): number | null {
  const ofYear = rows.filter((row) => row.year === year);
  if (protectedCount(cells(ofYear, (row) => row.lonelinessPaired)) === null) return null;
  return sum(ofYear.map((row) => row.lonelyAtIntake - row.lonelyLatest));
}

export function informalCareFigures(rows: { activities: number; residents: number }[]): InformalCareFigures {
  return { activities: sum(rows.map((row) => row.activities)), residentsHelped: sum(rows.map((row) => row.residents)) };
}

export const LIVEABILITY_NOTE = {
  nl: 'De Leefbaarometer-score van de buurt is context, geen effect van de teams: leefbaarheid hangt vooral af van woningen, beleid en wie er komt wonen of vertrekt. Ze telt daarom niet mee in de MKBA. Scores van verschillende edities zijn niet altijd op dezelfde schaal.',
  en: 'The neighbourhood’s Leefbaarometer score is context, not an effect of the teams: liveability depends mostly on housing, policy and who moves in or out. It is therefore not counted in the MKBA. Scores of different editions are not always on the same scale.',
};

export function liveabilityContext(neighbourhoodIds: string[], editions: LiveabilityScore[][]): LiveabilityContext {
  return {
    neighbourhoods: neighbourhoodIds
      .map((neighbourhoodId, i) => ({ neighbourhoodId, editions: editions[i] ?? [] }))
      .filter((row) => row.editions.length > 0),
    noteNl: LIVEABILITY_NOTE.nl,
    noteEn: LIVEABILITY_NOTE.en,
  };
}
