import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { TEAM_DIRECTORY_EVENTS, teamDirectoryHandlers } from '@buurtvolk/team-directory';
import { allowanceForApprovedHours, reverseAllowanceForRevokedHours } from './allowances/hourly-allowances';
import { followSocialAssistance } from './allowances/social-assistance';
import { commitAcceptedProposal } from './commitments/budget-commitment.consumer';
import { createFinanceContext, type FinanceContext } from './context';
import { mountReceiptRoutes } from './claims/receipts/receipt-routes';
import { receiptRetentionJob } from './claims/receipts/receipt-retention';
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
  routes: mountReceiptRoutes,
  events: {
    publishes: true,
    handlers: {
      ...teamDirectoryHandlers,
      HoursApproved: allowanceForApprovedHours,
      HoursApprovalRevoked: reverseAllowanceForRevokedHours,
      VolunteerErased: erasePayee,
      SocialAssistanceChanged: followSocialAssistance,
      TeamProposalAccepted: commitAcceptedProposal,
    },
    replayFrom: ['teams', 'volunteers'],
    // Hourly allowances follow approvals made while finance runs; approvals from before were settled outside it.
    // A team's accepted proposals too: a commitment per proposal, so a replay converges on what is there.
    replayTypes: [...TEAM_DIRECTORY_EVENTS, 'VolunteerErased', 'SocialAssistanceChanged', 'TeamProposalAccepted'],
    scheduled: { 'receipt-retention': receiptRetentionJob },
  },
};
