import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import { AllowanceRateResolver } from './allowances/allowance-rate.resolver';
import {
  AllowanceCapStandingResolver,
  AllowanceResolver,
  TeamAllowanceResolver,
  VolunteerEligibilityResolver,
} from './allowances/allowance.resolver';
import { FlatAllowanceWarningResolver, HeldAllowanceResolver, TeamHeldAllowanceResolver } from './allowances/held-allowance.resolver';
import {
  ExpenseClaimItemResolver,
  ExpenseClaimResolver,
  TeamClaimsResolver,
  VolunteerClaimsResolver,
} from './claims/expense-claim.resolver';
import { ExpenseClaimItemReceiptResolver, ExpenseClaimReceiptResolver } from './claims/receipts/receipt.resolver';
import { BudgetCommitmentResolver, TeamCommitmentsResolver } from './commitments/budget-commitment.resolver';
import type { FinanceContext } from './context';
import { PayoutPaymentResolver, PayoutResolver } from './payouts/payout.resolver';
import { FundingAgreementResolver, LedgerEntryResolver, PartnerFundingResolver, TeamBudgetResolver } from './funding/funding.resolver';
import {
  FundersMoneyResolver,
  FundingInstalmentResolver,
  FundingInvoiceResolver,
  FundingPaymentReceivedResolver,
} from './funding/funders-money.resolver';
import { NeighbourhoodReference, PartnerReference, TeamReference, VolunteerReference } from './references';
import { FinanceExportReference, FinanceExportResolver } from './personal-data';
import { ReceivableResolver } from './receivables/receivable.resolver';
import { YearEndResolver } from './ledger/year-end.resolver';
import { FinancialStatementResolver, VolunteerStatementResolver } from './statements/financial-statement.resolver';

const byId = ({ id }: { id: string }) => ({ id });

export function buildFinanceSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        FinanceExportResolver,
        AllowanceRateResolver,
        AllowanceResolver,
        VolunteerEligibilityResolver,
        AllowanceCapStandingResolver,
        TeamAllowanceResolver,
        HeldAllowanceResolver,
        FlatAllowanceWarningResolver,
        TeamHeldAllowanceResolver,
        ExpenseClaimResolver,
        ExpenseClaimItemResolver,
        ExpenseClaimItemReceiptResolver,
        ExpenseClaimReceiptResolver,
        VolunteerClaimsResolver,
        TeamClaimsResolver,
        PayoutResolver,
        PayoutPaymentResolver,
        ReceivableResolver,
        FundingAgreementResolver,
        LedgerEntryResolver,
        TeamBudgetResolver,
        TeamCommitmentsResolver,
        BudgetCommitmentResolver,
        PartnerFundingResolver,
        FundersMoneyResolver,
        FundingInstalmentResolver,
        FundingInvoiceResolver,
        FundingPaymentReceivedResolver,
        YearEndResolver,
        VolunteerStatementResolver,
        FinancialStatementResolver,
        auditLogResolver('finance'),
      ],
      orphanedTypes: [FinanceExportReference, TeamReference, NeighbourhoodReference, PartnerReference, VolunteerReference],
    },
    // A funding agreement is for admins and its funder; other references resolve to their id, checked per field.
    {
      FundingAgreement: {
        __resolveReference: async ({ id }: { id: string }, ctx: FinanceContext) => {
          const agreement = await ctx.loaders.agreement.load(id);
          return agreement && ctx.policy.canSeeAgreement(agreement.partnerId) ? agreement : null;
        },
      },
      Team: { __resolveReference: byId },
      Neighbourhood: { __resolveReference: byId },
      Partner: { __resolveReference: byId },
      // The birth date comes along when a field @requires it (allowanceEligibility).
      Volunteer: { __resolveReference: ({ id, dateOfBirth }: { id: string; dateOfBirth?: string | null }) => ({ id, dateOfBirth }) },
      PersonalDataExport: { __resolveReference: ({ volunteerId }: { volunteerId: string }) => ({ volunteerId }) },
    },
  );
}
