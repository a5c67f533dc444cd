import { isLocalDate, todayInAmsterdam } from '@buurtvolk/domain';
import type { FieldError } from '@buurtvolk/subgraph-kit';
import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { checkedDetails } from '../volunteers/volunteer-details';
import type { Volunteer } from '../volunteers/volunteer.entity';

/** Columns a coordinator's spreadsheet may have; lists (talents, languages) are separated by "|". */
export const IMPORT_COLUMNS = ['displayName', 'givenName', 'familyName', 'email', 'phone', 'dateOfBirth', 'postalCode', 'houseNumber', 'joinedOn', 'talents', 'languages'] as const;
export const MAX_IMPORT_ROWS = 500;

export interface ParsedRow {
  line: number;
  values: Partial<Volunteer> & { joinedOn: string };
  errors: FieldError[];
}

/** Dutch spreadsheets write dates as 31-12-1980; ISO dates are taken as they are. */
function isoDate(value: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : value;
}

/**
 * Parses CSV text (comma or semicolon separated, a header row with the column names above) and checks every
 * row as a registration would, plus duplicate e-mail addresses within the file. Throws on a file that
 * cannot be read at all; row problems are returned per row.
 */
export function parseVolunteerCsv(csv: string): ParsedRow[] {
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: Record<string, string>[] = parse(csv, { columns: (header: string[]) => header.map((name) => name.trim()), delimiter, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false });
  const unknown = records.length ? Object.keys(records[0]).filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column)) : [];
  if (unknown.length) throw new ImportFileError(`Unknown columns: ${unknown.join(', ')}. Known columns: ${IMPORT_COLUMNS.join(', ')}`);
  if (records.length > MAX_IMPORT_ROWS) throw new ImportFileError(`The file has ${records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time`);

  const today = todayInAmsterdam();
  const seenEmails = new Map<string, number>();
  return records.map((record, i) => {
    const line = i + 2;
    const get = (column: string) => (record[column] ?? '').trim() || undefined;
    const list = (column: string) => get(column)?.split('|').map((item) => item.trim()).filter(Boolean);
    const errors: FieldError[] = [];
    const email = get('email');
    if (email && !isEmail(email)) errors.push({ field: 'email', message: 'must be an e-mail address' });
    const dateOfBirth = get('dateOfBirth') && isoDate(get('dateOfBirth')!);
    if (dateOfBirth && !isLocalDate(dateOfBirth)) errors.push({ field: 'dateOfBirth', message: 'must be a date such as 31-12-1980' });
    const joinedOn = isoDate(get('joinedOn') ?? today);
    if (!isLocalDate(joinedOn)) errors.push({ field: 'joinedOn', message: 'must be a date such as 01-09-2025' });
    else if (joinedOn > today) errors.push({ field: 'joinedOn', message: 'must not be in the future' });
    if (!get('displayName')) errors.push({ field: 'displayName', message: 'is required' });
    const { changes, problems } = checkedDetails({
      displayName: get('displayName'),
      givenName: get('givenName'),
      familyName: get('familyName'),
      email: email && isEmail(email) ? email : undefined,
      phone: get('phone'),
      dateOfBirth: dateOfBirth && isLocalDate(dateOfBirth) ? dateOfBirth : undefined,
      postalCode: get('postalCode'),
      houseNumber: get('houseNumber'),
      talents: list('talents'),
      languages: list('languages'),
    });
    errors.push(...problems);
    if (changes.email) {
      const earlier = seenEmails.get(changes.email);
      if (earlier) errors.push({ field: 'email', message: `is also on line ${earlier}` });
      else seenEmails.set(changes.email, line);
    }
    return { line, values: { ...changes, joinedOn }, errors };
  });
}

export class ImportFileError extends Error {}
