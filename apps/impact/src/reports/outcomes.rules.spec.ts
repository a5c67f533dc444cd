import { lonelinessFigures, lonelinessReduced, type OutcomeRow, participationFigures, wilsonInterval } from './outcomes.rules';

const row = (fields: Partial<OutcomeRow>): OutcomeRow => ({
  teamId: 'a',
  year: 2025,
  movedPeople: 0,
  movedToPaidWork: 0,
  movedToEducation: 0,
  movedToTraining: 0,
  lonelinessMeasured: 0,
  lonely: 0,
  lonelinessPaired: 0,
  lonelyAtIntake: 0,
  lonelyLatest: 0,
  ...fields,
});

describe('the Wilson score interval of the share lonely', () => {
  it('matches a hand calculation', () => {
    // 12 lonely of 40: p = 0.3, z = 1.96, z² = 3.8416, z²/n = 0.09604, 1 + z²/n = 1.09604.
    // Centre = (0.3 + 3.8416/80) / 1.09604 = 0.34802 / 1.09604 = 0.317525.
    // Half-width = 1.96 / 1.09604 × √(0.3 × 0.7 / 40 + 3.8416 / 6400) = 1.788256 × √0.00585025 = 1.788256 × 0.0764869 = 0.136778.
    // Interval: 0.317525 ∓ 0.136778 = [0.180747, 0.454303] → 18.1 % to 45.4 %.
    // (The normal approximation would give 0.3 ∓ 1.96 × √(0.21/40) = [15.8 %, 44.2 %]: narrower, and symmetric around 30 %.)
    expect(wilsonInterval(12, 40)).toEqual({ lowPercent: 18.1, highPercent: 45.4, confidencePercent: 95, method: 'WILSON' });
  });

  it('stays within 0–100 % where the normal approximation would not, and has no interval for nobody', () => {
    // 0 of 10: p = 0 gives the normal approximation a zero-width interval; Wilson: centre = 0.19208 / 1.38416 = 0.138771,
    // half = 1.96 / 1.38416 × √(3.8416 / 400) = 1.416022 × 0.098 = 0.13877 → [0 %, 27.8 %].
    expect(wilsonInterval(0, 10)).toMatchObject({ lowPercent: 0, highPercent: 27.8 });
    expect(wilsonInterval(10, 10)).toMatchObject({ lowPercent: 72.2, highPercent: 100 });
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('participation and loneliness figures', () => {
  it('hides every kind when one is hidden, so none follows from the total by subtraction', () => {
    const rows = [row({ movedPeople: 12, movedToPaidWork: 10, movedToEducation: 2 })];
    expect(participationFigures(rows, false)).toEqual({ people: 12, paidWork: 10, education: 2, trainingPath: 0 });
    // Training 0 reveals nobody; education 2 is hidden, so work (10) would give it away as 12 − 10: all kinds hidden.
    expect(participationFigures(rows, true)).toEqual({ people: 12, paidWork: null, education: null, trainingPath: null });
  });

  it('counts people no longer lonely as lonely at intake minus lonely now, and hides groups under 10', () => {
    // 9 lonely at intake, 5 now, of 20 paired: 4 fewer lonely; 45 % → 25 % = −20 points.
    const rows = [row({ lonelinessMeasured: 40, lonely: 12, lonelinessPaired: 20, lonelyAtIntake: 9, lonelyLatest: 5 })];
    expect(lonelinessReduced(rows, 2025)).toBe(4);
    expect(lonelinessFigures(rows, 2025)).toMatchObject({
      lonelyPercent: 30,
      lonelyAtIntakePercent: 45,
      lonelyLatestPercent: 25,
      changePoints: -20,
    });
    const small = [row({ lonelinessMeasured: 9, lonely: 3, lonelinessPaired: 9, lonelyAtIntake: 4, lonelyLatest: 2 })];
    expect(lonelinessReduced(small, 2025)).toBeNull();
    expect(lonelinessFigures(small, 2025)).toMatchObject({
      measured: null,
      lonelyPercent: null,
      interval: null,
      paired: null,
      changePoints: null,
    });
  });
});
