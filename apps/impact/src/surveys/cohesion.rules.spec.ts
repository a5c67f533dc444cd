import { CohesionStatement, cohesionScore, itemScore } from './cohesion.rules';

const answers = (agreement: number, knowEachOther: number) =>
  Object.fromEntries(
    Object.values(CohesionStatement).map((statement) => [
      statement,
      statement === CohesionStatement.PEOPLE_HARDLY_KNOW_EACH_OTHER ? knowEachOther : agreement,
    ]),
  ) as Record<CohesionStatement, number>;

describe('the CBS social cohesion scale', () => {
  it('scores agreement 1–5 as 0–10 and reverses the negative statement', () => {
    expect(itemScore(5, false)).toBe(10);
    expect(itemScore(1, false)).toBe(0);
    expect(itemScore(5, true)).toBe(0);
    expect(itemScore(2, true)).toBe(7.5);
  });

  it('averages the five statements, so agreeing that people hardly know each other lowers cohesion', () => {
    expect(cohesionScore(answers(4, 2))).toBe(7.5);
    expect(cohesionScore(answers(4, 4))).toBe(6.5);
    expect(cohesionScore(answers(1, 5))).toBe(0);
  });
});
