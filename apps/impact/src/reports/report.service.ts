import { todayInAmsterdam } from '@buurtvolk/domain';
import { groupInto, notFound } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import type { DataSource } from 'typeorm';
import type { ImpactLoaders } from '../loaders';
import type { ImpactPolicy } from '../policy';
import { costBenefit } from './cost-benefit.rules';
import type { CostBenefit } from './cost-benefit.types';
import type { BaselineInput } from './method.rules';
import { loadAllTeams, loadResidentsByTeam, type RawFigures, type ReportScope } from './report.queries';
import { agreementPeriod, neighbourhoodRow, reportFigures, rowsByTeam, teamsPart, yearPeriod } from './report.rules';
import { ImpactReport, ImpactScope, type NationalOverview } from './report.types';

/**
 * Builds impact reports: checks who may see a scope, loads its figures through the request's loaders (so the
 * figures of all reports one GraphQL request asks for load together) and leaves the sums to report.rules.
 */
export class ImpactReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ImpactPolicy,
    private readonly directory: TeamDirectory,
    private readonly loaders: ImpactLoaders,
  ) {}

  async forNeighbourhood(neighbourhoodId: string, year: number): Promise<ImpactReport> {
    this.policy.checkedYear(year);
    await this.policy.assertCanSeeNeighbourhood(neighbourhoodId);
    const teamIds = await this.loaders.teamIdsInNeighbourhood.load(neighbourhoodId);
    return this.build(ImpactScope.NEIGHBOURHOOD, neighbourhoodId, year, {
      key: `neighbourhood:${neighbourhoodId}:${year}`,
      teamIds,
      neighbourhoodIds: [neighbourhoodId],
      agreementId: null,
      ...yearPeriod(year),
    });
  }

  async forTeam(teamId: string, year: number): Promise<ImpactReport> {
    this.policy.checkedYear(year);
    await this.policy.assertCanSeeTeam(teamId);
    const team = await this.directory.team.load(teamId);
    return this.build(ImpactScope.TEAM, teamId, year, {
      key: `team:${teamId}:${year}`,
      teamIds: [teamId],
      neighbourhoodIds: team ? [team.neighbourhoodId] : [],
      agreementId: null,
      ...yearPeriod(year),
    });
  }

  /** The agreement's whole period up to today, discounted to its first year. */
  async forAgreement(agreementId: string): Promise<ImpactReport> {
    const agreement = await this.loaders.agreementScope.load(agreementId);
    if (!agreement) {
      this.policy.assertAdmin('Only admins and the funding partner see an agreement’s impact');
      throw notFound('funding agreement (not yet heard of by the impact service)', agreementId);
    }
    this.policy.assertCanSeeAgreement(agreement.partnerId);
    const { teams } = agreement;
    const neighbourhoodIds = [...new Set([...agreement.neighbourhoodIds, ...teams.map((team) => team.neighbourhoodId)])];
    return this.build(ImpactScope.FUNDING_AGREEMENT, agreementId, null, {
      key: `agreement:${agreementId}`,
      teamIds: teams.map((team) => team.teamId),
      neighbourhoodIds,
      agreementId,
      ...agreementPeriod(agreement, todayInAmsterdam()),
    });
  }

  /**
   * Every neighbourhood's line is cut from the national figures (all teams, loaded once for the total) rather than
   * loaded as a report of its own: 1,000 neighbourhood scopes cost the same rows a second time. Only the residents
   * reached, which the figures hold per month and not per team, take a statement of their own.
   */
  async national(year: number): Promise<NationalOverview> {
    this.policy.checkedYear(year);
    this.policy.assertAdmin('Only admins see the national overview');
    const teams = await loadAllTeams(this.dataSource);
    const neighbourhoodIds = [...new Set(teams.map((team) => team.neighbourhoodId))];
    const period = yearPeriod(year);
    const teamsOf = groupInto(neighbourhoodIds, teams, (team) => team.neighbourhoodId);
    const scope: ReportScope = {
      key: `national:${year}`,
      teamIds: teams.map((team) => team.teamId),
      neighbourhoodIds,
      agreementId: null,
      ...period,
    };
    // The total's build asks the loader for the same scope (key), so the national figures load once.
    const [total, national, firstYears, residents] = await Promise.all([
      this.build(ImpactScope.NATIONAL, null, year, scope),
      this.loaders.reportFigures.load(scope),
      Promise.all(neighbourhoodIds.map((id) => this.loaders.firstYearHours.load(id))),
      loadResidentsByTeam(this.dataSource, period),
    ]);
    const today = todayInAmsterdam();
    const baselines = await this.baselinesOf(neighbourhoodIds, []);
    const byTeam = rowsByTeam(national);
    return {
      year,
      total,
      neighbourhoods: neighbourhoodIds.map((id, i) =>
        neighbourhoodRow(
          id,
          teamsPart(
            byTeam,
            teamsOf[i].map((team) => team.teamId),
            residents,
          ),
          firstYears[i],
          today,
          period,
          baselines,
        ),
      ),
    };
  }

  /** The recorded baselines of these neighbourhoods and of those the figures' teams work in, through the request's loader. */
  private async baselinesOf(neighbourhoodIds: string[], minutes: RawFigures['neighbourhoodMinutes']): Promise<Map<string, BaselineInput>> {
    const ids = [...new Set([...neighbourhoodIds, ...minutes.map((row) => row.neighbourhoodId)])];
    const found = await Promise.all(ids.map((id) => this.loaders.baseline.load(id)));
    return new Map(found.filter((row) => row !== undefined).map((row) => [row.neighbourhoodId, row]));
  }

  /**
   * The MKBA summary of a report at a discount rate and price year, every price and cost indexed to that year's price
   * level; the basis carries the recorded baselines (a neighbourhood without one counts every hour as extra).
   */
  async costBenefit(report: ImpactReport, discountRatePercent: number, priceYear: number): Promise<CostBenefit> {
    const [prices, index] = await Promise.all([this.loaders.priceList.load(priceYear), this.loaders.consumerPriceIndex.load('all')]);
    return costBenefit(report.basis, prices, discountRatePercent, priceYear, { index });
  }

  private async build(scope: ImpactScope, scopeId: string | null, year: number | null, request: ReportScope): Promise<ImpactReport> {
    const [raw, firstYears, surveyWaves, liveability] = await Promise.all([
      this.loaders.reportFigures.load(request),
      Promise.all(request.neighbourhoodIds.map((id) => this.loaders.firstYearHours.load(id))),
      Promise.all(request.neighbourhoodIds.map((id) => this.loaders.surveyWaves.load(id))),
      Promise.all(request.neighbourhoodIds.map((id) => this.loaders.liveability.load(id))),
    ]);
    const visibleAgreements = raw.agreements.filter((agreement) => this.policy.mayKnowAgreement(agreement.partnerId));
    const baselines = await this.baselinesOf(request.neighbourhoodIds, raw.neighbourhoodMinutes);
    const figures = reportFigures({
      baselines,
      scope: request,
      raw,
      firstYears,
      surveyWaves,
      liveability,
      visibleAgreements,
      hidesSmall: this.policy.suppressesSmallCells,
      today: todayInAmsterdam(),
    });
    return Object.assign(new ImpactReport(), { scope, scopeId, year, ...figures });
  }
}
