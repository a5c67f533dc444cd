/** One year's index as the arithmetic needs it. */
export interface IndexYear {
  year: number;
  indexValue: number;
  base?: string;
  provisional?: boolean;
}

/**
 * The price level a report is put in: the year asked for when it has an index, else the latest year with one
 * before it, else the latest year with one at all; null when no index is stored (then nothing is indexed).
 */
export function priceLevelYear(index: IndexYear[], wanted: number): number | null {
  const years = index.map((row) => row.year).sort((a, b) => a - b);
  if (!years.length) return null;
  return years.filter((year) => year <= wanted).at(-1) ?? years.at(-1)!;
}

/**
 * The factor that brings an amount of `fromYear`'s prices to `levelYear`'s: CPI(level) / CPI(from), rounded to four
 * decimals (the factor is shown and the sums must be redoable by hand from what is shown). Null when either year
 * has no index: then the amount stays nominal, and the report line says so.
 */
export function indexFactor(index: IndexYear[], fromYear: number, levelYear: number | null): number | null {
  if (levelYear === null) return null;
  const from = index.find((row) => row.year === fromYear);
  const to = index.find((row) => row.year === levelYear);
  if (!from || !to) return null;
  return Math.round((to.indexValue / from.indexValue) * 10_000) / 10_000;
}
