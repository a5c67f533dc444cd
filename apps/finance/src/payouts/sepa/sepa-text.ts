/**
 * Text for SEPA files. The EPC guarantees only the basic Latin set end to end (a–z A–Z 0–9 / - ? : ( ) . , ' + and
 * space); a bank may reject a file with anything else, or pass it on mangled, so names are reduced to that set here.
 */

const SEPA_CHARACTER = /^[A-Za-z0-9/\-?:().,'+ ]$/;

// Letters that Unicode does not decompose into a base letter plus accent, and punctuation with an obvious stand-in.
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['ẞ', 'SS'],
  ['æ', 'ae'],
  ['Æ', 'AE'],
  ['œ', 'oe'],
  ['Œ', 'OE'],
  ['ø', 'o'],
  ['Ø', 'O'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ð', 'd'],
  ['Ð', 'D'],
  ['þ', 'th'],
  ['Þ', 'Th'],
  ['ı', 'i'],
  ['&', '+'],
  ['‘', "'"],
  ['’', "'"],
  ['‚', "'"],
  ['`', "'"],
  ['´', "'"],
  ['"', "'"],
  ['“', "'"],
  ['”', "'"],
  ['„', "'"],
  ['‐', '-'],
  ['‑', '-'],
  ['–', '-'],
  ['—', '-'],
  ['_', '-'],
]);

/**
 * Reduces free text to the SEPA character set and at most maxLength characters: accents are dropped (é → e, ö → o),
 * other characters become '.', runs of white space one space. May return '' for empty input.
 */
export function toSepaText(input: string, maxLength: number): string {
  let text = '';
  for (const char of input.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (SEPA_CHARACTER.test(char)) text += char;
    else if (/^\s$/.test(char)) text += ' ';
    else text += REPLACEMENTS.get(char) ?? '.';
  }
  return text.replace(/ {2,}/g, ' ').trim().slice(0, maxLength).trimEnd();
}

/** Whether a name keeps any letter or digit in a SEPA file; one in foreign script alone would reach the bank as dots. */
export function carriesInSepa(name: string): boolean {
  return /[A-Za-z0-9]/.test(toSepaText(name, Number.MAX_SAFE_INTEGER));
}

/**
 * Identifiers (message id, end-to-end id) travel back to us in status reports and bank statements, so they are
 * checked rather than rewritten: 1–35 characters of the SEPA set without spaces, and per the EPC rules not starting
 * or ending with '/' nor containing '//'. Returns what is wrong, or null.
 */
export function sepaIdentifierProblem(id: string): string | null {
  if (id.length === 0) return 'is empty';
  if (id.length > 35) return `is ${id.length} characters long, at most 35 are allowed`;
  if (![...id].every((char) => char !== ' ' && SEPA_CHARACTER.test(char))) return "may only contain A-Z, a-z, 0-9 and / - ? : ( ) . , ' +";
  if (id.startsWith('/') || id.endsWith('/') || id.includes('//')) return "may not start or end with '/' nor contain '//'";
  return null;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}
