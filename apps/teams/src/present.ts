/** The rows a DataLoader found, in order: a row deleted in the meantime is skipped, a failed load is rethrown. */
export function present<T>(rows: (T | null | Error)[]): T[] {
  return rows.filter((row): row is T => {
    if (row instanceof Error) throw row;
    return row !== null;
  });
}
