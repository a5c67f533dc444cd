import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { createTeamsContext, type TeamsContext } from './context';
import { teamsDatabase } from './database';
import { seedDemoData } from './demo-data';
import { endMembershipsOfErasedVolunteer, rememberRegistration } from './memberships/membership.service';
import { candidateContactRetentionJob } from './recruitment/recruitment.service';
import { requestContactRetentionJob } from './requests/neighbourhood-request.service';
import { proposalTallyJob } from './proposals/team-proposal.service';
import { buildTeamsSchema } from './schema';

export const teamsSubgraph: SubgraphDefinition<TeamsContext> = {
  name: 'teams',
  defaultPort: 4001,
  database: teamsDatabase,
  buildSchema: buildTeamsSchema,
  createContext: createTeamsContext,
  seedDemoData,
  events: {
    publishes: true,
    handlers: { VolunteerErased: endMembershipsOfErasedVolunteer, VolunteerRegistered: rememberRegistration },
    replayFrom: ['volunteers'],
    scheduled: {
      'request-contact-retention': requestContactRetentionJob,
      'proposal-tally': proposalTallyJob,
      'candidate-contact-retention': candidateContactRetentionJob,
    },
  },
};
