import { addYears } from '@buurtvolk/domain';
import { TeamSizeIndicator, TeamStatus } from './team.entity';

export const COMMITMENT_YEARS = { min: 4, max: 6 };
export const TEAM_SIZE_TARGET = { min: 15, max: 25 };

/** A team commits to its neighbourhood for 4 to 6 years; returns what is wrong, or null. */
export function commitmentPeriodProblem(startsOn: string, commitmentEndsOn: string): string | null {
  const earliest = addYears(startsOn, COMMITMENT_YEARS.min);
  const latest = addYears(startsOn, COMMITMENT_YEARS.max);
  if (commitmentEndsOn < earliest || commitmentEndsOn > latest) {
    return `must be ${COMMITMENT_YEARS.min} to ${COMMITMENT_YEARS.max} years after the start (${startsOn}): between ${earliest} and ${latest}`;
  }
  return null;
}

export function sizeIndicator(currentMembers: number): TeamSizeIndicator {
  if (currentMembers < TEAM_SIZE_TARGET.min) return TeamSizeIndicator.BELOW;
  if (currentMembers > TEAM_SIZE_TARGET.max) return TeamSizeIndicator.ABOVE;
  return TeamSizeIndicator.WITHIN;
}

const NEXT_STATUSES: Record<TeamStatus, TeamStatus[]> = {
  [TeamStatus.FORMING]: [TeamStatus.ACTIVE, TeamStatus.CLOSED],
  [TeamStatus.ACTIVE]: [TeamStatus.PAUSED, TeamStatus.CLOSED],
  [TeamStatus.PAUSED]: [TeamStatus.ACTIVE, TeamStatus.CLOSED],
  [TeamStatus.CLOSED]: [],
};

export function statusChangeProblem(from: TeamStatus, to: TeamStatus): string | null {
  if (from === to || NEXT_STATUSES[from].includes(to)) return null;
  return `cannot change from ${from} to ${to}; from ${from} a team can go to ${NEXT_STATUSES[from].join(' or ') || 'nothing (it is closed)'}`;
}
