import { type Theme, themeLabel, type WellbeingDomain } from '@buurtvolk/domain';
import { protectedCount } from '@buurtvolk/subgraph-kit';
import type { NeighbourhoodSurvey } from '../surveys/neighbourhood-survey.entity';
import { type CohesionGain, cohesionTrend } from './cohesion-trend.rules';
import type { AgreedReturn, CostBenefitBasis, YearQuantities } from './cost-benefit.types';
import { attributionYears, baselineFractions, baselineMinutesByTheme, type BaselineInput, extraHours } from './method.rules';
import type { LiveabilityScore } from '../liveability/liveability-score.entity';
import { informalCareFigures, liveabilityContext, lonelinessFigures, lonelinessReduced, participationFigures } from './outcomes.rules';
import { promiseProgress } from './promise.rules';
import { changeEvidence, meanInterval, standardDeviationFromSums } from './uncertainty.rules';
import type { AgreementScope, FirstYearHours, RawFigures, ReportScope } from './report.queries';
import type { ImpactReport, NeighbourhoodRow } from './report.types';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The period of a calendar-year report. */
export function yearPeriod(year: number): Pick<ReportScope, 'from' | 'until' | 'years'> {
  return { from: `${year}-01-01`, until: `${year}-12-31`, years: [year] };
}

/** A funding agreement's whole period up to the end of this year at most: later years have no figures yet. */
export function agreementPeriod(
  agreement: Pick<AgreementScope, 'startsOn' | 'endsOn'>,
  today: string,
): Pick<ReportScope, 'from' | 'until' | 'years'> {
  const endOfThisYear = `${today.slice(0, 4)}-12-31`;
  const until = agreement.endsOn < endOfThisYear ? agreement.endsOn : endOfThisYear;
  const firstYear = Number(agreement.startsOn.slice(0, 4));
  const years = Array.from({ length: Math.max(1, Number(until.slice(0, 4)) - firstYear + 1) }, (_, i) => firstYear + i);
  return { from: agreement.startsOn, until: until < agreement.startsOn ? agreement.startsOn : until, years };
}

/** Everything one report is computed from, loaded and checked by the service. */
export interface ReportInputs {
  scope: ReportScope;
  raw: RawFigures;
  /** Per neighbourhood of the scope, in its order. */
  firstYears: (FirstYearHours | undefined)[];
  /** Per neighbourhood of the scope, in its order; oldest first. */
  surveyWaves: NeighbourhoodSurvey[][];
  /** The agreements in scope the caller may know of. */
  visibleAgreements: RawFigures['agreements'];
  /** Whether the caller sees counts of fewer than 10 people hidden (partners). */
  hidesSmall: boolean;
  today: string;
  /** The recorded baselines of the scope's neighbourhoods (and of the neighbourhoods its teams work in). */
  baselines: Map<string, BaselineInput>;
  /** Per neighbourhood of the scope, in its order: its Leefbaarometer editions, oldest first (none when left out). */
  liveability?: LiveabilityScore[][];
}

/** The figures of one report; who and what it is about (scope, scopeId, year) the service adds. */
export type ReportFigures = Omit<ImpactReport, 'scope' | 'scopeId' | 'year'>;

export function reportFigures({
  scope,
  raw,
  firstYears,
  surveyWaves,
  visibleAgreements,
  hidesSmall,
  today,
  baselines,
  liveability = [],
}: ReportInputs): ReportFigures {
  const people = (cells: number[]) => (hidesSmall ? protectedCount(cells) : sum(cells));
  // Wellbeing is personal: its groups under 10 stay hidden from everyone, admins included.
  const wellbeingParticipants = protectedCount(
    cellSums(
      raw.wellbeing,
      (row) => row.teamId,
      (row) => row.participants,
    ),
  );
  const wellbeingSums = wellbeingParticipants === null ? null : sumChanges(raw.wellbeing.map((row) => row.changeSums));
  // Squares add up over teams like the sums do; one team without them leaves the whole group without an interval.
  const squareSums =
    wellbeingSums && raw.wellbeing.every((row) => row.changeSquareSums)
      ? sumChanges(raw.wellbeing.map((row) => row.changeSquareSums!))
      : null;
  const cohesion = cohesionTrend(surveyWaves, scope.until, hidesSmall);
  return {
    from: scope.from,
    until: scope.until,
    totalHours: round1(sum(raw.hours.map((row) => row.minutes)) / 60),
    extraHours: extraHours(raw, scope, baselines),
    hoursByTheme: hoursByTheme(raw),
    months: months(raw, scope, today),
    volunteers: {
      active: people(
        cellSums(
          raw.members,
          (row) => row.teamId,
          (row) => row.active,
        ),
      ),
      joined: people(
        cellSums(
          raw.members,
          (row) => row.teamId,
          (row) => row.joined,
        ),
      ),
      left: people(
        cellSums(
          raw.members,
          (row) => row.teamId,
          (row) => row.left,
        ),
      ),
    },
    activities: {
      completed: sum(raw.activities.map((row) => row.completed)),
      residentsReached: sum(raw.activities.map((row) => row.residents)),
    },
    // Per team and year: a period total beside its yearly figures must not give a hidden year away by subtraction.
    training: {
      certificates: people(
        cellSums(
          raw.certificates,
          (row) => `${row.teamId}:${row.year}`,
          (row) => row.count,
        ),
      ),
      courses: new Set(raw.certificates.map((row) => row.courseId)).size,
    },
    wellbeing: {
      year: scope.years.at(-1)!,
      participants: wellbeingParticipants,
      domains:
        wellbeingSums &&
        Object.entries(wellbeingSums).map(([domain, change]) =>
          wellbeingChange(domain as WellbeingDomain, wellbeingParticipants!, change, squareSums?.[domain] ?? null),
        ),
    },
    cohesion: cohesion.waves,
    participation: participationFigures(raw.outcomes ?? [], hidesSmall),
    loneliness: lonelinessFigures(raw.outcomes ?? [], scope.years.at(-1)!),
    informalCare: informalCareFigures(raw.informalCare ?? []),
    liveability: liveabilityContext(scope.neighbourhoodIds, liveability),
    firstYearPromise: scope.neighbourhoodIds.map((id, i) => promiseProgress(id, firstYears[i], today, baselines.get(id))),
    basis: costBenefitBasis(raw, scope, people, wellbeingSums, cohesion.gains, visibleAgreements, baselines),
  };
}

type TeamRows = Pick<RawFigures, 'hours' | 'neighbourhoodMinutes' | 'members' | 'certificates'>;

/** The per-team rows of figures loaded for many teams (the national ones), by team: grouped once, cut many times. */
export function rowsByTeam(raw: RawFigures): Map<string, TeamRows> {
  const byTeam = new Map<string, TeamRows>();
  const add = <K extends keyof TeamRows>(kind: K, rows: TeamRows[K]) => {
    for (const row of rows) {
      let team = byTeam.get(row.teamId);
      if (!team) byTeam.set(row.teamId, (team = { hours: [], neighbourhoodMinutes: [], members: [], certificates: [] }));
      (team[kind] as TeamRows[K][number][]).push(row);
    }
  };
  add('hours', raw.hours);
  add('neighbourhoodMinutes', raw.neighbourhoodMinutes);
  add('members', raw.members);
  add('certificates', raw.certificates);
  return byTeam;
}

/**
 * What a neighbourhood's line needs of figures loaded for more teams: the rows of its own teams (from rowsByTeam), and
 * their residents reached from `residents` (per team over the same period). The same rows its own scope would load.
 */
export function teamsPart(
  byTeam: Map<string, TeamRows>,
  teamIds: string[],
  residents: Map<string, number>,
): TeamRows & { residentsReached: number } {
  const teams = teamIds.map((teamId) => byTeam.get(teamId));
  const rows = <K extends keyof TeamRows>(kind: K) => teams.flatMap((team) => (team ? (team[kind] as unknown[]) : [])) as TeamRows[K];
  return {
    hours: rows('hours'),
    neighbourhoodMinutes: rows('neighbourhoodMinutes'),
    members: rows('members'),
    certificates: rows('certificates'),
    residentsReached: sum(teamIds.map((teamId) => residents.get(teamId) ?? 0)),
  };
}

/** One neighbourhood's line of the national overview; only admins see it, so nothing is hidden. */
export function neighbourhoodRow(
  neighbourhoodId: string,
  raw: ReturnType<typeof teamsPart>,
  firstYear: FirstYearHours | undefined,
  today: string,
  period: Pick<ReportScope, 'from' | 'until'>,
  baselines: Map<string, BaselineInput>,
): NeighbourhoodRow {
  const hours = extraHours(raw, { ...period, neighbourhoodIds: [neighbourhoodId] }, baselines);
  return {
    neighbourhood: { id: neighbourhoodId },
    hours: hours.grossHours,
    baselineHours: hours.baselineHours,
    netHours: hours.netHours,
    activeVolunteers: sum(raw.members.map((row) => row.active)),
    residentsReached: raw.residentsReached,
    certificates: sum(raw.certificates.map((row) => row.count)),
    promiseStatus: promiseProgress(neighbourhoodId, firstYear, today, baselines.get(neighbourhoodId)).status,
  };
}

/** Per year of the period, the quantities the cost-benefit summary values, with hidden counts left hidden. */
function costBenefitBasis(
  raw: RawFigures,
  scope: ReportScope,
  people: (cells: number[]) => number | null,
  wellbeingSums: Record<string, number> | null,
  cohesionGains: CohesionGain[],
  visibleAgreements: RawFigures['agreements'],
  baselines: Map<string, BaselineInput>,
): CostBenefitBasis {
  const { fraction } = baselineFractions(raw, scope, baselines);
  const years: YearQuantities[] = scope.years.map((year) => {
    const inYear = <T extends { month: string }>(rows: T[]) => rows.filter((row) => row.month.startsWith(`${year}-`));
    const minutesByTheme: Partial<Record<Theme, number>> = {};
    for (const row of inYear(raw.hours)) minutesByTheme[row.theme as Theme] = (minutesByTheme[row.theme as Theme] ?? 0) + row.minutes;
    const gains = cohesionGains.filter((gain) => gain.fieldedOn.startsWith(`${year}-`));
    const outcomes = (raw.outcomes ?? []).filter((row) => row.year === year);
    const moved = outcomes.filter((row) => row.movedPeople > 0);
    const paired = outcomes.filter((row) => row.lonelinessPaired > 0);
    return {
      year,
      minutesByTheme,
      baselineMinutesByTheme: baselineMinutesByTheme(raw.hours, fraction, year),
      certificates: people(
        cellSums(
          raw.certificates.filter((row) => row.year === year),
          (row) => row.teamId,
          (row) => row.count,
        ),
      ),
      residentsReached: sum(inYear(raw.activities).map((row) => row.residents)),
      wellbeingPoints: year === scope.years.at(-1) && wellbeingSums ? sum(Object.values(wellbeingSums)) : null,
      // Only years with something counted get a line; a hidden count stays a line with its quantity hidden.
      participationMoves: moved.length
        ? people(
            cellSums(
              moved,
              (row) => row.teamId,
              (row) => row.movedPeople,
            ),
          )
        : undefined,
      lonelinessReduced: year === scope.years.at(-1) && paired.length ? lonelinessReduced(paired, year) : undefined,
      informalCareResidents: sum((raw.informalCare ?? []).filter((row) => row.year === year).map((row) => row.residents)),
      cohesionPoints: gains.length && gains.every((gain) => gain.points !== null) ? round1(sum(gains.map((gain) => gain.points!))) : null,
    };
  });
  const agreements: AgreedReturn[] = visibleAgreements.map((agreement) => ({
    agreementId: agreement.agreementId,
    title: agreement.title,
    centsPerEuro: agreement.centsPerEuro,
    ratio: agreement.centsPerEuro / 100,
  }));
  return {
    baseYear: scope.years[0],
    years,
    costs: raw.costs,
    agreements,
    attribution: scope.agreementId
      ? { agreementId: scope.agreementId, years: attributionYears(scope.agreementId, raw, scope.years) }
      : null,
    allowances: raw.allowances,
  };
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
    .map(([theme, totals]) => ({
      theme: theme as Theme,
      labelNl: themeLabel(theme as Theme).labelNl,
      labelEn: themeLabel(theme as Theme).labelEn,
      hours: round1(totals.minutes / 60),
      entries: totals.entries,
    }))
    .sort((a, b) => b.hours - a.hours);
}

/** Every month of the period up to this month, empty ones included, so a chart has no gaps. */
function months(raw: RawFigures, scope: ReportScope, today: string) {
  const last = (scope.until < today ? scope.until : today).slice(0, 7);
  const minutes = new Map<string, number>();
  for (const row of raw.hours) minutes.set(row.month, (minutes.get(row.month) ?? 0) + row.minutes);
  const activities = new Map(raw.activities.map((row) => [row.month, row]));
  const result = [];
  for (let month = scope.from.slice(0, 7); month <= last; month = nextMonth(month)) {
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

/**
 * One domain's average change with its 95 % interval. Each participant's change is their own score now minus at
 * intake (paired), so the interval is that of one mean: the spread comes from the sum and the sum of squares.
 */
export function wellbeingChange(domain: WellbeingDomain, participants: number, sum: number, sumOfSquares: number | null) {
  const mean = sum / participants;
  const interval =
    sumOfSquares === null ? null : meanInterval(mean, standardDeviationFromSums(participants, sum, sumOfSquares), participants);
  return { domain, averageChange: round2(mean), sampleSize: participants, interval, evidence: changeEvidence(interval) };
}
