import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import { AllowanceService } from './allowances/allowance.service';
import { ExpenseClaimService } from './claims/expense-claim.service';
import { BudgetCommitmentService } from './commitments/budget-commitment.service';
import { ReceiptService } from './claims/receipts/receipt.service';
import { FundingService } from './funding/funding.service';
import { createLoaders, type FinanceLoaders } from './loaders';
import { PayoutService } from './payouts/payout.service';
import { ReceivableService } from './receivables/receivable.service';
import { FinancePolicy } from './policy';

export interface FinanceContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: FinanceLoaders;
  audit: AuditTrail;
  policy: FinancePolicy;
  funding: FundingService;
  allowances: AllowanceService;
  claims: ExpenseClaimService;
  receipts: ReceiptService;
  payouts: PayoutService;
  receivables: ReceivableService;
  commitments: BudgetCommitmentService;
}

export function createFinanceContext(base: SubgraphContext, dataSource: DataSource): FinanceContext {
  const audit = new AuditTrail(base.identity, base.requestId);
  const directory = new TeamDirectory(dataSource);
  const policy = new FinancePolicy(base.identity, directory);
  const loaders = createLoaders(dataSource);
  return {
    ...base,
    dataSource,
    loaders,
    audit,
    policy,
    funding: new FundingService(dataSource, directory, policy, audit),
    allowances: new AllowanceService(dataSource, policy, audit),
    claims: new ExpenseClaimService(dataSource, policy, audit),
    receipts: new ReceiptService(dataSource, policy, loaders),
    payouts: new PayoutService(dataSource, policy, audit),
    receivables: new ReceivableService(dataSource, policy, audit),
    commitments: new BudgetCommitmentService(dataSource, policy, audit),
  };
}
