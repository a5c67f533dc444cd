/** Money in integer cents, never floating point. Only euros circulate in this platform for now. */
export type Currency = 'EUR';

export interface Money {
  readonly cents: number;
  readonly currency: Currency;
}

export function money(cents: number, currency: Currency = 'EUR'): Money {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Money must be a whole number of cents, got ${cents}`);
  return { cents, currency };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`Cannot add ${a.currency} to ${b.currency}`);
  return money(a.cents + b.cents, a.currency);
}

/** Parses "12,50" or "12.50" (euros, as people type them) into cents without floating-point rounding. */
export function parseEuros(text: string): Money {
  const match = /^(-)?(\d+)(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) throw new RangeError(`Not an amount in euros: "${text}"`);
  const [, minus, euros, fraction = ''] = match;
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
  return money(minus ? -cents : cents);
}

export function formatEuros(amount: Money): string {
  const sign = amount.cents < 0 ? '-' : '';
  const abs = Math.abs(amount.cents);
  return `${sign}€${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
