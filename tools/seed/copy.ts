/** `COPY <table> (<columns>) FROM STDIN` through pg-copy-streams, for loading millions of rows in minutes. */
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

type Value = string | number | boolean | null | undefined | readonly string[];

/** Text-format COPY escaping: backslash, tab, newline and carriage return are the only special characters. */
function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}

/** A PostgreSQL array literal, e.g. `{"bike repair",cooking}`. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => (/^[^\s,{}"\\]+$/.test(item) && item.toUpperCase() !== 'NULL' ? item : `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** One COPY line of values (null/undefined → NULL, arrays → array literals). Hot paths build their lines by hand. */
export function copyLine(values: readonly Value[]): string {
  return `${values.map((value) => (value === null || value === undefined ? '\\N' : escapeText(Array.isArray(value) ? arrayLiteral(value) : String(value)))).join('\t')}\n`;
}

const CHUNK_CHARS = 1 << 20;

/**
 * Streams `lines` (each a finished COPY text line, see `copyLine`) into `table`. `freeze` writes the rows already
 * frozen and visible (COPY … FREEZE), allowed when the table was truncated in the same transaction: no VACUUM pass
 * over millions of fresh rows afterwards. A bad row stops the COPY (the pipeline rejects and the connection stays
 * usable). Returns the number of rows the server reports.
 */
export async function copyInto(
  client: Client,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
  options: { freeze?: boolean; onProgress?: (rows: number) => void; progressEvery?: number } = {},
): Promise<number> {
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN${options.freeze ? ' WITH (FREEZE)' : ''}`));
  const every = options.progressEvery ?? 1_000_000;
  function* chunks(): Generator<string> {
    let chunk = '';
    let rows = 0;
    for (const line of lines) {
      chunk += line;
      rows += 1;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
      if (options.onProgress && rows % every === 0) options.onProgress(rows);
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(chunks()), sink);
  return sink.rowCount;
}
