import { isLocalDate, todayInAmsterdam } from '@buurtvolk/domain';
import type { FieldError } from '@buurtvolk/subgraph-kit';
import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { checkedDetails } from '../volunteers/volunteer-details';
import { assertNotMisread } from './csv-encoding';
import { ImportFileError } from './import-file-error';
import type { Volunteer } from '../volunteers/volunteer.entity';

/** Columns a coordinator's spreadsheet may have; lists (talents, languages) are separated by "|". */
export const IMPORT_COLUMNS = [
  'displayName',
  'givenName',
  'familyName',
  'email',
  'phone',
  'dateOfBirth',
  'postalCode',
  'houseNumber',
  'joinedOn',
  'talents',
  'languages',
] as const;
export const MAX_IMPORT_ROWS = 500;

export interface ParsedRow {
  /** The physical line in the file where the row starts (the header is line 1), also after quoted line breaks. */
  line: number;
  values: Partial<Volunteer> & { joinedOn: string };
  errors: FieldError[];
  /** What was repaired on the way in, for the person importing to check. */
  warnings: FieldError[];
}

/**
 * Dutch spreadsheets write dates as 31-12-1980 (day first); ISO dates are taken as they are. A slashed date such as
 * 9/1/2025 is how Excel writes a date in an American locale as well, month first: where day and month could both be
 * either, it is refused rather than guessed.
 */
export function isoDate(value: string): { date: string } | { problem: string } {
  const dashed = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(value);
  if (dashed) return { date: `${dashed[3]}-${dashed[2].padStart(2, '0')}-${dashed[1].padStart(2, '0')}` };
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!slashed) return { date: value };
  const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), slashed[3]];
  if (first <= 12 && second <= 12 && first !== second)
    return { problem: `${value} could be day/month or month/day; write it as ${year}-MM-DD or DD-MM-${year}` };
  const [day, month] = first > 12 ? [first, second] : second > 12 ? [second, first] : [first, second];
  return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Excel drops the leading 0 of a Dutch number typed into a number cell: 612345678 was 06-12345678. */
function repairedPhone(phone: string | undefined): { phone: string | undefined; warning?: FieldError } {
  if (!phone || !/^[1-9]\d{8}$/.test(phone)) return { phone };
  return { phone: `0${phone}`, warning: { field: 'phone', message: `${phone} had lost its leading 0 (as Excel does); read as 0${phone}` } };
}

/**
 * Parses CSV text (comma or semicolon separated, a header row with the column names above) and checks every row as
 * a registration would, plus duplicates within the file by e-mail address and by name with date of birth. Rows
 * without any value (Excel's trailing ";;;;") are skipped. Throws on a file that cannot be read at all; row problems
 * are returned per row.
 */
export function parseVolunteerCsv(csv: string): ParsedRow[] {
  assertNotMisread(csv);
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: { record: Record<string, string>; info: { lines: number }; raw: string }[] = parse(csv, {
    columns: (header: string[]) => header.map((name) => name.trim()),
    delimiter,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: true,
    bom: true,
    relax_column_count: false,
    info: true,
    raw: true,
  });
  const unknown = records.length
    ? Object.keys(records[0].record).filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column))
    : [];
  if (unknown.length) throw new ImportFileError(`Unknown columns: ${unknown.join(', ')}. Known columns: ${IMPORT_COLUMNS.join(', ')}`);
  if (records.length > MAX_IMPORT_ROWS)
    throw new ImportFileError(`The file has ${records.length} rows; import at most ${MAX_IMPORT_ROWS} at a time`);

  const today = todayInAmsterdam();
  const seenEmails = new Map<string, number>();
  const seenPeople = new Map<string, number>();
  return records.map(({ record, info, raw }) => {
    // info.lines is where the record ends; a quoted value may span several lines.
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const get = (column: string) => (record[column] ?? '').trim() || undefined;
    const list = (column: string) =>
      get(column)
        ?.split('|')
        .map((item) => item.trim())
        .filter(Boolean);
    const errors: FieldError[] = [];
    const warnings: FieldError[] = [];
    const email = get('email');
    if (email && !isEmail(email)) errors.push({ field: 'email', message: 'must be an e-mail address' });
    const date = (column: 'dateOfBirth' | 'joinedOn', example: string, fallback?: string): string | undefined => {
      const value = get(column) ?? fallback;
      if (!value) return undefined;
      const parsed = isoDate(value);
      if ('problem' in parsed) errors.push({ field: column, message: parsed.problem });
      else if (!isLocalDate(parsed.date)) errors.push({ field: column, message: `must be a date such as ${example}` });
      else return parsed.date;
      return undefined;
    };
    const dateOfBirth = date('dateOfBirth', '31-12-1980');
    const joinedOn = date('joinedOn', '01-09-2025', today);
    if (joinedOn && joinedOn > today) errors.push({ field: 'joinedOn', message: 'must not be in the future' });
    if (!get('displayName')) errors.push({ field: 'displayName', message: 'is required' });
    const phone = repairedPhone(get('phone'));
    if (phone.warning) warnings.push(phone.warning);
    const { changes, problems } = checkedDetails({
      displayName: get('displayName'),
      givenName: get('givenName'),
      familyName: get('familyName'),
      email: email && isEmail(email) ? email : undefined,
      phone: phone.phone,
      dateOfBirth,
      postalCode: get('postalCode'),
      houseNumber: get('houseNumber'),
      talents: list('talents'),
      languages: list('languages'),
    });
    errors.push(...problems);
    const duplicateOf = (seen: Map<string, number>, key: string | null, field: string) => {
      if (!key) return;
      const earlier = seen.get(key);
      if (earlier) errors.push({ field, message: `is also on line ${earlier}` });
      else seen.set(key, line);
    };
    duplicateOf(seenEmails, changes.email ?? null, 'email');
    duplicateOf(seenPeople, personKey(changes), 'givenName');
    return { line, values: { ...changes, joinedOn: joinedOn ?? today }, errors, warnings };
  });
}

/** A sheet without e-mail addresses still names people: the same name and date of birth is the same person. */
export function personKey(person: Partial<Pick<Volunteer, 'givenName' | 'familyName' | 'dateOfBirth'>>): string | null {
  if (!person.givenName || !person.familyName || !person.dateOfBirth) return null;
  return (
    [person.givenName, person.familyName].map((name) => name.trim().toLowerCase().replace(/\s+/g, ' ')).join('|') + `|${person.dateOfBirth}`
  );
}
