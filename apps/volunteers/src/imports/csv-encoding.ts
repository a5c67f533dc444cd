import { ImportFileError } from './import-file-error';

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The text of an uploaded spreadsheet. Excel on Windows saves "CSV" in Windows-1252 and "CSV UTF-8" in UTF-8 with a
 * byte order mark; bytes that are valid UTF-8 are read as UTF-8, anything else as Windows-1252 (which maps every
 * byte), so "Renée" arrives as "Renée" either way.
 */
export function decodeCsvFile(bytes: Buffer): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** Text that was decoded as UTF-8 by a client although it was not: its mangled characters cannot be repaired here. */
export function assertNotMisread(text: string): void {
  const line = text.split(/\r?\n/).findIndex((row) => row.includes(REPLACEMENT_CHARACTER));
  if (line >= 0) {
    throw new ImportFileError(
      `Line ${line + 1} contains "${REPLACEMENT_CHARACTER}": the file was read with the wrong character set. Send the file itself as csvBase64 (its encoding is detected), or save it in Excel as "CSV UTF-8"`,
    );
  }
}
