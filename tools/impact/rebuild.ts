/**
 * `npm run impact:rebuild`: rebuilds the impact read model from every producer's history (beside the live one, swapped
 * in when complete), then prints
 * how many events each source sent and how long it took. The producing services answer the replay, so the stack
 * must run (`npm start`); this tool applies the replayed events itself as well, so the impact service may be down.
 * Where: DATABASE_URL if set, otherwise the embedded PostgreSQL of `npm start`.
 */
import { createDataSource, serviceDatabaseName, withDatabase } from '@buurtvolk/database';
import { consumeReplays, eventsDatabaseUrl, replayStatus, startEventBus } from '@buurtvolk/events';
import { impactDatabase } from '../../apps/impact/src/database';
import { impactBatchHandlers, impactHandlers } from '../../apps/impact/src/read-model/projection';
import { rebuildReadModel } from '../../apps/impact/src/read-model/rebuild';
import { impactSubgraph } from '../../apps/impact/src/subgraph';
import { openServer } from '../seed/server';

// A national history on a busy 2-core machine can take longer than a quarter of an hour; waiting is cheap.
const TIMEOUT_MS = 60 * 60_000;

async function main(): Promise<void> {
  const server = await openServer();
  console.log(`Rebuilding the impact read model on ${server.description}`);
  const dataSource = createDataSource(withDatabase(server.url, serviceDatabaseName('impact')), impactDatabase, { poolSize: 2 });
  await dataSource.initialize();
  const bus = await startEventBus({ connectionString: eventsDatabaseUrl({ DATABASE_URL: server.url }) });
  try {
    const stopApplying = await consumeReplays({
      bus,
      dataSource,
      consumer: 'impact',
      handlers: impactHandlers,
      batchHandlers: impactBatchHandlers,
      pollingIntervalSeconds: 0.5,
      ...impactSubgraph.events!.replayHooks,
    });
    const started = Date.now();
    const requestId = await rebuildReadModel(dataSource, bus);
    for (;;) {
      const status = await replayStatus(dataSource, requestId);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const received = status.reduce((sum, source) => sum + source.received, 0);
      if (status.every((source) => source.finishedAt !== null)) {
        for (const source of status) console.log(`  ${source.source.padEnd(11)} ${String(source.received).padStart(8)} events`);
        console.log(`Replayed ${received} events in ${seconds} s (${Math.round(received / Number(seconds))} events/s)`);
        break;
      }
      if (Date.now() - started > TIMEOUT_MS) {
        const silent = status.filter((source) => source.expected === null).map((source) => source.source);
        throw new Error(
          `The replay did not finish in ${TIMEOUT_MS / 60_000} minutes; no answer yet from: ${silent.join(', ') || 'none'} (is the stack running?)`,
        );
      }
      console.log(`  … ${received} events after ${seconds} s`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    await stopApplying();
  } finally {
    await bus.stop();
    await dataSource.destroy();
    await server.release();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
