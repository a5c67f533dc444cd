import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { createTrainingContext, type TrainingContext } from './context';
import { trainingDatabase } from './database';
import { seedDemoData } from './demo-data';
import { unlinkErasedVolunteer } from './erasure';
import { buildTrainingSchema } from './schema';

export const trainingSubgraph: SubgraphDefinition<TrainingContext> = {
  name: 'training',
  defaultPort: 4004,
  database: trainingDatabase,
  buildSchema: buildTrainingSchema,
  createContext: createTrainingContext,
  seedDemoData,
  events: {
    publishes: true,
    handlers: { ...teamDirectoryHandlers, VolunteerErased: unlinkErasedVolunteer },
    replayFrom: ['teams', 'volunteers'],
  },
};
