import type { Logger } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';

/**
 * Nothing to seed: addresses arrive from volunteers (VolunteerContactChanged, replayed from its demo outbox), choices
 * are each person's own, and messages come from events.
 */
export async function seedDemoData(_dataSource: DataSource, logger: Logger): Promise<void> {
  logger.info('messages has no demo data of its own: addresses come from volunteers');
}
