import { byIdLoader, groupInto } from '@buurtvolk/subgraph-kit';
import { ExpenseClaim, ExpenseClaimItem } from './claims/expense-claim.entity';
import { ExpenseClaimReceipt } from './claims/receipts/receipt.entity';
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
    claim: byIdLoader(dataSource, ExpenseClaim),
    claimItem: byIdLoader(dataSource, ExpenseClaimItem),
    /** The receipt files of many items in one statement. */
    receiptOfItem: new DataLoader<string, ExpenseClaimReceipt | null>(async (itemIds) => {
      const rows = await dataSource.getRepository(ExpenseClaimReceipt).findBy({ itemId: In([...itemIds]) });
      const byItem = new Map(rows.map((row) => [row.itemId, row]));
      return itemIds.map((id) => byItem.get(id) ?? null);
    }),
  };
}

export type FinanceLoaders = ReturnType<typeof createLoaders>;
