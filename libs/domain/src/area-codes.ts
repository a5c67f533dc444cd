/**
 * Dutch CBS area codes. Municipality GM + 4 digits; wijk WK + the municipality's 4 digits + 2 characters;
 * buurt BU + the wijk's 6 + 2 characters. Letters occur where a municipality has 100+ wijken.
 * Codes change with municipal mergers, so whoever stores one also stores its classification year.
 */
const MUNICIPALITY = /^GM\d{4}$/;
const WIJK = /^WK\d{4}[0-9A-Z]{2}$/;
const BUURT = /^BU\d{4}[0-9A-Z]{2}[0-9A-Z]{2}$/;

export function isMunicipalityCode(code: string): boolean {
  return MUNICIPALITY.test(code);
}

export function isWijkCode(code: string): boolean {
  return WIJK.test(code);
}

export function isBuurtCode(code: string): boolean {
  return BUURT.test(code);
}

/** The municipality digits a wijk or buurt code belongs to, e.g. WK059901 → GM0599. */
export function municipalityOf(code: string): string {
  if (!isWijkCode(code) && !isBuurtCode(code)) throw new RangeError(`Not a wijk or buurt code: ${code}`);
  return `GM${code.slice(2, 6)}`;
}

/** The first year CBS published area classifications in this form; later years are checked against today. */
export const FIRST_CBS_CLASSIFICATION_YEAR = 1995;
