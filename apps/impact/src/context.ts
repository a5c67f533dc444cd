import { AuditTrail, GeneratedFilesOfRequest, type SubgraphContext } from '@buurtvolk/subgraph-kit';
import { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import { NeighbourhoodBaselineService } from './baselines/neighbourhood-baseline.service';
import { LiveabilityScoreService } from './liveability/liveability-score.service';
import { createLoaders, type ImpactLoaders } from './loaders';
import { ImpactPolicy } from './policy';
import { ConsumerPriceIndexService } from './prices/consumer-price-index.service';
import { ShadowPriceService } from './prices/shadow-price.service';
import { ImpactReportService } from './reports/report.service';
import { NeighbourhoodSurveyService } from './surveys/neighbourhood-survey.service';

export interface ImpactContext extends SubgraphContext {
  dataSource: DataSource;
  loaders: ImpactLoaders;
  policy: ImpactPolicy;
  prices: ShadowPriceService;
  priceIndex: ConsumerPriceIndexService;
  surveys: NeighbourhoodSurveyService;
  baselines: NeighbourhoodBaselineService;
  liveability: LiveabilityScoreService;
  reports: ImpactReportService;
  /** The PDFs made in this request, each once. */
  files: GeneratedFilesOfRequest;
}

export function createImpactContext(base: SubgraphContext, dataSource: DataSource): ImpactContext {
  const directory = new TeamDirectory(dataSource);
  const policy = new ImpactPolicy(base.identity, directory);
  const audit = new AuditTrail(base.identity, base.requestId);
  const prices = new ShadowPriceService(dataSource, audit);
  const surveys = new NeighbourhoodSurveyService(dataSource, policy, audit);
  const priceIndex = new ConsumerPriceIndexService(dataSource, audit);
  const baselines = new NeighbourhoodBaselineService(dataSource, audit);
  const liveability = new LiveabilityScoreService(dataSource, audit);
  const loaders = createLoaders(dataSource, prices, surveys, priceIndex, baselines, liveability);
  return {
    ...base,
    dataSource,
    loaders,
    policy,
    prices,
    priceIndex,
    surveys,
    baselines,
    liveability,
    reports: new ImpactReportService(dataSource, policy, directory, loaders),
    files: new GeneratedFilesOfRequest(),
  };
}
