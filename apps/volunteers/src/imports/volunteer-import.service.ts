import { badUserInput } from '@buurtvolk/subgraph-kit';
import type { VolunteersPolicy } from '../policy';
import type { VolunteerService } from '../volunteers/volunteer.service';
import { decodeCsvFile } from './csv-encoding';
import { ImportFileError } from './import-file-error';
import { type ParsedRow, parseVolunteerCsv, personKey } from './volunteer-import';

export interface ImportRequest {
  teamId: string;
  /** The text, when the client read the file itself; or the file's bytes, so the encoding is detected here. */
  csv?: string | null;
  csvBase64?: string | null;
  dryRun: boolean;
}

export interface ImportOutcome {
  dryRun: boolean;
  encoding: string;
  imported: number;
  rows: (Pick<ParsedRow, 'line' | 'errors' | 'warnings'> & { volunteerId: string | null })[];
}

/** Checks a spreadsheet row by row against the file and the register, and imports all rows or none. */
export async function importVolunteers(
  volunteers: VolunteerService,
  policy: VolunteersPolicy,
  request: ImportRequest,
): Promise<ImportOutcome> {
  policy.assertCanRegisterFor(request.teamId);
  const { text, encoding } = csvText(request);
  let rows: ParsedRow[];
  try {
    rows = parseVolunteerCsv(text);
  } catch (error) {
    const message =
      error instanceof ImportFileError ? error.message : `The file is not valid CSV: ${(error as Error).message.split('\n')[0]}`;
    throw badUserInput(message, [{ field: request.csvBase64 ? 'csvBase64' : 'csv', message }]);
  }
  const emails = await volunteers.emailsInUse(rows.flatMap((row) => (row.values.email ? [row.values.email] : [])));
  const people = await volunteers.peopleInUse(rows.flatMap((row) => personKey(row.values) ?? []));
  for (const row of rows) {
    if (row.values.email && emails.has(row.values.email))
      row.errors.push({ field: 'email', message: 'belongs to a volunteer already registered' });
    const key = personKey(row.values);
    if (key && people.has(key))
      row.errors.push({ field: 'givenName', message: 'is a volunteer already registered (same name and date of birth)' });
  }
  const valid = rows.every((row) => row.errors.length === 0);
  const imported =
    !request.dryRun && valid
      ? await volunteers.importAll(
          request.teamId,
          rows.map((row) => row.values),
        )
      : [];
  return {
    dryRun: request.dryRun,
    encoding,
    imported: imported.length,
    rows: rows.map((row, i) => ({ line: row.line, volunteerId: imported[i]?.id ?? null, errors: row.errors, warnings: row.warnings })),
  };
}

function csvText({ csv, csvBase64 }: ImportRequest): { text: string; encoding: string } {
  if ((csv ? 1 : 0) + (csvBase64 ? 1 : 0) !== 1)
    throw badUserInput('Send the file either as csv (text) or as csvBase64 (the file itself)', [
      { field: 'csv', message: 'give csv or csvBase64, not both' },
    ]);
  if (csv) return { text: csv, encoding: 'UTF-8' };
  return decodeCsvFile(Buffer.from(csvBase64!, 'base64'));
}
