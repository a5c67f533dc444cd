/**
 * An amount in euros as people type it ("12,50", "€ 12", "1.234,5") to whole cents, or undefined when it is not one
 * amount above zero with at most two decimals. A comma is the decimal sign and a point groups thousands, as in Dutch.
 */
export function centsFromEuros(typed: string): number | undefined {
  // "12.50" (a point and one or two decimals) is meant as 12,50 too; "1.234" stays a thousand and more.
  const text = typed.replace(/€|\s/g, '').replace(/^(\d+)\.(\d{1,2})$/, '$1,$2');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const euros = Number(match[1].replace(/\./g, ''));
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  const total = euros * 100 + cents;
  return total > 0 && Number.isSafeInteger(total) ? total : undefined;
}

/** The SHA-256 of a file, hexadecimal, so a receipt that is changed later is noticed. */
export async function sha256Of(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
