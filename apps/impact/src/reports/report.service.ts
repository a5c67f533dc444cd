import { type Theme, themeLabel, todayInAmsterdam } from '@buurtvolk/domain';
import { notFound } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory } from '@buurtvolk/team-directory';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ImpactPolicy } from '../policy';
import type { ShadowPrice } from '../prices/shadow-price.entity';
import type { ShadowPriceService } from '../prices/shadow-price.service';
import { CHARACTERISTIC_LABELS, cohesionScore, STATEMENT_LABELS, surveyItems } from '../surveys/cohesion.rules';
import { type NeighbourhoodSurvey, SurveyWave } from '../surveys/neighbourhood-survey.entity';
import type { NeighbourhoodSurveyService } from '../surveys/neighbourhood-survey.service';
import { type CostBenefitBasis, costBenefit, type YearQuantities } from './cost-benefit.rules';
import { promiseProgress } from './promise.rules';
import { loadFigures, loadFirstYears, type PromiseRow, type RawFigures, type ReportScope } from './report-figures';
import { type CohesionWave, type CostBenefit, ImpactReport, ImpactScope, type NationalOverview, type WellbeingDomain } from './report.types';
import { protectedCount } from './suppression.rules';

interface AgreementRow {
  agreementId: string;
  partnerId: string;
  startsOn: string;
  endsOn: string;
  teamIds: string[];
  neighbourhoodIds: string[];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

function yearPeriod(year: number) {
  return { from: `${year}-01-01`, until: `${year}-12-31`, years: [year] };
}

/** Builds impact reports; figures of all reports one GraphQL request asks for load together (see loadFigures). */
export class ImpactReportService {
  private readonly figures: DataLoader<ReportScope, RawFigures, string>;
  private readonly firstYears: DataLoader<string, PromiseRow | undefined>;
  private readonly waves: DataLoader<string, NeighbourhoodSurvey[]>;
  private readonly teamsOfNeighbourhood: DataLoader<string, string[]>;
  private readonly agreement: DataLoader<string, AgreementRow | undefined>;
  /** Price lists by price year: the reports of one request nearly always share one. */
  private readonly priceLists: DataLoader<number, ShadowPrice[]>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ImpactPolicy,
    private readonly directory: TeamDirectory,
    prices: ShadowPriceService,
    surveys: NeighbourhoodSurveyService,
  ) {
    this.figures = new DataLoader(async (scopes) => {
      const loaded = await loadFigures(dataSource, [...scopes]);
      return scopes.map((scope) => loaded.get(scope.key)!);
    }, { cacheKeyFn: (scope) => scope.key });
    this.firstYears = new DataLoader(async (ids) => {
      const rows = await loadFirstYears(dataSource, ids);
      return ids.map((id) => rows.find((row) => row.neighbourhoodId === id));
    });
    this.waves = new DataLoader(async (ids) => {
      const waves = await surveys.wavesOf([...ids]);
      return ids.map((id) => waves.filter((wave) => wave.neighbourhoodId === id));
    });
    this.teamsOfNeighbourhood = new DataLoader(async (ids) => {
      const rows: { teamId: string; neighbourhoodId: string }[] = await dataSource.query(
        'SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_teams WHERE neighbourhood_id = ANY($1) ORDER BY team_id',
        [ids],
      );
      return ids.map((id) => rows.filter((row) => row.neighbourhoodId === id).map((row) => row.teamId));
    });
    this.priceLists = new DataLoader((years) => Promise.all(years.map((year) => prices.listFor(year))));
    this.agreement = new DataLoader(async (ids) => {
      const rows: AgreementRow[] = await dataSource.query(
        `SELECT agreement_id AS "agreementId", partner_id AS "partnerId", starts_on::text AS "startsOn", ends_on::text AS "endsOn",
                team_ids AS "teamIds", neighbourhood_ids AS "neighbourhoodIds"
           FROM funding_agreements WHERE agreement_id = ANY($1)`,
        [ids],
      );
      return ids.map((id) => rows.find((row) => row.agreementId === id));
    });
  }

  async forNeighbourhood(neighbourhoodId: string, year: number): Promise<ImpactReport> {
    this.policy.checkedYear(year);
    await this.policy.assertCanSeeNeighbourhood(neighbourhoodId);
    const teamIds = await this.teamsOfNeighbourhood.load(neighbourhoodId);
    return this.build(ImpactScope.NEIGHBOURHOOD, neighbourhoodId, year, { key: `neighbourhood:${neighbourhoodId}:${year}`, teamIds, neighbourhoodIds: [neighbourhoodId], agreementId: null, ...yearPeriod(year) });
  }

  async forTeam(teamId: string, year: number): Promise<ImpactReport> {
    this.policy.checkedYear(year);
    await this.policy.assertCanSeeTeam(teamId);
    const team = await this.directory.team.load(teamId);
    return this.build(ImpactScope.TEAM, teamId, year, { key: `team:${teamId}:${year}`, teamIds: [teamId], neighbourhoodIds: team ? [team.neighbourhoodId] : [], agreementId: null, ...yearPeriod(year) });
  }

  /** The agreement's whole period up to today, discounted to its first year. */
  async forAgreement(agreementId: string): Promise<ImpactReport> {
    const agreement = await this.agreement.load(agreementId);
    if (!agreement) {
      this.policy.assertAdmin('Only admins and the funding partner see an agreement’s impact');
      throw notFound('funding agreement (not yet heard of by the impact service)', agreementId);
    }
    this.policy.assertCanSeeAgreement(agreement.partnerId);
    const teams: { teamId: string; neighbourhoodId: string }[] = await this.dataSource.query(
      'SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_teams WHERE team_id = ANY($1) OR neighbourhood_id = ANY($2) ORDER BY team_id',
      [agreement.teamIds, agreement.neighbourhoodIds],
    );
    // Up to the end of this year at most: later years have no figures yet.
    const endOfThisYear = `${todayInAmsterdam().slice(0, 4)}-12-31`;
    const until = agreement.endsOn < endOfThisYear ? agreement.endsOn : endOfThisYear;
    const firstYear = Number(agreement.startsOn.slice(0, 4));
    const years = Array.from({ length: Math.max(1, Number(until.slice(0, 4)) - firstYear + 1) }, (_, i) => firstYear + i);
    const neighbourhoodIds = [...new Set([...agreement.neighbourhoodIds, ...teams.map((team) => team.neighbourhoodId)])];
    return this.build(ImpactScope.FUNDING_AGREEMENT, agreementId, null, {
      key: `agreement:${agreementId}`,
      teamIds: teams.map((team) => team.teamId),
      neighbourhoodIds,
      from: agreement.startsOn,
      until: until < agreement.startsOn ? agreement.startsOn : until,
      years,
      agreementId,
    });
  }

  async national(year: number): Promise<NationalOverview> {
    this.policy.checkedYear(year);
    this.policy.assertAdmin('Only admins see the national overview');
    const teams: { teamId: string; neighbourhoodId: string }[] = await this.dataSource.query('SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_teams ORDER BY neighbourhood_id, team_id');
    const neighbourhoodIds = [...new Set(teams.map((team) => team.neighbourhoodId))];
    const period = yearPeriod(year);
    const scopeOf = (id: string): ReportScope => ({ key: `neighbourhood:${id}:${year}`, teamIds: teams.filter((team) => team.neighbourhoodId === id).map((team) => team.teamId), neighbourhoodIds: [id], agreementId: null, ...period });
    const [total, rows, firstYears] = await Promise.all([
      this.build(ImpactScope.NATIONAL, null, year, { key: `national:${year}`, teamIds: teams.map((team) => team.teamId), neighbourhoodIds, agreementId: null, ...period }),
      Promise.all(neighbourhoodIds.map((id) => this.figures.load(scopeOf(id)))),
      Promise.all(neighbourhoodIds.map((id) => this.firstYears.load(id))),
    ]);
    const today = todayInAmsterdam();
    return {
      year,
      total,
      neighbourhoods: neighbourhoodIds.map((id, i) => ({
        neighbourhood: { id },
        hours: round1(sum(rows[i].hours.map((row) => row.minutes)) / 60),
        activeVolunteers: sum(rows[i].members.map((row) => row.active)),
        residentsReached: sum(rows[i].activities.map((row) => row.residents)),
        certificates: sum(rows[i].certificates.map((row) => row.count)),
        promiseStatus: promiseProgress(id, firstYears[i], today).status,
      })),
    };
  }

  /** The MKBA summary of a report at a discount rate and price year. */
  async costBenefit(report: ImpactReport, discountRatePercent: number, priceYear: number): Promise<CostBenefit> {
    return costBenefit(report.basis, await this.priceLists.load(priceYear), discountRatePercent, priceYear);
  }

  private async build(scope: ImpactScope, scopeId: string | null, year: number | null, request: ReportScope): Promise<ImpactReport> {
    const [raw, firstYears, waves] = await Promise.all([
      this.figures.load(request),
      Promise.all(request.neighbourhoodIds.map((id) => this.firstYears.load(id))),
      Promise.all(request.neighbourhoodIds.map((id) => this.waves.load(id))),
    ]);
    const today = todayInAmsterdam();
    const hidesSmall = this.policy.suppressesSmallCells;
    const people = (perTeam: number[]) => (hidesSmall ? protectedCount(perTeam) : sum(perTeam));
    const perTeam = <T extends { teamId: string }>(rows: T[], pick: (row: T) => number) =>
      request.teamIds.map((teamId) => sum(rows.filter((row) => row.teamId === teamId).map(pick)));

    const lastYear = request.years.at(-1)!;
    const wellbeingParticipants = protectedCount(perTeam(raw.wellbeing, (row) => row.participants));
    const wellbeingSums = wellbeingParticipants === null ? null : sumChanges(raw.wellbeing.map((row) => row.changeSums));
    const cohesion = waves.flat().filter((wave) => wave.fieldedOn <= request.until).map((wave) => cohesionWave(wave, waves.flat(), hidesSmall));

    const report = new ImpactReport();
    Object.assign(report, {
      scope,
      scopeId,
      year,
      from: request.from,
      until: request.until,
      totalHours: round1(sum(raw.hours.map((row) => row.minutes)) / 60),
      hoursByTheme: hoursByTheme(raw),
      months: months(raw, request, today),
      volunteers: {
        active: people(perTeam(raw.members, (row) => row.active)),
        joined: people(perTeam(raw.members, (row) => row.joined)),
        left: people(perTeam(raw.members, (row) => row.left)),
      },
      activities: { completed: sum(raw.activities.map((row) => row.completed)), residentsReached: sum(raw.activities.map((row) => row.residents)) },
      training: { certificates: people(perTeam(raw.certificates, (row) => row.count)), courses: new Set(raw.certificates.map((row) => row.courseId)).size },
      wellbeing: {
        year: lastYear,
        participants: wellbeingParticipants,
        domains: wellbeingSums && Object.entries(wellbeingSums).map(([domain, change]) => ({ domain: domain as WellbeingDomain, averageChange: round2(change / wellbeingParticipants!) })),
      },
      cohesion,
      firstYearPromise: request.neighbourhoodIds.map((id, i) => promiseProgress(id, firstYears[i], today)),
      basis: this.basis(raw, request, people, wellbeingSums, cohesion),
    });
    return report;
  }

  private basis(raw: RawFigures, request: ReportScope, people: (perTeam: number[]) => number | null, wellbeingSums: Record<string, number> | null, cohesion: CohesionWave[]): CostBenefitBasis {
    const years: YearQuantities[] = request.years.map((year) => {
      const inYear = <T extends { month: string }>(rows: T[]) => rows.filter((row) => row.month.startsWith(`${year}-`));
      const minutesByTheme: Partial<Record<Theme, number>> = {};
      for (const row of inYear(raw.hours)) minutesByTheme[row.theme as Theme] = (minutesByTheme[row.theme as Theme] ?? 0) + row.minutes;
      const certificates = raw.certificates.filter((row) => row.year === year);
      const wavesInYear = cohesion.filter((wave) => wave.fieldedOn.startsWith(`${year}-`) && wave.wave === SurveyWave.FOLLOW_UP);
      return {
        year,
        minutesByTheme,
        certificates: people(request.teamIds.map((teamId) => sum(certificates.filter((row) => row.teamId === teamId).map((row) => row.count)))),
        residentsReached: sum(inYear(raw.activities).map((row) => row.residents)),
        wellbeingPoints: year === request.years.at(-1) && wellbeingSums ? sum(Object.values(wellbeingSums)) : null,
        cohesionPoints: wavesInYear.length && wavesInYear.every((wave) => wave.changeSinceBaseline !== null) ? round1(sum(wavesInYear.map((wave) => changeSincePrevious(wave, cohesion)))) : null,
      };
    });
    const agreements = raw.agreements
      .filter((agreement) => this.policy.mayKnowAgreement(agreement.partnerId))
      .map((agreement) => ({ agreementId: agreement.agreementId, title: agreement.title, centsPerEuro: agreement.centsPerEuro, ratio: agreement.centsPerEuro / 100 }));
    return { baseYear: request.years[0], years, costs: raw.costs, agreements };
  }
}

function hoursByTheme(raw: RawFigures) {
  const byTheme = new Map<string, { minutes: number; entries: number }>();
  for (const row of raw.hours) {
    const current = byTheme.get(row.theme) ?? { minutes: 0, entries: 0 };
    byTheme.set(row.theme, { minutes: current.minutes + row.minutes, entries: current.entries + row.entries });
  }
  return [...byTheme.entries()]
    .map(([theme, totals]) => ({ theme: theme as Theme, labelNl: themeLabel(theme as Theme).labelNl, labelEn: themeLabel(theme as Theme).labelEn, hours: round1(totals.minutes / 60), entries: totals.entries }))
    .sort((a, b) => b.hours - a.hours);
}

/** Every month of the period up to this month, empty ones included, so a chart has no gaps. */
function months(raw: RawFigures, request: ReportScope, today: string) {
  const last = (request.until < today ? request.until : today).slice(0, 7);
  const result = [];
  for (let month = request.from.slice(0, 7); month <= last; month = nextMonth(month)) {
    const activities = raw.activities.filter((row) => row.month === month);
    result.push({
      month,
      hours: round1(sum(raw.hours.filter((row) => row.month === month).map((row) => row.minutes)) / 60),
      activitiesCompleted: sum(activities.map((row) => row.completed)),
      residentsReached: sum(activities.map((row) => row.residents)),
    });
  }
  return result;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function sumChanges(changeSums: Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const sums of changeSums) for (const [domain, change] of Object.entries(sums)) total[domain] = (total[domain] ?? 0) + change;
  return total;
}

function cohesionWave(survey: NeighbourhoodSurvey, all: NeighbourhoodSurvey[], hidesSmall: boolean): CohesionWave {
  const base = { surveyId: survey.id, neighbourhoodId: survey.neighbourhoodId, wave: survey.wave, fieldedOn: survey.fieldedOn };
  const hidden = (candidate: NeighbourhoodSurvey) => hidesSmall && candidate.sampleSize < 10;
  if (hidden(survey)) return { ...base, sampleSize: null, cohesionScore: null, changeSinceBaseline: null, statements: null, characteristics: null };
  const baseline = all.find((candidate) => candidate.neighbourhoodId === survey.neighbourhoodId && candidate.wave === SurveyWave.BASELINE);
  const score = cohesionScore(survey.statements);
  return {
    ...base,
    sampleSize: survey.sampleSize,
    cohesionScore: score,
    changeSinceBaseline: baseline && !hidden(baseline) ? round1(score - cohesionScore(baseline.statements)) : null,
    statements: surveyItems(survey.statements, STATEMENT_LABELS),
    characteristics: surveyItems(survey.characteristics, CHARACTERISTIC_LABELS),
  };
}

/** A follow-up's gain over the wave before it in the same neighbourhood, so yearly gains add up to the total. */
function changeSincePrevious(wave: CohesionWave, all: CohesionWave[]): number {
  const earlier = all.filter((candidate) => candidate.neighbourhoodId === wave.neighbourhoodId && candidate.fieldedOn < wave.fieldedOn);
  const previous = earlier.at(-1);
  return previous?.cohesionScore != null && wave.cohesionScore !== null ? wave.cohesionScore - previous.cohesionScore : 0;
}
