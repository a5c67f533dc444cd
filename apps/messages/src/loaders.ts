import { isUuid } from '@buurtvolk/domain';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { MessagePreferences } from './preferences/preference.entity';

/** Per-request DataLoaders: one statement per batch. */
export function createLoaders(dataSource: DataSource) {
  return {
    preferences: new DataLoader<string, MessagePreferences | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await dataSource.getRepository(MessagePreferences).findBy({ volunteerId: In(valid) }) : [];
      const found = new Map(rows.map((row) => [row.volunteerId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type MessagesLoaders = ReturnType<typeof createLoaders>;
