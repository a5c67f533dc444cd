import { WellbeingDomain } from '@buurtvolk/domain';
import { DOMAIN_FIELDS, type WellbeingCheck } from './wellbeing-check.entity';

export interface DomainChange {
  domain: WellbeingDomain;
  first: number;
  latest: number;
  change: number;
}

/** A person's change per domain: their first check (intake) against their latest. Null with fewer than two checks. */
export function personalChange(checks: WellbeingCheck[]): DomainChange[] | null {
  if (checks.length < 2) return null;
  const sorted = [...checks].sort((a, b) => a.takenOn.localeCompare(b.takenOn) || a.id.localeCompare(b.id));
  const first = sorted[0];
  const latest = sorted[sorted.length - 1];
  return Object.values(WellbeingDomain).map((domain) => {
    const field = DOMAIN_FIELDS[domain];
    return { domain, first: first[field], latest: latest[field], change: latest[field] - first[field] };
  });
}

/** The average first score, latest score and change per domain over people with at least two checks. */
export function groupChange(checksByPerson: WellbeingCheck[][]): { people: number; domains: DomainChange[] } {
  const changes = checksByPerson.map(personalChange).filter((change): change is DomainChange[] => change !== null);
  const average = (values: number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
  const domains = changes.length
    ? Object.values(WellbeingDomain).map((domain, i) => ({
        domain,
        first: average(changes.map((person) => person[i].first)),
        latest: average(changes.map((person) => person[i].latest)),
        change: average(changes.map((person) => person[i].change)),
      }))
    : [];
  return { people: changes.length, domains };
}
