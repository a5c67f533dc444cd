import { VolunteerStatus } from './volunteer.entity';

/** Talents are free tags; stored trimmed, lower case, single-spaced and without duplicates so search finds them. */
export function normaliseTalents(talents: string[]): string[] {
  return [...new Set(talents.map((talent) => talent.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
}

/** Dutch numbers as people write them ("06-12345678", "010 123 4567", "+31 6 1234 5678") become +31…; null if not a phone number. */
export function normalisePhone(phone: string): string | null {
  // "+31 (0)6 …" is how many people write a Dutch mobile number: the (0) is dropped after a country code.
  const compact = phone.replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
  const dutch = /^(?:\+31|0031|0)([1-9]\d{8})$/.exec(compact);
  if (dutch) return `+31${dutch[1]}`;
  return /^\+(?!31)[1-9]\d{7,14}$/.test(compact) ? compact : null;
}

/** Dutch postal code: four digits (not starting with 0) and two letters, except SA, SD and SS; stored as "3072 AB". */
export function normalisePostalCode(postalCode: string): string | null {
  const match = /^([1-9]\d{3})\s?([A-Za-z]{2})$/.exec(postalCode.trim());
  if (!match) return null;
  const letters = match[2].toUpperCase();
  return ['SA', 'SD', 'SS'].includes(letters) ? null : `${match[1]} ${letters}`;
}

export function dateOfBirthProblem(dateOfBirth: string, today: string): string | null {
  if (dateOfBirth > today) return 'must not be in the future';
  if (dateOfBirth < '1900-01-01') return 'must be after 1900';
  return null;
}

const NEXT_STATUSES: Record<VolunteerStatus, VolunteerStatus[]> = {
  [VolunteerStatus.INTAKE]: [VolunteerStatus.ACTIVE, VolunteerStatus.LEFT],
  [VolunteerStatus.ACTIVE]: [VolunteerStatus.PAUSED, VolunteerStatus.LEFT],
  [VolunteerStatus.PAUSED]: [VolunteerStatus.ACTIVE, VolunteerStatus.LEFT],
  [VolunteerStatus.LEFT]: [VolunteerStatus.ACTIVE],
};

export function statusChangeProblem(from: VolunteerStatus, to: VolunteerStatus): string | null {
  if (NEXT_STATUSES[from].includes(to)) return null;
  return `cannot change from ${from} to ${to}; from ${from} a volunteer can go to ${NEXT_STATUSES[from].join(' or ')}`;
}
