import type { SubgraphContext } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { createLoaders, type TeamsLoaders } from './loaders';
import { MembershipService } from './memberships/membership.service';
import { NeighbourhoodService } from './neighbourhoods/neighbourhood.service';
import { PartnerService } from './partners/partner.service';
import { TeamService } from './teams/team.service';

export interface TeamsContext extends SubgraphContext {
  loaders: TeamsLoaders;
  neighbourhoods: NeighbourhoodService;
  teams: TeamService;
  partners: PartnerService;
  memberships: MembershipService;
}

export function createTeamsContext(base: SubgraphContext, dataSource: DataSource): TeamsContext {
  const loaders = createLoaders(dataSource);
  return {
    ...base,
    loaders,
    neighbourhoods: new NeighbourhoodService(dataSource),
    teams: new TeamService(dataSource),
    partners: new PartnerService(dataSource),
    memberships: new MembershipService(dataSource),
  };
}
