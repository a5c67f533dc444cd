import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import { AllowanceService } from './allowances/allowance.service';
import { ExpenseClaimService } from './claims/expense-claim.service';
import { FundingService } from './funding/funding.service';
import { createLoaders, type FinanceLoaders } from './loaders';
import { PayoutService } from './payouts/payout.service';

export interface FinanceContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: FinanceLoaders;
  audit: AuditTrail;
  funding: FundingService;
  allowances: AllowanceService;
  claims: ExpenseClaimService;
  payouts: PayoutService;
}

export function createFinanceContext(base: SubgraphContext, dataSource: DataSource): FinanceContext {
  const audit = new AuditTrail(base.identity, base.requestId);
  const directory = new TeamDirectory(dataSource);
  return {
    ...base,
    dataSource,
    loaders: createLoaders(dataSource),
    audit,
    funding: new FundingService(dataSource, directory, audit, base.identity),
    allowances: new AllowanceService(dataSource, base.identity, audit, directory),
    claims: new ExpenseClaimService(dataSource, base.identity, audit),
    payouts: new PayoutService(dataSource, base.identity, audit),
  };
}
