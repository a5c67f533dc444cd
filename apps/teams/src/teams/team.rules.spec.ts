import { TeamSizeIndicator, TeamStatus } from './team.entity';
import { commitmentPeriodProblem, sizeIndicator, statusChangeProblem } from './team.rules';

describe('commitment period', () => {
  it('accepts an end 4 to 6 years after the start', () => {
    expect(commitmentPeriodProblem('2025-03-01', '2029-03-01')).toBeNull();
    expect(commitmentPeriodProblem('2025-03-01', '2031-03-01')).toBeNull();
    expect(commitmentPeriodProblem('2025-03-01', '2030-09-15')).toBeNull();
  });

  it('refuses anything shorter or longer, naming the allowed dates', () => {
    expect(commitmentPeriodProblem('2025-03-01', '2029-02-28')).toBe(
      'must be 4 to 6 years after the start (2025-03-01): between 2029-03-01 and 2031-03-01',
    );
    expect(commitmentPeriodProblem('2025-03-01', '2031-03-02')).not.toBeNull();
    expect(commitmentPeriodProblem('2025-03-01', '2024-03-01')).not.toBeNull();
  });

  it('handles a start on a leap day', () => {
    expect(commitmentPeriodProblem('2024-02-29', '2028-02-29')).toBeNull();
    expect(commitmentPeriodProblem('2024-02-29', '2029-02-28')).toBeNull();
    expect(commitmentPeriodProblem('2024-02-29', '2030-03-01')).not.toBeNull();
  });
});

describe('size indicator', () => {
  it('compares current members with the 15 to 25 target', () => {
    expect(sizeIndicator(0)).toBe(TeamSizeIndicator.BELOW);
    expect(sizeIndicator(14)).toBe(TeamSizeIndicator.BELOW);
    expect(sizeIndicator(15)).toBe(TeamSizeIndicator.WITHIN);
    expect(sizeIndicator(25)).toBe(TeamSizeIndicator.WITHIN);
    expect(sizeIndicator(26)).toBe(TeamSizeIndicator.ABOVE);
  });
});

describe('status changes', () => {
  it('lets a team start, pause, resume and close, but not reopen', () => {
    expect(statusChangeProblem(TeamStatus.FORMING, TeamStatus.ACTIVE)).toBeNull();
    expect(statusChangeProblem(TeamStatus.ACTIVE, TeamStatus.PAUSED)).toBeNull();
    expect(statusChangeProblem(TeamStatus.PAUSED, TeamStatus.ACTIVE)).toBeNull();
    expect(statusChangeProblem(TeamStatus.ACTIVE, TeamStatus.CLOSED)).toBeNull();
    expect(statusChangeProblem(TeamStatus.CLOSED, TeamStatus.ACTIVE)).toMatch(/closed/);
    expect(statusChangeProblem(TeamStatus.ACTIVE, TeamStatus.FORMING)).toMatch(/PAUSED or CLOSED/);
  });
});
