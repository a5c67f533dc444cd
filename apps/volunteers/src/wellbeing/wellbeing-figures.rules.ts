import { WellbeingDomain } from '@buurtvolk/domain';
import type { WellbeingCheck } from './wellbeing-check.entity';
import { personalChange } from './wellbeing.rules';

/**
 * One year of a team's figures: how many people count, and per domain the sum of their changes and the sum of their
 * squared changes (from which a consumer gets a variance, and so a 95 % interval, over any group of teams).
 */
export interface WellbeingFigureYear {
  year: number;
  participants: number;
  changeSums: Record<WellbeingDomain, number>;
  changeSquareSums: Record<WellbeingDomain, number>;
}

/** A consenting person's part in one team: their memberships of it (`until` null while open) and all their checks. */
export interface ParticipantHistory {
  memberships: { from: string; until: string | null }[];
  checks: WellbeingCheck[];
}

/**
 * A team's wellbeing figures per calendar year. A person counts in year Y when a membership of theirs overlaps Y and
 * they have at least two checks up to 31 December Y, one of them in Y; their change is that latest check minus their
 * first (intake). Sums (of changes and of squared changes) rather than averages, so a consumer can add teams up into
 * neighbourhoods. Years run from the team's first check to `currentYear`, leaving out those nobody counts in.
 */
export function yearlyChangeSums(people: ParticipantHistory[], currentYear: number): WellbeingFigureYear[] {
  const checkYears = people.flatMap((person) => person.checks.map((check) => Number(check.takenOn.slice(0, 4))));
  if (!checkYears.length) return [];
  const years: WellbeingFigureYear[] = [];
  for (let year = Math.min(...checkYears); year <= currentYear; year += 1) {
    const [start, end] = [`${year}-01-01`, `${year}-12-31`];
    const figure: WellbeingFigureYear = { year, participants: 0, changeSums: zeroPerDomain(), changeSquareSums: zeroPerDomain() };
    for (const { memberships, checks } of people) {
      if (!memberships.some((membership) => membership.from <= end && (membership.until === null || membership.until >= start))) continue;
      const soFar = checks.filter((check) => check.takenOn <= end);
      const change = soFar.some((check) => check.takenOn >= start) ? personalChange(soFar) : null;
      if (!change) continue;
      figure.participants += 1;
      for (const { domain, change: delta } of change) {
        figure.changeSums[domain] += delta;
        figure.changeSquareSums[domain] += delta * delta;
      }
    }
    if (figure.participants > 0) years.push(figure);
  }
  return years;
}

function zeroPerDomain(): Record<WellbeingDomain, number> {
  return Object.fromEntries(Object.values(WellbeingDomain).map((domain) => [domain, 0])) as Record<WellbeingDomain, number>;
}
