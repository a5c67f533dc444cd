/** Plain helpers for the partner dashboard: the URL's choices and the report as one CSV file. */

export interface CsvTable {
  name: string;
  fileName: string;
  content: string;
}

/** The chosen neighbourhood and year from the page's query string (`?buurt=<id>&jaar=2026`). */
export function choiceFromSearch(search: string, thisYear: number): { neighbourhoodId?: string; year: number } {
  const params = new URLSearchParams(search);
  const year = Number(params.get('jaar'));
  const neighbourhoodId = params.get('buurt') ?? undefined;
  return { neighbourhoodId: neighbourhoodId || undefined, year: Number.isInteger(year) && year >= 2000 && year <= thisYear ? year : thisYear };
}

export function searchFor(neighbourhoodId: string, year: number): string {
  return `?${new URLSearchParams({ buurt: neighbourhoodId, jaar: String(year) }).toString()}`;
}

/** The report's tables in one semicolon-separated file: each table under its own name, a blank line between them. */
export function combineCsv(tables: CsvTable[]): string {
  return tables.map((table) => `${quote(table.name)}\r\n${table.content.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, '')}`).join('\r\n\r\n') + '\r\n';
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A file name without characters that trouble file systems, e.g. `impact-feijenoord-2026.csv`. */
export function csvFileName(neighbourhood: string, year: number): string {
  const slug = neighbourhood
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `impact-${slug || 'buurt'}-${year}.csv`;
}
