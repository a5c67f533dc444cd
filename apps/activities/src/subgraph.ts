import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { type ActivitiesContext, createActivitiesContext } from './context';
import { activitiesDatabase } from './database';
import { seedDemoData } from './demo-data';
import { forgetErasedVolunteer } from './erasure';
import { buildActivitiesSchema } from './schema';
import { followConsent } from './summaries/consent-copy';
import { mountPhotoRoutes } from './summaries/photo-routes';

export const activitiesSubgraph: SubgraphDefinition<ActivitiesContext> = {
  name: 'activities',
  defaultPort: 4003,
  database: activitiesDatabase,
  buildSchema: buildActivitiesSchema,
  createContext: createActivitiesContext,
  seedDemoData,
  routes: mountPhotoRoutes,
  events: {
    publishes: true,
    handlers: { ...teamDirectoryHandlers, VolunteerErased: forgetErasedVolunteer, VolunteerConsentChanged: followConsent },
    replayFrom: ['teams', 'volunteers'],
  },
};
