import { type EventBus, requestReplay } from '@buurtvolk/events';
import type { DataSource } from 'typeorm';
import { IMPACT_SOURCES, impactHandlers, READ_MODEL_TABLES } from './projection';

/**
 * Empties the read model and asks every producer for its history again; returns the replay's request id. Events
 * handled live meanwhile count once: the inbox is emptied with the model, and whichever copy comes first wins.
 */
export async function rebuildReadModel(dataSource: DataSource, bus: EventBus): Promise<string> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`TRUNCATE ${READ_MODEL_TABLES.join(', ')}`);
    await manager.query(`DELETE FROM event_inbox WHERE consumer = 'impact'`);
  });
  return requestReplay({ bus, dataSource, consumer: 'impact', sources: IMPACT_SOURCES, types: Object.keys(impactHandlers) });
}
