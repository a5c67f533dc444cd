import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { type ActivitiesContext, createActivitiesContext } from './context';
import { activitiesDatabase } from './database';
import { seedDemoData } from './demo-data';
import { forgetErasedVolunteer } from './erasure';
import { buildActivitiesSchema } from './schema';

export const activitiesSubgraph: SubgraphDefinition<ActivitiesContext> = {
  name: 'activities',
  defaultPort: 4003,
  database: activitiesDatabase,
  buildSchema: buildActivitiesSchema,
  createContext: createActivitiesContext,
  seedDemoData,
  events: {
    publishes: true,
    handlers: { ...teamDirectoryHandlers, VolunteerErased: forgetErasedVolunteer },
    replayFrom: ['teams', 'volunteers'],
  },
};
