import type { OutcomeFigureYear } from '@buurtvolk/events';

/**
 * The instruments behind the participant outcomes the impact report counts, and how a team's yearly figures are made.
 *
 * Loneliness: the six-item De Jong Gierveld loneliness scale (De Jong Gierveld & Van Tilburg 2006, "A 6-item scale for
 * overall, emotional, and social loneliness", Research on Aging 28(5); the version CBS and the GGD Gezondheidsmonitor
 * use). Three emotional items (E) and three social items (S), each answered "ja", "min of meer" or "nee":
 *   E1 "Ik ervaar een leegte om me heen"                                    I experience a general sense of emptiness
 *   E2 "Ik mis mensen om me heen"                                            I miss having people around me
 *   E3 "Ik voel me vaak in de steek gelaten"                                 I often feel rejected
 *   S1 "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen"  plenty of people I can rely on
 *   S2 "Er zijn veel mensen die ik volledig kan vertrouwen"                  many people I can trust completely
 *   S3 "Er zijn voldoende mensen met wie ik me nauw verbonden voel"          enough people I feel close to
 * An emotional item scores 1 for "ja" and "min of meer"; a social item (worded positively) scores 1 for "nee" and
 * "min of meer". The score is the sum, 0–6; a score of 2 or more is "eenzaam" (lonely), the scale's published cut-off.
 *
 * Participation ("werk is de beste zorg"): a move into paid work, education or a training path during or after a
 * person's time on a team, recorded by a coordinator of their team or an admin with the person's consent. Counted,
 * never listed. There is no published Dutch shadow price for either effect; the impact report lists them with their
 * quantity as counted but unpriced.
 */

export enum LonelinessAnswer {
  YES = 'YES',
  MORE_OR_LESS = 'MORE_OR_LESS',
  NO = 'NO',
}

export enum ParticipationKind {
  PAID_WORK = 'PAID_WORK',
  EDUCATION = 'EDUCATION',
  TRAINING_PATH = 'TRAINING_PATH',
}

/** The six answers in the order of the scale: emotional E1–E3, then social S1–S3. */
export interface LonelinessAnswers {
  emptiness: LonelinessAnswer;
  missPeople: LonelinessAnswer;
  feelRejected: LonelinessAnswer;
  canRelyOn: LonelinessAnswer;
  canTrust: LonelinessAnswer;
  feelClose: LonelinessAnswer;
}

export const EMOTIONAL_ITEMS = ['emptiness', 'missPeople', 'feelRejected'] as const;
export const SOCIAL_ITEMS = ['canRelyOn', 'canTrust', 'feelClose'] as const;

/** The score from which a person counts as lonely. */
export const LONELY_FROM = 2;

/** The De Jong Gierveld score, 0–6: emotional items count "yes" and "more or less", social items "no" and "more or less". */
export function lonelinessScore(answers: LonelinessAnswers): number {
  const emotional = EMOTIONAL_ITEMS.filter((item) => answers[item] !== LonelinessAnswer.NO).length;
  const social = SOCIAL_ITEMS.filter((item) => answers[item] !== LonelinessAnswer.YES).length;
  return emotional + social;
}

export const isLonely = (score: number) => score >= LONELY_FROM;

/** A consenting person's part in one team: their memberships of it, their loneliness checks and their recorded moves there. */
export interface OutcomeHistory {
  memberships: { from: string; until: string | null }[];
  /** With LONELINESS_SCALE consent; otherwise empty. */
  checks: { takenOn: string; score: number }[];
  /** Recorded for this team, with PARTICIPATION_OUTCOMES consent; otherwise empty. */
  moves: { movedOn: string; kind: ParticipationKind }[];
}

/**
 * A team's outcome figures per calendar year, from the first check or move to `currentYear`, leaving out years with
 * nothing to count.
 * - Participation in year Y: people with a move recorded for the team dated in Y, per kind and in all (a person
 *   moving into two kinds counts once in `movedPeople`).
 * - Loneliness in year Y: a person counts when a membership of theirs overlaps Y and they have a check in Y. Measured:
 *   their latest check in Y, lonely when it scores 2 or more. Paired: when they also have an earlier check (their
 *   intake, the first ever), lonely at intake and lonely at their latest check up to 31 December Y.
 */
export function yearlyOutcomes(people: OutcomeHistory[], currentYear: number): OutcomeFigureYear[] {
  const dates = people.flatMap((person) => [...person.checks.map((check) => check.takenOn), ...person.moves.map((move) => move.movedOn)]);
  if (!dates.length) return [];
  const years: OutcomeFigureYear[] = [];
  for (let year = Math.min(...dates.map((date) => Number(date.slice(0, 4)))); year <= currentYear; year += 1) {
    const [start, end] = [`${year}-01-01`, `${year}-12-31`];
    const figure: OutcomeFigureYear = {
      year,
      movedPeople: 0,
      movedToPaidWork: 0,
      movedToEducation: 0,
      movedToTraining: 0,
      lonelinessMeasured: 0,
      lonely: 0,
      lonelinessPaired: 0,
      lonelyAtIntake: 0,
      lonelyLatest: 0,
    };
    for (const person of people) {
      const kinds = new Set(person.moves.filter((move) => move.movedOn >= start && move.movedOn <= end).map((move) => move.kind));
      if (kinds.size) figure.movedPeople += 1;
      if (kinds.has(ParticipationKind.PAID_WORK)) figure.movedToPaidWork += 1;
      if (kinds.has(ParticipationKind.EDUCATION)) figure.movedToEducation += 1;
      if (kinds.has(ParticipationKind.TRAINING_PATH)) figure.movedToTraining += 1;
      const member = person.memberships.some(
        (membership) => membership.from <= end && (membership.until === null || membership.until >= start),
      );
      const soFar = [...person.checks].filter((check) => check.takenOn <= end).sort((a, b) => a.takenOn.localeCompare(b.takenOn));
      const latest = soFar.at(-1);
      if (!member || !latest || latest.takenOn < start) continue;
      figure.lonelinessMeasured += 1;
      if (isLonely(latest.score)) figure.lonely += 1;
      if (soFar.length >= 2) {
        figure.lonelinessPaired += 1;
        if (isLonely(soFar[0].score)) figure.lonelyAtIntake += 1;
        if (isLonely(latest.score)) figure.lonelyLatest += 1;
      }
    }
    if (figure.movedPeople > 0 || figure.lonelinessMeasured > 0) years.push(figure);
  }
  return years;
}
