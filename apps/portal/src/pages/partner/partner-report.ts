/** Plain helpers for the partner dashboard: the URL's choices and the report as one CSV file. */

export interface CsvTable {
  name: string;
  fileName: string;
  content: string;
}

/** What a report is about: a neighbourhood or a team in a year, or a funding agreement over its period. */
export type ReportKind = 'neighbourhood' | 'team' | 'agreement';

export interface ReportChoice {
  kind: ReportKind;
  /** The neighbourhood, team or agreement from the URL; none means "the first neighbourhood". */
  id?: string;
  /** Used by neighbourhood and team reports; an agreement's report covers its own period. */
  year: number;
}

/** The URL's name of each kind's parameter, in the partner's language (Dutch). */
const PARAMETERS: Record<ReportKind, string> = { neighbourhood: 'buurt', team: 'team', agreement: 'overeenkomst' };

/** The chosen report from the page's query string (`?buurt=<id>&jaar=2026`, `?team=<id>&jaar=2026`, `?overeenkomst=<id>`). */
export function choiceFromSearch(search: string, thisYear: number): ReportChoice {
  const params = new URLSearchParams(search);
  const year = Number(params.get('jaar'));
  const kind = (['agreement', 'team', 'neighbourhood'] as const).find((candidate) => params.get(PARAMETERS[candidate])) ?? 'neighbourhood';
  return {
    kind,
    id: params.get(PARAMETERS[kind]) || undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= thisYear ? year : thisYear,
  };
}

export function searchFor(choice: { kind: ReportKind; id: string; year: number }): string {
  const params = new URLSearchParams({ [PARAMETERS[choice.kind]]: choice.id });
  if (choice.kind !== 'agreement') params.set('jaar', String(choice.year));
  return `?${params.toString()}`;
}

/** The report's tables in one semicolon-separated file: each table under its own name, a blank line between them. */
export function combineCsv(tables: CsvTable[]): string {
  return (
    tables.map((table) => `${quote(table.name)}\r\n${table.content.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, '')}`).join('\r\n\r\n') +
    '\r\n'
  );
}

function quote(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A name without characters that trouble file systems: lower case, no accents, words joined by hyphens. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The file name of a report: `impact-feijenoord-2026.csv` for a neighbourhood or team in a year,
 * `impact-overeenkomst-buurtvolk-rotterdam-2025-2028.csv` for a funding agreement.
 */
export function csvFileName(name: string, year: number | null, kind: ReportKind = 'neighbourhood'): string {
  const part = slug(name) || { neighbourhood: 'buurt', team: 'team', agreement: 'rapport' }[kind];
  return kind === 'agreement' || year === null ? `impact-overeenkomst-${part}.csv` : `impact-${part}-${year}.csv`;
}
