/** The columns a volunteers import takes (the volunteers service's IMPORT_COLUMNS), in the example file's order. */
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

/** About 70 kB: the file travels base64-encoded within the gateway's 100 kB request limit. */
export const MAX_IMPORT_FILE_BYTES = 70_000;

/** The example file: the header row only, separated by ";" as Dutch Excel saves, with a byte order mark so Excel reads it as UTF-8. */
export function exampleCsv(): string {
  return `\uFEFF${IMPORT_COLUMNS.join(';')}\r\n`;
}

/** A file's bytes as the volunteers service reads them: UTF-8 when they are valid UTF-8, else Windows-1252 (as Excel saves "CSV"). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Bytes as base64, in slices so that a large file does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * The display name of each row, by the line where the row starts (the header is line 1), as the service numbers its
 * answer: the same delimiter rule (";" when the first line has more of them than ","), quoted values over several
 * lines, and empty rows skipped. Only to show names beside the service's findings; the service decides what is valid.
 */
export function namesByLine(text: string): Map<number, string> {
  const csv = text.replace(/^\uFEFF/, '');
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(value);
    if (fields.some((field) => field.trim())) records.push({ line: start, fields });
    fields = [];
    value = '';
  };
  for (let index = 0; index < csv.length; index += 1) {
    const character = csv[index];
    if (quoted) {
      if (character === '"' && csv[index + 1] === '"') {
        value += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else {
        if (character === '\n') line += 1;
        value += character;
      }
    } else if (character === '"') quoted = true;
    else if (character === delimiter) {
      fields.push(value);
      value = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && csv[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      start = line;
    } else value += character;
  }
  if (value || fields.length) endRecord();
  const [header, ...rows] = records;
  const column = header?.fields.findIndex((name) => name.trim() === 'displayName') ?? -1;
  return new Map(column < 0 ? [] : rows.map((row) => [row.line, (row.fields[column] ?? '').trim()]));
}
