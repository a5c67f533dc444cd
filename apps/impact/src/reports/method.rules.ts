import type { Theme } from '@buurtvolk/domain';
import { euros } from '@buurtvolk/subgraph-kit';
import { AttributionBasis, type AttributionYearInput } from './cost-benefit.types';
import type { RawFigures, ReportScope } from './report.queries';
import type { BaselineUsed, ExtraHours } from './report.types';

/** A neighbourhood's recorded baseline as the rules need it: exactly one of hoursPerYear and sharePercent. */
export interface BaselineInput {
  neighbourhoodId: string;
  hoursPerYear: number | null;
  sharePercent: number | null;
  source: string;
  sourceYear: number;
}

const DAY = 86_400_000;
const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
const dayCount = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
const clip = (from: string, until: string, year: number) => ({
  from: from > `${year}-01-01` ? from : `${year}-01-01`,
  until: until < `${year}-12-31` ? until : `${year}-12-31`,
});

/** Days of [from, until] that fall in `year` (0 when none). */
export function daysInYear(from: string, until: string, year: number): number {
  const part = clip(from, until, year);
  return part.until < part.from ? 0 : dayCount(part.from, part.until);
}

/**
 * The minutes a neighbourhood would have had anyway in part of a year: a share of its gross minutes, or its hours a
 * year pro rata over the days of the period in that year (a period of the whole year takes them all), never more
 * than the gross minutes themselves (nobody gives negative extra hours).
 */
export function baselineMinutes(baseline: BaselineInput, grossMinutes: number, periodDays: number, yearDays: number): number {
  if (baseline.sharePercent !== null) return (grossMinutes * baseline.sharePercent) / 100;
  return Math.min(grossMinutes, (baseline.hoursPerYear ?? 0) * 60 * (periodDays / yearDays));
}

/**
 * Per team and year the fraction of its hours that is baseline: its neighbourhood's baseline minutes over the
 * neighbourhood's gross minutes (all its teams) in the period, so the teams of a neighbourhood share its baseline in
 * proportion to their hours and a neighbourhood's report equals the sum of its teams'.
 */
export function baselineFractions(
  raw: Pick<RawFigures, 'neighbourhoodMinutes'>,
  scope: Pick<ReportScope, 'from' | 'until'>,
  baselines: Map<string, BaselineInput>,
): { fraction: (teamId: string, year: number) => number; neighbourhoodOf: Map<string, string> } {
  const fractions = new Map<string, number>();
  const neighbourhoodOf = new Map<string, string>();
  for (const row of raw.neighbourhoodMinutes) {
    neighbourhoodOf.set(row.teamId, row.neighbourhoodId);
    const baseline = baselines.get(row.neighbourhoodId);
    if (!baseline || row.minutes <= 0) continue;
    const yearDays = daysInYear(`${row.year}-01-01`, `${row.year}-12-31`, row.year);
    const base = baselineMinutes(baseline, row.minutes, daysInYear(scope.from, scope.until, row.year), yearDays);
    fractions.set(`${row.teamId}:${row.year}`, base / row.minutes);
  }
  return { fraction: (teamId, year) => fractions.get(`${teamId}:${year}`) ?? 0, neighbourhoodOf };
}

/** Per year of the scope, the baseline minutes by theme: each hour row's minutes × its team's baseline fraction. */
export function baselineMinutesByTheme(
  hours: RawFigures['hours'],
  fraction: (teamId: string, year: number) => number,
  year: number,
): Partial<Record<Theme, number>> {
  const byTheme: Partial<Record<Theme, number>> = {};
  for (const row of hours) {
    if (!row.month.startsWith(`${year}-`)) continue;
    const theme = row.theme as Theme;
    byTheme[theme] = (byTheme[theme] ?? 0) + row.minutes * fraction(row.teamId, year);
  }
  return byTheme;
}

/** Gross, baseline and net hours of a report, with the baselines used and the rule in words. */
export function extraHours(
  raw: Pick<RawFigures, 'hours' | 'neighbourhoodMinutes'>,
  scope: Pick<ReportScope, 'from' | 'until' | 'neighbourhoodIds'>,
  baselines: Map<string, BaselineInput>,
): ExtraHours {
  const { fraction, neighbourhoodOf } = baselineFractions(raw, scope, baselines);
  let gross = 0;
  const baseByNeighbourhood = new Map<string, number>();
  for (const row of raw.hours) {
    gross += row.minutes;
    const neighbourhood = neighbourhoodOf.get(row.teamId);
    if (!neighbourhood) continue;
    const base = row.minutes * fraction(row.teamId, Number(row.month.slice(0, 4)));
    baseByNeighbourhood.set(neighbourhood, (baseByNeighbourhood.get(neighbourhood) ?? 0) + base);
  }
  const base = [...baseByNeighbourhood.values()].reduce((sum, minutes) => sum + minutes, 0);
  const used: BaselineUsed[] = scope.neighbourhoodIds
    .filter((id) => baselines.has(id))
    .map((id) => {
      const baseline = baselines.get(id)!;
      return {
        neighbourhoodId: id,
        hoursPerYear: baseline.hoursPerYear,
        sharePercent: baseline.sharePercent,
        source: baseline.source,
        sourceYear: baseline.sourceYear,
        baselineHours: round1((baseByNeighbourhood.get(id) ?? 0) / 60),
      };
    });
  const without = scope.neighbourhoodIds.filter((id) => !baselines.has(id));
  const grossHours = round1(gross / 60);
  const baselineHours = round1(base / 60);
  return {
    grossHours,
    baselineHours,
    netHours: round1(grossHours - baselineHours),
    baselines: used,
    neighbourhoodsWithoutBaseline: without,
    noteNl:
      'Netto extra uren = bruto goedgekeurde uren van vrijwilligers min het nulalternatief: de uren die in de buurt ook zonder de teams gegeven zouden zijn ' +
      '(per buurt vastgelegd als uren per jaar, naar rato van de periode, of als percentage van de bruto uren, met bron en jaar). ' +
      'Uren van coaches (professionals) tellen nooit mee. ' +
      (without.length ? 'Voor buurten zonder vastgelegd nulalternatief telt elk uur als extra.' : ''),
    noteEn:
      'Net extra hours = gross approved volunteer hours less the baseline: the hours the neighbourhood would have had without the teams ' +
      '(recorded per neighbourhood as hours a year, pro rata over the period, or as a percentage of the gross hours, with source and year). ' +
      'Hours of coaches (professionals) never count. ' +
      (without.length ? 'In neighbourhoods without a recorded baseline every hour counts as extra.' : ''),
  };
}

/** An agreement's committed money in a calendar year: its amount spread evenly over its days (as finance derives shares). */
export function committedInYear(agreement: { amountCents: number; startsOn: string; endsOn: string }, year: number): number {
  return (agreement.amountCents * daysInYear(agreement.startsOn, agreement.endsOn, year)) / dayCount(agreement.startsOn, agreement.endsOn);
}

/**
 * Per year of an agreement's report, its share: its booked costs over every agreement's booked costs on the same
 * teams that year. A year without booked costs falls back on committed money (each financing agreement's amount
 * spread over its days), so a fresh agreement still has a share; a year without either attributes nothing.
 * Co-funders of the same teams and year take shares of the same whole, so their attributed benefits add up to it.
 */
export function attributionYears(
  agreementId: string,
  raw: Pick<RawFigures, 'costs' | 'areaCosts' | 'funders'>,
  years: number[],
): AttributionYearInput[] {
  return years.map((year) => {
    const mine = raw.costs.filter((cost) => cost.year === year).reduce((sum, cost) => sum + cost.cents, 0);
    const area = raw.areaCosts.find((row) => row.year === year)?.cents ?? 0;
    if (area > 0) return { year, basis: AttributionBasis.BOOKED_COSTS, agreementCents: mine, areaCents: area };
    const self = raw.funders.find((funder) => funder.agreementId === agreementId);
    const committed = self ? Math.round(committedInYear(self, year)) : 0;
    const all = Math.round(raw.funders.reduce((sum, funder) => sum + committedInYear(funder, year), 0));
    if (all > 0) return { year, basis: AttributionBasis.COMMITTED_FUNDING, agreementCents: committed, areaCents: all };
    return { year, basis: AttributionBasis.NONE, agreementCents: 0, areaCents: 0 };
  });
}

/** A year's share as a fraction (0–1). */
export function shareFraction(year: AttributionYearInput): number {
  return year.areaCents > 0 ? Math.min(1, Math.max(0, year.agreementCents / year.areaCents)) : 0;
}

export function attributionYearView(year: AttributionYearInput) {
  return {
    year: year.year,
    basis: year.basis,
    agreementAmount: euros(year.agreementCents),
    areaAmount: euros(year.areaCents),
    sharePercent: round2(shareFraction(year) * 100),
  };
}

export const ATTRIBUTION_RULE = {
  nl:
    'Toerekening: deze overeenkomst krijgt per jaar het deel van de baten dat gelijk is aan haar aandeel in de kosten van hetzelfde jaar en gebied ' +
    '(haar geboekte kosten gedeeld door de geboekte kosten van alle overeenkomsten voor dezelfde teams; zonder geboekte kosten dat jaar: haar toegezegde ' +
    'bedrag naar rato van de dagen, gedeeld door dat van alle financiers). De aandelen van medefinanciers tellen op tot het geheel; ' +
    'het rapport van een buurt of team toont het geheel.',
  en:
    'Attribution: per year this agreement claims the part of the benefits equal to its share of the costs in the same year and area ' +
    '(its booked costs over all agreements’ booked costs on the same teams; without booked costs that year: its committed amount spread over its ' +
    'days, over that of all funders). Co-funders’ shares add up to the whole; a neighbourhood’s or team’s report shows the whole.',
};
