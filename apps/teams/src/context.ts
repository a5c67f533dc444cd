import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { TeamCoachService } from './coaches/team-coach.service';
import { createLoaders, type TeamsLoaders } from './loaders';
import { MembershipService } from './memberships/membership.service';
import { NeighbourhoodService } from './neighbourhoods/neighbourhood.service';
import { PartnerService } from './partners/partner.service';
import { TeamPathService } from './path/team-path.service';
import { TeamsPolicy } from './policy';
import { TeamProposalService } from './proposals/team-proposal.service';
import { RecruitmentService } from './recruitment/recruitment.service';
import { NeighbourhoodRequestService } from './requests/neighbourhood-request.service';
import { NeighbourhoodScanService } from './scans/neighbourhood-scan.service';
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
  scans: NeighbourhoodScanService;
  recruitment: RecruitmentService;
  proposals: TeamProposalService;
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
    // Stateless: a scan's decision goes through the same team and request services as any other caller's.
    scans: new NeighbourhoodScanService(
      dataSource,
      policy,
      audit,
      base.identity,
      new TeamService(dataSource, policy, audit),
      new NeighbourhoodRequestService(dataSource, audit),
    ),
    recruitment: new RecruitmentService(dataSource, policy, audit, loaders),
    proposals: new TeamProposalService(dataSource, policy, audit, base.identity, loaders),
  };
}
