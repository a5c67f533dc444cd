import { isUuid } from '@buurtvolk/domain';
import { groupInto } from '@buurtvolk/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { NeighbourhoodBaseline } from './baselines/neighbourhood-baseline.entity';
import type { NeighbourhoodBaselineService } from './baselines/neighbourhood-baseline.service';
import type { LiveabilityScore } from './liveability/liveability-score.entity';
import type { LiveabilityScoreService } from './liveability/liveability-score.service';
import type { ConsumerPriceIndexYear } from './prices/consumer-price-index.entity';
import type { ConsumerPriceIndexService } from './prices/consumer-price-index.service';
import type { ShadowPrice } from './prices/shadow-price.entity';
import type { ShadowPriceService } from './prices/shadow-price.service';
import {
  type AgreementScope,
  type FirstYearHours,
  loadAgreementScopes,
  loadFigures,
  loadFirstYears,
  loadTeamsInNeighbourhoods,
  type RawFigures,
  type ReportScope,
} from './reports/report.queries';
import type { NeighbourhoodSurvey } from './surveys/neighbourhood-survey.entity';
import type { NeighbourhoodSurveyService } from './surveys/neighbourhood-survey.service';

/**
 * Per-request DataLoaders: the figures of all reports one GraphQL request asks for load together, one statement per
 * kind of figure (see loadFigures). Price lists and survey waves are read through the services that own those tables.
 * Ids that are not UUIDs are not sent to PostgreSQL (it would reject the whole batch); they find nothing.
 */
export function createLoaders(
  dataSource: DataSource,
  prices: ShadowPriceService,
  surveys: NeighbourhoodSurveyService,
  priceIndex: ConsumerPriceIndexService,
  baselines: NeighbourhoodBaselineService,
  liveability: LiveabilityScoreService,
) {
  return {
    reportFigures: new DataLoader<ReportScope, RawFigures, string>(
      async (scopes) => {
        const loaded = await loadFigures(dataSource, [...scopes]);
        return scopes.map((scope) => loaded.get(scope.key)!);
      },
      { cacheKeyFn: (scope) => scope.key },
    ),
    /** By neighbourhood id; undefined where no team has started. */
    firstYearHours: new DataLoader<string, FirstYearHours | undefined>(async (ids) => {
      const rows = await loadFirstYears(dataSource, ids.filter(isUuid));
      return groupInto(ids, rows, (row) => row.neighbourhoodId).map((found) => found[0]);
    }),
    /** By neighbourhood id, oldest first. */
    surveyWaves: new DataLoader<string, NeighbourhoodSurvey[]>(async (ids) =>
      groupInto(ids, await surveys.wavesOf(ids.filter(isUuid)), (wave) => wave.neighbourhoodId),
    ),
    teamIdsInNeighbourhood: new DataLoader<string, string[]>(async (ids) => {
      const rows = await loadTeamsInNeighbourhoods(dataSource, ids.filter(isUuid));
      return groupInto(ids, rows, (row) => row.neighbourhoodId).map((teams) => teams.map((team) => team.teamId));
    }),
    agreementScope: new DataLoader<string, AgreementScope | undefined>(async (ids) => {
      const rows = await loadAgreementScopes(dataSource, ids.filter(isUuid));
      return groupInto(ids, rows, (row) => row.agreementId).map((found) => found[0]);
    }),
    /** By neighbourhood id; undefined where no baseline is recorded. */
    baseline: new DataLoader<string, NeighbourhoodBaseline | undefined>(async (ids) =>
      groupInto(ids, await baselines.of(ids.filter(isUuid)), (row) => row.neighbourhoodId).map((found) => found[0]),
    ),
    /** By neighbourhood id: its Leefbaarometer editions, oldest first. */
    liveability: new DataLoader<string, LiveabilityScore[]>(async (ids) =>
      groupInto(ids, await liveability.of(ids.filter(isUuid)), (row) => row.neighbourhoodId),
    ),
    /** By price year: the reports of one request nearly always share one. */
    priceList: new DataLoader<number, ShadowPrice[]>((years) => Promise.all(years.map((year) => prices.listFor(year)))),
    /** The whole consumer price index (one key, 'all'): every report of a request indexes with the same few rows. */
    consumerPriceIndex: new DataLoader<'all', ConsumerPriceIndexYear[]>(async (keys) => {
      const rows = await priceIndex.list();
      return keys.map(() => rows);
    }),
  };
}

export type ImpactLoaders = ReturnType<typeof createLoaders>;
