import { allowanceNeedsMunicipalConsent } from './social-assistance.rules';

describe('an allowance for someone on social assistance', () => {
  const onBijstand = { periods: [{ since: '2026-03-15', until: '2026-06-10' }], consents: [] };

  it('waits for the municipality under 27, in any month with a day of bijstand', () => {
    expect(allowanceNeedsMunicipalConsent(onBijstand, '2000-01-01', '2026-03')).toBe(true);
    expect(allowanceNeedsMunicipalConsent(onBijstand, '2000-01-01', '2026-06')).toBe(true);
    expect(allowanceNeedsMunicipalConsent(onBijstand, '2000-01-01', '2026-02')).toBe(false);
    expect(allowanceNeedsMunicipalConsent(onBijstand, '2000-01-01', '2026-07')).toBe(false);
  });

  it('counts age on the first of the month: 27 that day is free, 27 the next day is not yet', () => {
    expect(allowanceNeedsMunicipalConsent(onBijstand, '1999-04-01', '2026-04')).toBe(false);
    expect(allowanceNeedsMunicipalConsent(onBijstand, '1999-04-02', '2026-04')).toBe(true);
  });

  it('is paid once a consent is recorded, for an ongoing period too, and without a known birth date', () => {
    expect(allowanceNeedsMunicipalConsent({ ...onBijstand, consents: ['2026-05-01'] }, '2000-01-01', '2026-04')).toBe(false);
    expect(allowanceNeedsMunicipalConsent({ periods: [{ since: '2026-01-01', until: null }], consents: [] }, '2005-01-01', '2030-12')).toBe(
      true,
    );
    expect(allowanceNeedsMunicipalConsent(onBijstand, null, '2026-04')).toBe(false);
    expect(allowanceNeedsMunicipalConsent(null, '2000-01-01', '2026-04')).toBe(false);
  });
});
