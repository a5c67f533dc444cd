import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { createVolunteersContext, type VolunteersContext } from './context';
import { volunteersDatabase } from './database';
import { seedDemoData } from './demo-data';
import { type MembershipEnded, type MembershipStarted, teamDirectoryHandlers } from '@buurtvolk/team-directory';
import type { EntityManager } from 'typeorm';
import { checkRemindersJob } from './reminders/check-reminders';
import { buildVolunteersSchema } from './schema';
import { publishOutcomeFiguresAfterMembershipChange } from './outcomes/outcome-figures';
import { publishWellbeingFiguresAfterMembershipChange } from './wellbeing/wellbeing-figures';

export const volunteersSubgraph: SubgraphDefinition<VolunteersContext> = {
  name: 'volunteers',
  defaultPort: 4002,
  database: volunteersDatabase,
  buildSchema: buildVolunteersSchema,
  createContext: createVolunteersContext,
  seedDemoData,
  events: {
    publishes: true,
    handlers: {
      ...teamDirectoryHandlers,
      // Who is in a team decides whose wellbeing and loneliness checks count for it.
      MembershipStarted: async (event: MembershipStarted, manager: EntityManager) => {
        await teamDirectoryHandlers.MembershipStarted(event, manager);
        await publishWellbeingFiguresAfterMembershipChange(manager, event.membershipId);
        await publishOutcomeFiguresAfterMembershipChange(manager, event.membershipId);
      },
      MembershipEnded: async (event: MembershipEnded, manager: EntityManager) => {
        await teamDirectoryHandlers.MembershipEnded(event, manager);
        await publishWellbeingFiguresAfterMembershipChange(manager, event.membershipId);
        await publishOutcomeFiguresAfterMembershipChange(manager, event.membershipId);
      },
    },
    replayFrom: ['teams'],
    scheduled: { 'check-reminders': checkRemindersJob },
  },
};
