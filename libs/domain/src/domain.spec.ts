import {
  addMoney,
  addYears,
  demoId,
  formatEuros,
  isBuurtCode,
  isLocalDate,
  isMunicipalityCode,
  isUuid,
  isWijkCode,
  money,
  municipalityOf,
  parseEuros,
  Theme,
  themeLabel,
  THEME_LABELS,
  todayInAmsterdam,
  shiftKeepingAmsterdamTime,
} from './index';

describe('themes', () => {
  it('has six themes, each with a Dutch and an English label', () => {
    expect(THEME_LABELS.map((label) => label.theme).sort()).toEqual(Object.values(Theme).sort());
    expect(themeLabel(Theme.INFORMAL_CARE)).toMatchObject({ labelNl: 'Informele zorg', labelEn: 'Informal care' });
  });
});

describe('money', () => {
  it('keeps whole cents and refuses fractions of a cent', () => {
    expect(addMoney(money(1050), money(275))).toEqual({ cents: 1325, currency: 'EUR' });
    expect(() => money(10.5)).toThrow(RangeError);
  });

  it('parses amounts as people type them, without float rounding', () => {
    expect(parseEuros('0,1').cents).toBe(10);
    expect(parseEuros('5.75').cents).toBe(575);
    expect(parseEuros('2100').cents).toBe(210000);
    expect(() => parseEuros('12,345')).toThrow(RangeError);
    expect(formatEuros(money(-575))).toBe('-€5,75');
  });
});

describe('area codes', () => {
  it('accepts CBS formats and refuses the rest', () => {
    expect(isMunicipalityCode('GM0599')).toBe(true);
    expect(isMunicipalityCode('GM599')).toBe(false);
    expect(isWijkCode('WK059901')).toBe(true);
    expect(isWijkCode('WK0599A1')).toBe(true);
    expect(isWijkCode('WK05990')).toBe(false);
    expect(isBuurtCode('BU05990101')).toBe(true);
    expect(isBuurtCode('BU059901')).toBe(false);
    expect(municipalityOf('BU05990101')).toBe('GM0599');
  });
});

describe('ids', () => {
  it('gives the same demo id for the same key in every service', () => {
    expect(demoId('team:feijenoord')).toBe(demoId('team:feijenoord'));
    expect(demoId('team:feijenoord')).not.toBe(demoId('team:charlois'));
    expect(isUuid(demoId('team:feijenoord'))).toBe(true);
    expect(isUuid("1' OR '1'='1")).toBe(false);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('01-02-2025')).toBe(false);
  });

  it('adds years, keeping leap days inside the month', () => {
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
  });

  it('takes today in Amsterdam, not in UTC', () => {
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('Amsterdam wall-clock time', () => {
  it('keeps a weekly activity at 10:00 local time across the change to winter time', () => {
    const summer = new Date('2026-10-20T08:00:00Z'); // 10:00 in Amsterdam (CEST)
    expect(shiftKeepingAmsterdamTime(summer, { days: 7 }).toISOString()).toBe('2026-10-27T09:00:00.000Z'); // 10:00 CET
  });

  it('keeps the day of the month for monthly activities, clamped to short months', () => {
    expect(shiftKeepingAmsterdamTime(new Date('2026-01-31T13:00:00Z'), { months: 1 }).toISOString()).toBe('2026-02-28T13:00:00.000Z');
    expect(shiftKeepingAmsterdamTime(new Date('2026-03-15T13:00:00Z'), { months: 1 }).toISOString()).toBe('2026-04-15T12:00:00.000Z');
  });
});
