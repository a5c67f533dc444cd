import { withDatabase, withMaintenanceClient } from '@buurtvolk/database';
import { type EventBus, startEventBus } from '@buurtvolk/events';
import { createLogger } from '@buurtvolk/subgraph-kit';
import { randomBytes } from 'node:crypto';
import { TEST_RUN_ENV, TEST_SERVER_ENV } from './test-server';

/** A real pg-boss event bus on its own database of this test run (dropped with the run). */
export async function startTestEventBus(): Promise<EventBus> {
  const serverUrl = process.env[TEST_SERVER_ENV];
  const run = process.env[TEST_RUN_ENV];
  if (!serverUrl || !run) throw new Error('No test PostgreSQL: run tests through jest (npm test)');
  const name = `bvt_${run}_events_${randomBytes(4).toString('hex')}`;
  const bus = await startEventBus({ connectionString: withDatabase(serverUrl, name), logger: createLogger('events') });
  return {
    boss: bus.boss,
    stop: async () => {
      await bus.boss.stop({ graceful: false, wait: true });
      await withMaintenanceClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}
