import { withDatabase } from '@buurtvolk/database';
import { type EventBus, startEventBus } from '@buurtvolk/events';
import { createLogger } from '@buurtvolk/subgraph-kit';
import { dropTestDatabase, testDatabaseName, testRun } from './test-run';

export interface TestEventBus extends EventBus {
  /** Its database, for a test that connects a second bus to it. */
  connectionString: string;
}

/** A real pg-boss event bus on its own database of this test run; `stop` drops that database. */
export async function startTestEventBus(): Promise<TestEventBus> {
  const name = testDatabaseName('events');
  const connectionString = withDatabase(testRun().serverUrl, name);
  const bus = await startEventBus({ connectionString, logger: createLogger('events') });
  return {
    boss: bus.boss,
    connectionString,
    stop: async () => {
      await bus.boss.stop({ graceful: false, wait: true });
      await dropTestDatabase(name);
    },
  };
}
