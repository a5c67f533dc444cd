import { isUuid } from '@buurtvolk/domain';
import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In } from 'typeorm';

/** Loads entities by id, one statement per batch; an id that is not a UUID cannot exist and is not asked for. */
export function byIdLoader<T extends { id: string }>(dataSource: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await dataSource.getRepository(entity).find({ where: { id: In(valid) } as never }) : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Rows of one batched statement, grouped back in the order of the keys a DataLoader asked for. */
export function groupInto<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) groups.get(key)?.push(row);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export interface FirstPagesQuery {
  /** The table, and the alias the other parts use, e.g. `hour_entries` and `h`; its rows have an `id`. */
  table: string;
  alias: string;
  /** The column the pages are per, e.g. `h.volunteer_id`. */
  partition: string;
  /** The page's order, ending in a unique column, e.g. `h.entry_date DESC, h.id DESC`. */
  orderBy: string;
  /** Further conditions on $3, $4, … of `params`; `TRUE` for none. */
  where: string;
  params: unknown[];
}

/**
 * The first page (`first + 1` ids, to tell whether there is more) of a list for each of many owners, and how many
 * each has in all, in one statement: a list of people or teams each with their own first page costs no more than one.
 */
export async function firstPagesOf(
  dataSource: DataSource,
  query: FirstPagesQuery,
  owners: string[],
  first: number,
): Promise<Map<string, { ids: string[]; total: number }>> {
  const rows: { id: string; owner: string; total: number }[] = await dataSource.query(
    `SELECT id, owner, total::int FROM (
       SELECT ${query.alias}.id, ${query.partition}::text AS owner, count(*) OVER (PARTITION BY ${query.partition}) AS total,
              row_number() OVER (PARTITION BY ${query.partition} ORDER BY ${query.orderBy}) AS rank
         FROM ${query.table} ${query.alias} WHERE ${query.partition} = ANY($1::uuid[]) AND (${query.where})
     ) ranked WHERE rank <= $2 ORDER BY owner, rank`,
    [owners, first + 1, ...query.params],
  );
  const pages = new Map<string, { ids: string[]; total: number }>(owners.map((owner) => [owner.toLowerCase(), { ids: [], total: 0 }]));
  for (const row of rows) {
    const page = pages.get(row.owner)!;
    page.ids.push(row.id);
    page.total = row.total;
  }
  return pages;
}
