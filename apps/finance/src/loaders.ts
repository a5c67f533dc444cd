import { byIdLoader } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { FundingAgreement } from './funding/funding-agreement.entity';

export function createLoaders(dataSource: DataSource) {
  return {
    agreement: byIdLoader(dataSource, FundingAgreement),
    agreementsOfPartner: new DataLoader<string, FundingAgreement[]>(async (partnerIds) => {
      const rows = await dataSource.getRepository(FundingAgreement).find({ where: { partnerId: In([...partnerIds]) }, order: { startsOn: 'ASC' } });
      return partnerIds.map((id) => rows.filter((row) => row.partnerId === id));
    }),
  };
}

export type FinanceLoaders = ReturnType<typeof createLoaders>;
