import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { createVolunteersContext, type VolunteersContext } from './context';
import { volunteersDatabase } from './database';
import { seedDemoData } from './demo-data';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { buildVolunteersSchema } from './schema';

export const volunteersSubgraph: SubgraphDefinition<VolunteersContext> = {
  name: 'volunteers',
  defaultPort: 4002,
  database: volunteersDatabase,
  buildSchema: buildVolunteersSchema,
  createContext: createVolunteersContext,
  seedDemoData,
  events: {
    publishes: true,
    handlers: teamDirectoryHandlers,
  },
};
