import { badUserInput } from '@buurtvolk/subgraph-kit';
import { CbsFigure } from './cbs-figure';

/**
 * Reading CBS's "Kerncijfers wijken en buurten" (key figures of districts and neighbourhoods) as exported from
 * StatLine or the CBS open-data API: semicolon separated, one row per area, a header row first.
 *
 * Columns accepted (header names compared without case, spaces, punctuation, a StatLine theme path before the last
 * `/`, a unit in brackets and the API's `_<number>` suffix, so `Codering_3`, `Regioaanduiding/Codering (code)` and
 * `codering` are one column):
 * - `Codering`: the area code (GM…, WK…, BU…) — required;
 * - `AantalInwoners` / `Aantal inwoners (aantal)`: inhabitants;
 * - `HuishoudensMetEenLaagInkomen` / `Huishoudens met een laag inkomen (%)`: share of households with a low income;
 * - `Perioden` / `Jaar` (optional): the year the figures describe (`2024` or `2024JJ00`); without it, the
 *   classification year of the import.
 * At least one of the two figure columns. Other columns are ignored; rows of other areas (NL, landsdelen) are skipped.
 * A cell of `.`, `-`, `x`, `?` or empty is a figure CBS does not publish (secret or unknown): nothing is stored for it.
 *
 * Every step costs time linear in the input: one pass over the characters, no regular expression that can backtrack,
 * no string built by repeated concatenation.
 */

/** The mutation's body is limited to 100 kB; this leaves room for the rest of the request. */
export const MAX_CSV_CHARACTERS = 90_000;
export const MAX_CSV_ROWS = 5_000;

export interface ParsedFigure {
  areaCode: string;
  figure: CbsFigure;
  value: number;
  year: number;
}

const FIGURE_COLUMNS: Record<string, CbsFigure> = {
  aantalinwoners: CbsFigure.INHABITANTS,
  huishoudensmeteenlaaginkomen: CbsFigure.LOW_INCOME_HOUSEHOLDS_SHARE,
};
const CODE_COLUMNS = new Set(['codering', 'coderingcode', 'regiocode']);
const YEAR_COLUMNS = new Set(['perioden', 'jaar']);
const NOT_PUBLISHED = new Set(['', '.', '-', 'x', '?']);

/** `Bevolking/Aantal inwoners (aantal)` → `aantalinwoners`; `AantalInwoners_5` → `aantalinwoners`. */
export function normaliseHeader(header: string): string {
  let text = header.slice(header.lastIndexOf('/') + 1);
  const bracket = text.indexOf('(');
  if (bracket >= 0) text = text.slice(0, bracket);
  text = text.trim();
  const underscore = text.lastIndexOf('_');
  if (underscore > 0 && isDigits(text.slice(underscore + 1))) text = text.slice(0, underscore);
  const kept: string[] = [];
  for (const char of text.toLowerCase()) if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) kept.push(char);
  return kept.join('');
}

/** Splits one line on `;`, honouring double quotes (CBS quotes its texts, e.g. `"WK059901  "`); `""` inside quotes is a quote. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current: string[] = [];
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current.push('"');
        i++;
      } else if (char === '"') quoted = false;
      else current.push(char);
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      fields.push(current.join(''));
      current = [];
    } else current.push(char);
  }
  fields.push(current.join(''));
  return fields;
}

/** GM + 4 digits, WK + 6, BU + 8 (letters may replace the last digits where a municipality has 100+ wijken). */
export function isAreaCode(code: string): boolean {
  const prefix = code.slice(0, 2);
  const rest = code.slice(2);
  const length = prefix === 'GM' ? 4 : prefix === 'WK' ? 6 : prefix === 'BU' ? 8 : -1;
  if (rest.length !== length || !isDigits(rest.slice(0, 4))) return false;
  for (const char of rest.slice(4)) if (!((char >= '0' && char <= '9') || (char >= 'A' && char <= 'Z'))) return false;
  return true;
}

/** The figures of a CSV text, or BAD_USER_INPUT naming the line and column that could not be read. */
export function parseKeyFiguresCsv(csv: string, classificationYear: number): ParsedFigure[] {
  if (csv.length > MAX_CSV_CHARACTERS)
    throw badUserInput(`csv is longer than ${MAX_CSV_CHARACTERS} characters: import the columns you need, one municipality at a time`, [
      { field: 'csv', message: `at most ${MAX_CSV_CHARACTERS} characters` },
    ]);
  const lines = csv.split('\n');
  if (lines.length > MAX_CSV_ROWS + 1)
    throw badUserInput(`csv has more than ${MAX_CSV_ROWS} rows`, [{ field: 'csv', message: `at most ${MAX_CSV_ROWS} rows` }]);
  const header = splitCsvLine(stripLineEnd(lines[0]).replace('\uFEFF', '')).map(normaliseHeader);
  const codeColumn = header.findIndex((name) => CODE_COLUMNS.has(name));
  const yearColumn = header.findIndex((name) => YEAR_COLUMNS.has(name));
  const figureColumns = header.flatMap((name, column) => (FIGURE_COLUMNS[name] ? [{ column, figure: FIGURE_COLUMNS[name] }] : []));
  if (codeColumn < 0 || figureColumns.length === 0)
    throw lineError(1, 'the header needs a Codering column and AantalInwoners and/or HuishoudensMetEenLaagInkomen (semicolon separated)');

  const figures: ParsedFigure[] = [];
  const seen = new Set<string>();
  for (let index = 1; index < lines.length; index++) {
    const line = stripLineEnd(lines[index]);
    if (!line.trim()) continue;
    const lineNumber = index + 1;
    const cells = splitCsvLine(line);
    if (cells.length !== header.length) throw lineError(lineNumber, `has ${cells.length} columns where the header has ${header.length}`);
    const areaCode = cells[codeColumn].trim().toUpperCase();
    const prefix = areaCode.slice(0, 2);
    if (prefix !== 'GM' && prefix !== 'WK' && prefix !== 'BU') continue;
    if (!isAreaCode(areaCode)) throw lineError(lineNumber, `"${areaCode.slice(0, 12)}" is not a CBS area code (GM…, WK…, BU…)`);
    if (seen.has(areaCode)) throw lineError(lineNumber, `${areaCode} appears twice`);
    seen.add(areaCode);
    const year = yearColumn >= 0 ? parseYear(cells[yearColumn], lineNumber) : classificationYear;
    for (const { column, figure } of figureColumns) {
      const cell = cells[column].trim();
      if (NOT_PUBLISHED.has(cell)) continue;
      const value = parseNumber(cell);
      if (value === null) throw lineError(lineNumber, `${figure} "${cell.slice(0, 20)}" is not a number`);
      if (figure === CbsFigure.LOW_INCOME_HOUSEHOLDS_SHARE && value > 100)
        throw lineError(lineNumber, `${figure} ${value} is not a percentage`);
      figures.push({ areaCode, figure, value, year });
    }
  }
  return figures;
}

function lineError(line: number, message: string) {
  return badUserInput(`csv line ${line}: ${message}`, [{ field: 'csv', message: `line ${line}: ${message}` }]);
}

function stripLineEnd(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function isDigits(text: string): boolean {
  if (!text.length) return false;
  for (const char of text) if (char < '0' || char > '9') return false;
  return true;
}

/** `2024` or StatLine's `2024JJ00`. */
function parseYear(cell: string, line: number): number {
  const text = cell.trim();
  const digits = text.slice(0, 4);
  if (!isDigits(digits) || !(text.length === 4 || text.slice(4) === 'JJ00'))
    throw lineError(line, `year "${text.slice(0, 12)}" is not a year`);
  return Number(digits);
}

/** A non-negative decimal with `.` or `,` (StatLine's Dutch export) as the decimal separator; null when it is not one. */
function parseNumber(cell: string): number | null {
  const text = cell.replace(',', '.');
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  if (!isDigits(whole) || (dot >= 0 && !isDigits(fraction)) || whole.length > 9) return null;
  return Number(`${whole}${dot >= 0 ? `.${fraction}` : ''}`);
}
