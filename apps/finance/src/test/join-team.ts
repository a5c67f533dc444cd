import { deliverEvent } from '@buurtvolk/testing';
import { demoId } from '@buurtvolk/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { financeSubgraph } from '../subgraph';

/**
 * The teams service announces a new membership; finance's team directory hears of it as it would through the event.
 * Returns the membership's id, for `leaveTeam`.
 */
export async function joinTeam(dataSource: DataSource, volunteerId: string, teamId = demoId('team:feijenoord')): Promise<string> {
  const membership = {
    membershipId: randomUUID(),
    teamId,
    neighbourhoodId: demoId('neighbourhood:feijenoord'),
    volunteerId,
    role: 'MEMBER',
    from: '2020-01-01',
  };
  await dataSource.transaction((manager) => deliverEvent(financeSubgraph, manager, 'MembershipStarted', membership));
  return membership.membershipId;
}

/** The membership ended (long ago, so the person is no longer in the team today). */
export async function leaveTeam(dataSource: DataSource, membershipId: string): Promise<void> {
  await dataSource.transaction((manager) =>
    deliverEvent(financeSubgraph, manager, 'MembershipEnded', { membershipId, until: '2020-06-30' }),
  );
}
