import { ageOn, checkCaps, KNOWN_RATES, maxHourlyCents } from './allowance.rules';

const rates2026 = KNOWN_RATES.find((rates) => rates.year === 2026)!;

describe('volunteer allowance rules', () => {
  it('has the known limits per year in cents', () => {
    expect(
      KNOWN_RATES.map((rates) => [
        rates.year,
        rates.hourly21PlusCents,
        rates.hourlyUnder21Cents,
        rates.monthlyCapCents,
        rates.yearlyCapCents,
      ]),
    ).toEqual([
      [2024, 550, 325, 21_000, 210_000],
      [2025, 560, 330, 21_000, 210_000],
      [2026, 575, 340, 22_000, 220_000],
    ]);
  });

  it('takes the age on the first of the month for the hourly maximum', () => {
    expect(ageOn('2005-03-15', '2026-03-01')).toBe(20);
    expect(maxHourlyCents(rates2026, '2005-03-15', '2026-03')).toBe(340);
    expect(maxHourlyCents(rates2026, '2005-03-01', '2026-03')).toBe(575);
    expect(maxHourlyCents(rates2026, '2005-03-02', '2026-03')).toBe(340);
  });

  it('refuses what would cross the monthly cap, stating cap, used and left', () => {
    expect(
      checkCaps(rates2026, {
        usedThisMonthCents: 20_000,
        usedThisYearCents: 50_000,
        declaredElsewhereThisYearCents: 0,
        amountCents: 2_000,
      }),
    ).toEqual({ ok: true });
    expect(
      checkCaps(rates2026, {
        usedThisMonthCents: 20_000,
        usedThisYearCents: 50_000,
        declaredElsewhereThisYearCents: 0,
        amountCents: 2_001,
      }),
    ).toEqual({
      ok: false,
      cap: 'MONTH',
      capCents: 22_000,
      usedCents: 20_000,
      leftCents: 2_000,
      message: '€20,01 would pass the monthly cap of €220,00: €200,00 is used, €20,00 is left',
    });
  });

  it('counts allowances declared from other organisations towards the yearly cap', () => {
    const verdict = checkCaps(rates2026, {
      usedThisMonthCents: 0,
      usedThisYearCents: 150_000,
      declaredElsewhereThisYearCents: 60_000,
      amountCents: 15_000,
    });
    expect(verdict).toMatchObject({ ok: false, cap: 'YEAR', capCents: 220_000, usedCents: 210_000, leftCents: 10_000 });
  });
});
