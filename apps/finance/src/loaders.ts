import { byIdLoader, groupInto } from '@buurtvolk/subgraph-kit';
import { ExpenseClaimItem } from './claims/expense-claim.entity';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { FundingAgreement } from './funding/funding-agreement.entity';

export function createLoaders(dataSource: DataSource) {
  return {
    agreement: byIdLoader(dataSource, FundingAgreement),
    agreementsOfPartner: new DataLoader<string, FundingAgreement[]>(async (partnerIds) => {
      const rows = await dataSource
        .getRepository(FundingAgreement)
        .find({ where: { partnerId: In([...partnerIds]) }, order: { startsOn: 'ASC' } });
      return partnerIds.map((id) => rows.filter((row) => row.partnerId === id));
    }),
    /** The items of many claims in one statement, by date of the cost. */
    claimItems: new DataLoader<string, ExpenseClaimItem[]>(async (claimIds) => {
      const rows = await dataSource
        .getRepository(ExpenseClaimItem)
        .find({ where: { claimId: In([...claimIds]) }, order: { spentOn: 'ASC', id: 'ASC' } });
      return groupInto(claimIds, rows, (row) => row.claimId);
    }),
  };
}

export type FinanceLoaders = ReturnType<typeof createLoaders>;
