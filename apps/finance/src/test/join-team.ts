import { demoId } from '@buurtvolk/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { financeSubgraph } from '../subgraph';

/** The teams service announces a new membership; finance's team directory hears of it as it would through the event. */
export async function joinTeam(dataSource: DataSource, volunteerId: string, teamId = demoId('team:feijenoord')): Promise<void> {
  const membership = { membershipId: randomUUID(), teamId, neighbourhoodId: demoId('neighbourhood:feijenoord'), volunteerId, role: 'MEMBER', from: '2020-01-01' };
  await dataSource.transaction((manager) => financeSubgraph.events!.handlers!.MembershipStarted(membership, manager));
}
