import { addMonths, followUpSchedule, phaseOfItem, refusedMove, TeamPhase } from './team-path.rules';

describe("a team's path rules", () => {
  const today = '2026-12-03';
  const current = { phase: TeamPhase.START, enteredOn: '2025-02-01' };

  it('moves forward only, on or after the current phase began and not in the future', () => {
    expect(refusedMove(null, { phase: TeamPhase.EXPLORATION, enteredOn: '2024-01-01', correction: false }, today)).toBeNull();
    expect(refusedMove(current, { phase: TeamPhase.SELF_RELIANT, enteredOn: '2025-02-01', correction: false }, today)).toBeNull();
    expect(refusedMove(current, { phase: TeamPhase.START, enteredOn: '2025-03-01', correction: false }, today)?.field).toBe('phase');
    expect(refusedMove(current, { phase: TeamPhase.EXPLORATION, enteredOn: '2025-03-01', correction: false }, today)?.field).toBe('phase');
    expect(refusedMove(current, { phase: TeamPhase.BUILDING_UP, enteredOn: '2025-01-31', correction: false }, today)?.field).toBe(
      'enteredOn',
    );
    expect(refusedMove(current, { phase: TeamPhase.BUILDING_UP, enteredOn: '2026-12-04', correction: false }, today)?.field).toBe(
      'enteredOn',
    );
  });

  it('lets a correction go back only with a note saying why', () => {
    expect(refusedMove(current, { phase: TeamPhase.EXPLORATION, enteredOn: '2024-01-01', correction: true }, today)?.field).toBe('note');
    expect(
      refusedMove(current, { phase: TeamPhase.EXPLORATION, enteredOn: '2024-01-01', correction: true, note: 'te vroeg' }, today),
    ).toBeNull();
  });

  it('schedules the follow-ups 12 and 24 months after hand-over, clamping the day to the month', () => {
    expect(followUpSchedule('2024-02-29')).toEqual([
      { monthsAfterHandOver: 12, dueOn: '2025-02-28' },
      { monthsAfterHandOver: 24, dueOn: '2026-02-28' },
    ]);
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('knows which phase each checklist item belongs to', () => {
    expect(phaseOfItem('LOCAL_PARTNER_FOUND')).toBe(TeamPhase.HAND_OVER);
    expect(phaseOfItem('COORDINATORS_TRAINED')).toBe(TeamPhase.BUILDING_UP);
    expect(phaseOfItem('FIRST_YEAR_PROMISE_RECORDED')).toBe(TeamPhase.START);
    expect(phaseOfItem('NOPE')).toBeNull();
  });
});
