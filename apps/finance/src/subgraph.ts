import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { allowanceForApprovedHours, reverseAllowanceForRevokedHours } from './allowances/hourly-allowances';
import { createFinanceContext, type FinanceContext } from './context';
import { erasePayee } from './erasure';
import { financeDatabase } from './database';
import { seedDemoData } from './demo-data';
import { buildFinanceSchema } from './schema';

export const financeSubgraph: SubgraphDefinition<FinanceContext> = {
  name: 'finance',
  defaultPort: 4005,
  database: financeDatabase,
  buildSchema: buildFinanceSchema,
  createContext: createFinanceContext,
  seedDemoData,
  events: {
    publishes: true,
    handlers: {
      ...teamDirectoryHandlers,
      HoursApproved: allowanceForApprovedHours,
      HoursApprovalRevoked: reverseAllowanceForRevokedHours,
      VolunteerErased: erasePayee,
    },
    replayFrom: ['teams', 'volunteers'],
    // Hourly allowances follow approvals made while finance runs; approvals from before were settled outside it.
    replayTypes: [...Object.keys(teamDirectoryHandlers), 'VolunteerErased'],
  },
};
