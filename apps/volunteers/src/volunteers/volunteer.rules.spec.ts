import { VolunteerStatus } from './volunteer.entity';
import { dateOfBirthProblem, normalisePhone, normalisePostalCode, normaliseTalents, statusChangeProblem } from './volunteer.rules';

describe('volunteer rules', () => {
  it('normalises talents into searchable tags', () => {
    expect(normaliseTalents(['  Cooking ', 'bike  REPAIR', 'cooking', ''])).toEqual(['cooking', 'bike repair']);
  });

  it('accepts Dutch phone numbers as people write them', () => {
    expect(normalisePhone('06-12345678')).toBe('+31612345678');
    expect(normalisePhone('010 123 4567')).toBe('+31101234567');
    expect(normalisePhone('+31 (0)6 1234 5678')).toBe('+31612345678');
    expect(normalisePhone('+310612345678')).toBeNull();
    expect(normalisePhone('+32 470 12 34 56')).toBe('+32470123456');
    expect(normalisePhone('12345')).toBeNull();
  });

  it('accepts Dutch postal codes and refuses the rest', () => {
    expect(normalisePostalCode('3072ab')).toBe('3072 AB');
    expect(normalisePostalCode('3072 AB')).toBe('3072 AB');
    expect(normalisePostalCode('0123 AB')).toBeNull();
    expect(normalisePostalCode('3072 SS')).toBeNull();
    expect(normalisePostalCode('30722 AB')).toBeNull();
  });

  it('refuses a birth date in the future', () => {
    expect(dateOfBirthProblem('2030-01-01', '2026-11-27')).toBe('must not be in the future');
    expect(dateOfBirthProblem('1980-05-04', '2026-11-27')).toBeNull();
  });

  it('allows only the status changes that make sense', () => {
    expect(statusChangeProblem(VolunteerStatus.INTAKE, VolunteerStatus.ACTIVE)).toBeNull();
    expect(statusChangeProblem(VolunteerStatus.LEFT, VolunteerStatus.ACTIVE)).toBeNull();
    expect(statusChangeProblem(VolunteerStatus.LEFT, VolunteerStatus.PAUSED)).toBe(
      'cannot change from LEFT to PAUSED; from LEFT a volunteer can go to ACTIVE',
    );
    expect(statusChangeProblem(VolunteerStatus.ACTIVE, VolunteerStatus.ACTIVE)).not.toBeNull();
  });
});
