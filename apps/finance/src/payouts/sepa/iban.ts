/**
 * IBAN checks (ISO 13616). A payout to a mistyped IBAN fails days later at the bank, or worse reaches someone else,
 * so an account number is refused when it is entered rather than when the batch is sent.
 */

// From the SWIFT IBAN registry, for the countries a payee of ours can plausibly bank in (the SEPA area). Other
// countries only get the general 15–34 range, which the mod-97 check then backs up.
const IBAN_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['AD', 24],
  ['AL', 28],
  ['AT', 20],
  ['BE', 16],
  ['BG', 22],
  ['CH', 21],
  ['CY', 28],
  ['CZ', 24],
  ['DE', 22],
  ['DK', 18],
  ['EE', 20],
  ['ES', 24],
  ['FI', 18],
  ['FR', 27],
  ['GB', 22],
  ['GI', 23],
  ['GR', 27],
  ['HR', 21],
  ['HU', 28],
  ['IE', 22],
  ['IS', 26],
  ['IT', 27],
  ['LI', 21],
  ['LT', 20],
  ['LU', 20],
  ['LV', 21],
  ['MC', 27],
  ['MD', 24],
  ['ME', 22],
  ['MK', 19],
  ['MT', 31],
  ['NL', 18],
  ['NO', 15],
  ['PL', 28],
  ['PT', 25],
  ['RO', 24],
  ['RS', 22],
  ['SE', 24],
  ['SI', 19],
  ['SK', 24],
  ['SM', 27],
  ['VA', 22],
]);

// Where we know the national layout, a letter typed where a digit belongs is refused even if mod-97 happens to pass.
const BBAN_LAYOUTS: ReadonlyMap<string, RegExp> = new Map([
  ['NL', /^[A-Z]{4}[0-9]{10}$/],
  ['BE', /^[0-9]{12}$/],
  ['DE', /^[0-9]{18}$/],
  ['FR', /^[0-9]{10}[A-Z0-9]{11}[0-9]{2}$/],
]);

/** The IBAN in its electronic form (no spaces, upper case), or null when it is not a valid IBAN. */
export function normaliseIban(input: string): string | null {
  const iban = input.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) return null;
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS.get(country);
  if (length === undefined ? iban.length < 15 || iban.length > 34 : iban.length !== length) return null;
  const layout = BBAN_LAYOUTS.get(country);
  if (layout && !layout.test(iban.slice(4))) return null;
  // 00, 01 and 99 are never issued: 00 and 99 pass mod-97 wherever 97 and 02 would, so they are typing errors.
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return null;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1 ? iban : null;
}

export function isDutchIban(input: string): boolean {
  return normaliseIban(input)?.startsWith('NL') ?? false;
}

/** Groups of four for people to read ("NL91 ABNA 0417 1643 00"); what they typed is shown even when it is invalid. */
export function formatIban(input: string): string {
  return input
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

// Letters count as two digits (A = 10 … Z = 35). Reducing digit by digit keeps every step far below 2^53, so plain
// numbers are exact here, however long the IBAN.
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const char of rearranged) {
    const value = parseInt(char, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}
