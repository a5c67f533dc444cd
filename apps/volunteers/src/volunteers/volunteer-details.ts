import { isLocalDate, todayInAmsterdam } from '@buurtvolk/domain';
import { badUserInput, type FieldError } from '@buurtvolk/subgraph-kit';
import { VogStatus, type Volunteer } from './volunteer.entity';
import type { VolunteerDetailsInput } from './volunteer.inputs';
import { dateOfBirthProblem, normalisePhone, normalisePostalCode, normaliseTalents } from './volunteer.rules';

/**
 * Checks the details a person or coordinator entered and returns them as stored (normalised phone, postal code,
 * talents, availability). Every problem is reported at once, naming its field. `current` is the stored record
 * on an update, so that combined rules (a valid certificate needs its end date) see the result.
 */
export function checkedDetails(input: VolunteerDetailsInput, current?: Volunteer): { changes: Partial<Volunteer>; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const changes: Partial<Volunteer> = {};
  const today = todayInAmsterdam();
  for (const field of ['displayName', 'givenName', 'familyName', 'neighbourhoodId', 'vogStatus'] as const) {
    if (input[field] !== undefined)
      (changes as Record<string, unknown>)[field] = typeof input[field] === 'string' ? input[field].trim() : input[field];
  }
  if (input.email !== undefined) changes.email = input.email.trim().toLowerCase();
  if (input.phone !== undefined) {
    changes.phone = normalisePhone(input.phone);
    if (!changes.phone) problems.push({ field: 'phone', message: 'must be a phone number such as 06-12345678 or +31 10 123 4567' });
  }
  if (input.postalCode !== undefined) {
    changes.postalCode = normalisePostalCode(input.postalCode);
    if (!changes.postalCode) problems.push({ field: 'postalCode', message: 'must be a Dutch postal code such as 3072 AB' });
  }
  if (input.houseNumber !== undefined) changes.houseNumber = input.houseNumber.trim().toUpperCase();
  if (input.dateOfBirth !== undefined) {
    const problem = isLocalDate(input.dateOfBirth) ? dateOfBirthProblem(input.dateOfBirth, today) : 'must be a date';
    if (problem) problems.push({ field: 'dateOfBirth', message: problem });
    changes.dateOfBirth = input.dateOfBirth;
  }
  if (input.languages !== undefined) changes.languages = [...new Set(input.languages.map((language) => language.trim()).filter(Boolean))];
  if (input.talents !== undefined) changes.talents = normaliseTalents(input.talents);
  if (input.availability !== undefined) changes.availability = [...new Set(input.availability.map(({ day, part }) => `${day}:${part}`))];
  if (input.vogValidUntil !== undefined) changes.vogValidUntil = input.vogValidUntil;
  const vogStatus = changes.vogStatus ?? current?.vogStatus ?? VogStatus.NOT_REQUIRED;
  const vogValidUntil = changes.vogValidUntil ?? current?.vogValidUntil ?? null;
  if (vogStatus === VogStatus.VALID && !vogValidUntil)
    problems.push({ field: 'vogValidUntil', message: 'is needed when the certificate of conduct is VALID' });
  if (vogStatus !== VogStatus.VALID && input.vogValidUntil !== undefined)
    problems.push({ field: 'vogValidUntil', message: 'applies only to a VALID certificate of conduct' });
  return { changes, problems };
}

export function assertNoProblems(problems: FieldError[]): void {
  if (problems.length)
    throw badUserInput(`Invalid input: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`, problems);
}
