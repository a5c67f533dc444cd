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
