import { AuditTrail, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import { ActivityService } from './activities/activity.service';
import { FiguresService } from './figures/figures.service';
import { HourEntryService } from './hours/hour-entry.service';
import { type ActivitiesLoaders, createLoaders } from './loaders';
import { ActivitiesPolicy } from './policy';
import { MonthSummaryService } from './summaries/month-summary.service';

export interface ActivitiesContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: ActivitiesLoaders;
  directory: TeamDirectory;
  policy: ActivitiesPolicy;
  activities: ActivityService;
  hours: HourEntryService;
  figures: FiguresService;
  summaries: MonthSummaryService;
}

export function createActivitiesContext(base: SubgraphContext, dataSource: DataSource): ActivitiesContext {
  const directory = new TeamDirectory(dataSource);
  const policy = new ActivitiesPolicy(base.identity, directory);
  const audit = new AuditTrail(base.identity, base.requestId);
  const loaders = createLoaders(dataSource);
  return {
    ...base,
    dataSource,
    loaders,
    directory,
    policy,
    activities: new ActivityService(dataSource, policy, directory, audit),
    hours: new HourEntryService(dataSource, policy, directory, audit),
    figures: new FiguresService(dataSource, policy, directory, loaders),
    summaries: new MonthSummaryService(dataSource, policy, loaders, audit),
  };
}
