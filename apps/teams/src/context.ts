import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { TeamCoachService } from './coaches/team-coach.service';
import { createLoaders, type TeamsLoaders } from './loaders';
import { MembershipService } from './memberships/membership.service';
import { NeighbourhoodService } from './neighbourhoods/neighbourhood.service';
import { PartnerService } from './partners/partner.service';
import { TeamPathService } from './path/team-path.service';
import { TeamsPolicy } from './policy';
import { NeighbourhoodRequestService } from './requests/neighbourhood-request.service';
import { TeamService } from './teams/team.service';

export interface TeamsContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: TeamsLoaders;
  policy: TeamsPolicy;
  neighbourhoods: NeighbourhoodService;
  teams: TeamService;
  partners: PartnerService;
  memberships: MembershipService;
  coaches: TeamCoachService;
  requests: NeighbourhoodRequestService;
  path: TeamPathService;
}

export function createTeamsContext(base: SubgraphContext, dataSource: DataSource): TeamsContext {
  const loaders = createLoaders(dataSource);
  const policy = new TeamsPolicy(base.identity, loaders);
  const audit = new AuditTrail(base.identity, base.requestId);
  return {
    ...base,
    dataSource,
    loaders,
    policy,
    neighbourhoods: new NeighbourhoodService(dataSource, audit),
    teams: new TeamService(dataSource, policy, audit),
    partners: new PartnerService(dataSource, audit),
    memberships: new MembershipService(dataSource, policy, audit),
    coaches: new TeamCoachService(dataSource, policy, audit),
    requests: new NeighbourhoodRequestService(dataSource, audit),
    path: new TeamPathService(dataSource, policy, audit, base.identity, loaders),
  };
}
