import { isUuid, type Theme, themeLabel, todayInAmsterdam } from '@buurtvolk/domain';
import { groupInto, MIN_CELL_SIZE, notFound, protectedCount } from '@buurtvolk/subgraph-kit';
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

interface AgreementRow {
  agreementId: string;
  partnerId: string;
  startsOn: string;
  endsOn: string;
  neighbourhoodIds: string[];
  teams: { teamId: string; neighbourhoodId: string }[];
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
      const rows = await loadFirstYears(dataSource, ids.filter(isUuid));
      return groupInto(ids, rows, (row) => row.neighbourhoodId).map((found) => found[0]);
    });
    this.waves = new DataLoader(async (ids) => groupInto(ids, await surveys.wavesOf(ids.filter(isUuid)), (wave) => wave.neighbourhoodId));
    this.teamsOfNeighbourhood = new DataLoader(async (ids) => {
      const rows: { teamId: string; neighbourhoodId: string }[] = await dataSource.query(
        'SELECT team_id AS "teamId", neighbourhood_id AS "neighbourhoodId" FROM directory_teams WHERE neighbourhood_id = ANY($1) ORDER BY team_id',
        [ids.filter(isUuid)],
      );
      return groupInto(ids, rows, (row) => row.neighbourhoodId).map((teams) => teams.map((team) => team.teamId));
    });
    this.priceLists = new DataLoader((years) => Promise.all(years.map((year) => prices.listFor(year))));
    // With the teams it covers (named, or working in its neighbourhoods), so a list of agreements costs one statement.
    this.agreement = new DataLoader(async (ids) => {
      const rows: AgreementRow[] = await dataSource.query(
        `SELECT a.agreement_id AS "agreementId", a.partner_id AS "partnerId", a.starts_on::text AS "startsOn", a.ends_on::text AS "endsOn",
                a.neighbourhood_ids AS "neighbourhoodIds",
                coalesce(json_agg(json_build_object('teamId', t.team_id, 'neighbourhoodId', t.neighbourhood_id) ORDER BY t.team_id)
                  FILTER (WHERE t.team_id IS NOT NULL), '[]') AS teams
           FROM funding_agreements a
           LEFT JOIN directory_teams t ON t.team_id = ANY(a.team_ids) OR t.neighbourhood_id = ANY(a.neighbourhood_ids)
          WHERE a.agreement_id = ANY($1)
          GROUP BY a.agreement_id`,
        [ids.filter(isUuid)],
      );
      return groupInto(ids, rows, (row) => row.agreementId).map((found) => found[0]);
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
    const { teams } = agreement;
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
    const teamsOf = groupInto(neighbourhoodIds, teams, (team) => team.neighbourhoodId);
    const scopeOf = (id: string, i: number): ReportScope => ({ key: `neighbourhood:${id}:${year}`, teamIds: teamsOf[i].map((team) => team.teamId), neighbourhoodIds: [id], agreementId: null, ...period });
    const [total, rows, firstYears] = await Promise.all([
      this.build(ImpactScope.NATIONAL, null, year, { key: `national:${year}`, teamIds: teams.map((team) => team.teamId), neighbourhoodIds, agreementId: null, ...period }),
      Promise.all(neighbourhoodIds.map((id, i) => this.figures.load(scopeOf(id, i)))),
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
    const people = (cells: number[]) => (hidesSmall ? protectedCount(cells) : sum(cells));

    const lastYear = request.years.at(-1)!;
    const wellbeingParticipants = protectedCount(cellSums(raw.wellbeing, (row) => row.teamId, (row) => row.participants));
    const wellbeingSums = wellbeingParticipants === null ? null : sumChanges(raw.wellbeing.map((row) => row.changeSums));
    const cohesion = cohesionTrend(waves, request.until, hidesSmall);

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
        active: people(cellSums(raw.members, (row) => row.teamId, (row) => row.active)),
        joined: people(cellSums(raw.members, (row) => row.teamId, (row) => row.joined)),
        left: people(cellSums(raw.members, (row) => row.teamId, (row) => row.left)),
      },
      activities: { completed: sum(raw.activities.map((row) => row.completed)), residentsReached: sum(raw.activities.map((row) => row.residents)) },
      // Per team and year: a period total beside its yearly figures must not give a hidden year away by subtraction.
      training: { certificates: people(cellSums(raw.certificates, (row) => `${row.teamId}:${row.year}`, (row) => row.count)), courses: new Set(raw.certificates.map((row) => row.courseId)).size },
      wellbeing: {
        year: lastYear,
        participants: wellbeingParticipants,
        domains: wellbeingSums && Object.entries(wellbeingSums).map(([domain, change]) => ({ domain: domain as WellbeingDomain, averageChange: round2(change / wellbeingParticipants!) })),
      },
      cohesion: cohesion.waves,
      firstYearPromise: request.neighbourhoodIds.map((id, i) => promiseProgress(id, firstYears[i], today)),
      basis: this.basis(raw, request, people, wellbeingSums, cohesion.gains),
    });
    return report;
  }

  private basis(raw: RawFigures, request: ReportScope, people: (cells: number[]) => number | null, wellbeingSums: Record<string, number> | null, cohesionGains: CohesionGain[]): CostBenefitBasis {
    const years: YearQuantities[] = request.years.map((year) => {
      const inYear = <T extends { month: string }>(rows: T[]) => rows.filter((row) => row.month.startsWith(`${year}-`));
      const minutesByTheme: Partial<Record<Theme, number>> = {};
      for (const row of inYear(raw.hours)) minutesByTheme[row.theme as Theme] = (minutesByTheme[row.theme as Theme] ?? 0) + row.minutes;
      const gains = cohesionGains.filter((gain) => gain.fieldedOn.startsWith(`${year}-`));
      return {
        year,
        minutesByTheme,
        certificates: people(cellSums(raw.certificates.filter((row) => row.year === year), (row) => row.teamId, (row) => row.count)),
        residentsReached: sum(inYear(raw.activities).map((row) => row.residents)),
        wellbeingPoints: year === request.years.at(-1) && wellbeingSums ? sum(Object.values(wellbeingSums)) : null,
        cohesionPoints: gains.length && gains.every((gain) => gain.points !== null) ? round1(sum(gains.map((gain) => gain.points!))) : null,
      };
    });
    const agreements = raw.agreements
      .filter((agreement) => this.policy.mayKnowAgreement(agreement.partnerId))
      .map((agreement) => ({ agreementId: agreement.agreementId, title: agreement.title, centsPerEuro: agreement.centsPerEuro, ratio: agreement.centsPerEuro / 100 }));
    return { baseYear: request.years[0], years, costs: raw.costs, agreements };
  }
}

/** Sums of `pick` per cell (e.g. per team); cells without rows are empty and reveal nothing, so they are left out. */
function cellSums<T>(rows: T[], cellOf: (row: T) => string, pick: (row: T) => number): number[] {
  const cells = new Map<string, number>();
  for (const row of rows) cells.set(cellOf(row), (cells.get(cellOf(row)) ?? 0) + pick(row));
  return [...cells.values()];
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
  const minutes = new Map<string, number>();
  for (const row of raw.hours) minutes.set(row.month, (minutes.get(row.month) ?? 0) + row.minutes);
  const activities = new Map(raw.activities.map((row) => [row.month, row]));
  const result = [];
  for (let month = request.from.slice(0, 7); month <= last; month = nextMonth(month)) {
    result.push({
      month,
      hours: round1((minutes.get(month) ?? 0) / 60),
      activitiesCompleted: activities.get(month)?.completed ?? 0,
      residentsReached: activities.get(month)?.residents ?? 0,
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

interface CohesionGain {
  fieldedOn: string;
  /** A follow-up's gain over the wave before it, so yearly gains add up to the total; null where either is hidden. */
  points: number | null;
}

/**
 * The waves of each neighbourhood (oldest first, as loaded) up to `until`, in one pass each: the score, its change
 * since the baseline, and each follow-up's gain over the wave before it. Waves of fewer than 10 respondents are
 * hidden from those who see suppressed figures.
 */
function cohesionTrend(neighbourhoodWaves: NeighbourhoodSurvey[][], until: string, hidesSmall: boolean): { waves: CohesionWave[]; gains: CohesionGain[] } {
  const waves: CohesionWave[] = [];
  const gains: CohesionGain[] = [];
  for (const surveys of neighbourhoodWaves) {
    let baseline: number | null = null;
    let previous: number | null = null;
    for (const survey of surveys.filter((candidate) => candidate.fieldedOn <= until)) {
      const base = { surveyId: survey.id, neighbourhoodId: survey.neighbourhoodId, wave: survey.wave, fieldedOn: survey.fieldedOn };
      const score = hidesSmall && survey.sampleSize < MIN_CELL_SIZE ? null : cohesionScore(survey.statements);
      if (survey.wave === SurveyWave.BASELINE) baseline = score;
      else gains.push({ fieldedOn: survey.fieldedOn, points: score !== null && previous !== null ? score - previous : null });
      previous = score;
      waves.push(
        score === null
          ? { ...base, sampleSize: null, cohesionScore: null, changeSinceBaseline: null, statements: null, characteristics: null }
          : {
              ...base,
              sampleSize: survey.sampleSize,
              cohesionScore: score,
              changeSinceBaseline: baseline !== null ? round1(score - baseline) : null,
              statements: surveyItems(survey.statements, STATEMENT_LABELS),
              characteristics: surveyItems(survey.characteristics, CHARACTERISTIC_LABELS),
            },
      );
    }
  }
  return { waves: waves.sort((a, b) => a.fieldedOn.localeCompare(b.fieldedOn)), gains };
}
