import { formatEuros, money } from '@buurtvolk/domain';

/** The fiscal limits of one calendar year, in cents. */
export interface AllowanceRates {
  year: number;
  hourly21PlusCents: number;
  hourlyUnder21Cents: number;
  monthlyCapCents: number;
  yearlyCapCents: number;
}

/** Known limits; stored as data (allowance_rates) that an admin corrects. 2026 is to be confirmed before relying on it. */
export const KNOWN_RATES: (AllowanceRates & { confirmed: boolean; source: string })[] = [
  {
    year: 2024,
    hourly21PlusCents: 550,
    hourlyUnder21Cents: 325,
    monthlyCapCents: 21_000,
    yearlyCapCents: 210_000,
    confirmed: true,
    source: 'Belastingdienst, vrijwilligersregeling 2024',
  },
  {
    year: 2025,
    hourly21PlusCents: 560,
    hourlyUnder21Cents: 330,
    monthlyCapCents: 21_000,
    yearlyCapCents: 210_000,
    confirmed: true,
    source: 'Belastingdienst, vrijwilligersregeling 2025',
  },
  {
    year: 2026,
    hourly21PlusCents: 575,
    hourlyUnder21Cents: 340,
    monthlyCapCents: 22_000,
    yearlyCapCents: 220_000,
    confirmed: false,
    source: 'Announced for 2026; confirm with the Belastingdienst',
  },
];

/** Age in whole years on a date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The highest hourly rate allowed in a month: age on the first of that month decides. */
export function maxHourlyCents(rates: AllowanceRates, dateOfBirth: string, month: string): number {
  return ageOn(dateOfBirth, `${month}-01`) >= 21 ? rates.hourly21PlusCents : rates.hourlyUnder21Cents;
}

export interface CapCheck {
  /** Allowance plus reimbursed costs already paid (or approved) in the arrangement this month and year. */
  usedThisMonthCents: number;
  usedThisYearCents: number;
  /** Allowances the volunteer declared from other organisations this year. */
  declaredElsewhereThisYearCents: number;
  amountCents: number;
}

export type CapVerdict =
  { ok: true } | { ok: false; cap: 'MONTH' | 'YEAR'; capCents: number; usedCents: number; leftCents: number; message: string };

/**
 * Above a cap the whole allowance becomes taxable and can cost a volunteer on benefits their benefit, so an amount
 * that would cross the monthly or yearly cap is refused, saying the cap, what is used and what is left.
 */
export function checkCaps(rates: AllowanceRates, check: CapCheck): CapVerdict {
  const monthUsed = check.usedThisMonthCents;
  if (monthUsed + check.amountCents > rates.monthlyCapCents) return refusal('MONTH', rates.monthlyCapCents, monthUsed, check.amountCents);
  const yearUsed = check.usedThisYearCents + check.declaredElsewhereThisYearCents;
  if (yearUsed + check.amountCents > rates.yearlyCapCents) return refusal('YEAR', rates.yearlyCapCents, yearUsed, check.amountCents);
  return { ok: true };
}

function refusal(cap: 'MONTH' | 'YEAR', capCents: number, usedCents: number, amountCents: number): CapVerdict {
  const leftCents = Math.max(0, capCents - usedCents);
  const period = cap === 'MONTH' ? 'monthly' : 'yearly';
  return {
    ok: false,
    cap,
    capCents,
    usedCents,
    leftCents,
    message: `${formatEuros(money(amountCents))} would pass the ${period} cap of ${formatEuros(money(capCents))}: ${formatEuros(money(usedCents))} is used, ${formatEuros(money(leftCents))} is left`,
  };
}

/** How close to a cap counts as approaching it, for the coordinator's list. */
export const APPROACHING_SHARE = 0.8;
