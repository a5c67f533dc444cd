/**
 * The impact service holds no facts of its own: its read model is built from the other services' events. After the
 * seed has replaced their data and history, the impact database is emptied (read model, inbox, the record of which
 * replays it asked for, a rebuild under way), so that the impact service asks every producer for its whole history on
 * its next start (requestMissingReplays finds nothing asked) and builds the figures of the seeded set. With the stack
 * already running, `npm run impact:rebuild` does the same without a restart.
 */
import type { Client } from 'pg';
import { READ_MODEL_TABLES } from '../../apps/impact/src/read-model/projection';
import { type Log, step } from './load-support';

export const IMPACT_RESET_TABLES = [...READ_MODEL_TABLES, 'event_inbox', 'event_replays', 'read_model_rebuilds'] as const;

export async function resetImpact(client: Client, log: Log): Promise<void> {
  await step(log, 'empty the read model, inbox and replays', async () => {
    await client.query('BEGIN');
    try {
      await client.query('DROP SCHEMA IF EXISTS impact_rebuild CASCADE');
      await client.query(`TRUNCATE ${IMPACT_RESET_TABLES.join(', ')}`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
