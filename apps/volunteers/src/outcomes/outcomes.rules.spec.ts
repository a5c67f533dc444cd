import { LonelinessAnswer as A, lonelinessScore, ParticipationKind, yearlyOutcomes } from './outcomes.rules';

describe('the De Jong Gierveld loneliness score', () => {
  it('counts emotional items answered yes or more or less, and social items answered no or more or less', () => {
    // Emotional: YES (1) + MORE_OR_LESS (1) + NO (0) = 2; social: YES (0) + MORE_OR_LESS (1) + NO (1) = 2; score 4.
    expect(
      lonelinessScore({
        emptiness: A.YES,
        missPeople: A.MORE_OR_LESS,
        feelRejected: A.NO,
        canRelyOn: A.YES,
        canTrust: A.MORE_OR_LESS,
        feelClose: A.NO,
      }),
    ).toBe(4);
    // Not lonely at all: no emptiness, missing or rejection, and plenty of people to rely on, trust and feel close to.
    expect(
      lonelinessScore({ emptiness: A.NO, missPeople: A.NO, feelRejected: A.NO, canRelyOn: A.YES, canTrust: A.YES, feelClose: A.YES }),
    ).toBe(0);
    expect(
      lonelinessScore({ emptiness: A.YES, missPeople: A.YES, feelRejected: A.YES, canRelyOn: A.NO, canTrust: A.NO, feelClose: A.NO }),
    ).toBe(6);
  });
});

describe('a team’s yearly outcome figures', () => {
  const always = [{ from: '2025-01-01', until: null }];
  it('counts the measured, the lonely and the paired change per year, and moves per kind', () => {
    // Worked example, by hand:
    //  A: intake 2025-02 score 3 (lonely), 2026-03 score 1 → 2025 measured lonely; 2026 measured not lonely, paired 3→1.
    //  B: intake 2026-01 score 2 (lonely) only → 2026 measured lonely, not paired.
    //  C: intake 2025-05 score 0, 2026-06 score 4, member until 2025-12-31 → 2025 measured (not lonely); 2026 not a member: not counted.
    //  D: moves 2026 into PAID_WORK and TRAINING_PATH, 2025 into EDUCATION → 2025: 1 person (education); 2026: 1 person, 1 work, 1 training.
    // 2025: measured 2 (A, C), lonely 1 (A), paired 0; moved 1 (D, education).
    // 2026: measured 2 (A, B), lonely 1 (B), paired 1 (A: lonely at intake 1, lonely latest 0); moved 1 (D: work 1, training 1).
    const figures = yearlyOutcomes(
      [
        {
          memberships: always,
          checks: [
            { takenOn: '2025-02-01', score: 3 },
            { takenOn: '2026-03-01', score: 1 },
          ],
          moves: [],
        },
        { memberships: always, checks: [{ takenOn: '2026-01-10', score: 2 }], moves: [] },
        {
          memberships: [{ from: '2025-01-01', until: '2025-12-31' }],
          checks: [
            { takenOn: '2025-05-01', score: 0 },
            { takenOn: '2026-06-01', score: 4 },
          ],
          moves: [],
        },
        {
          memberships: always,
          checks: [],
          moves: [
            { movedOn: '2026-04-01', kind: ParticipationKind.PAID_WORK },
            { movedOn: '2026-09-01', kind: ParticipationKind.TRAINING_PATH },
            { movedOn: '2025-09-01', kind: ParticipationKind.EDUCATION },
          ],
        },
      ],
      2026,
    );
    expect(figures).toEqual([
      {
        year: 2025,
        movedPeople: 1,
        movedToPaidWork: 0,
        movedToEducation: 1,
        movedToTraining: 0,
        lonelinessMeasured: 2,
        lonely: 1,
        lonelinessPaired: 0,
        lonelyAtIntake: 0,
        lonelyLatest: 0,
      },
      {
        year: 2026,
        movedPeople: 1,
        movedToPaidWork: 1,
        movedToEducation: 0,
        movedToTraining: 1,
        lonelinessMeasured: 2,
        lonely: 1,
        lonelinessPaired: 1,
        lonelyAtIntake: 1,
        lonelyLatest: 0,
      },
    ]);
  });

  it('has no years without checks or moves', () => {
    expect(yearlyOutcomes([], 2026)).toEqual([]);
  });
});
