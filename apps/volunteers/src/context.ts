import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import { ConsentService } from './consents/consent.service';
import { createLoaders, type VolunteersLoaders } from './loaders';
import { OutcomeService } from './outcomes/outcomes.service';
import { VolunteersPolicy } from './policy';
import { SocialAssistanceService } from './social-assistance/social-assistance.service';
import { VolunteerService } from './volunteers/volunteer.service';
import { WellbeingService } from './wellbeing/wellbeing.service';

export interface VolunteersContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: VolunteersLoaders;
  policy: VolunteersPolicy;
  directory: TeamDirectory;
  volunteers: VolunteerService;
  consents: ConsentService;
  wellbeing: WellbeingService;
  outcomes: OutcomeService;
  socialAssistance: SocialAssistanceService;
}

export function createVolunteersContext(base: SubgraphContext, dataSource: DataSource): VolunteersContext {
  const loaders = createLoaders(dataSource);
  const directory = new TeamDirectory(dataSource);
  const policy = new VolunteersPolicy(base.identity, loaders, directory);
  const audit = new AuditTrail(base.identity, base.requestId);
  const volunteers = new VolunteerService(dataSource, policy, loaders, audit);
  return {
    ...base,
    dataSource,
    loaders,
    policy,
    directory,
    volunteers,
    consents: new ConsentService(dataSource, policy, volunteers, audit),
    wellbeing: new WellbeingService(dataSource, policy, loaders, volunteers, audit),
    outcomes: new OutcomeService(dataSource, policy, loaders, volunteers, audit),
    socialAssistance: new SocialAssistanceService(dataSource, policy, volunteers, loaders, audit),
  };
}
