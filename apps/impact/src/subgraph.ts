import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { createImpactContext, type ImpactContext } from './context';
import { impactDatabase } from './database';
import { seedDemoData } from './demo-data';
import { IMPACT_SOURCES, impactBatchHandlers, impactHandlers } from './read-model/projection';
import { alsoIntoRebuild, intoRebuildTables, rebuildWithoutInbox, swapInRebuild } from './read-model/rebuild';
import { buildImpactSchema } from './schema';

export const impactSubgraph: SubgraphDefinition<ImpactContext> = {
  name: 'impact',
  defaultPort: 4006,
  database: impactDatabase,
  buildSchema: buildImpactSchema,
  createContext: createImpactContext,
  seedDemoData,
  // Fed only by events; on a fresh database it asks the producers to replay their history.
  events: {
    handlers: alsoIntoRebuild(impactHandlers),
    replayBatchHandlers: impactBatchHandlers,
    replayFrom: IMPACT_SOURCES,
    replayHooks: { beforeJob: intoRebuildTables, afterRequestFinished: swapInRebuild, anyOrder: true, withoutInbox: rebuildWithoutInbox },
  },
};
