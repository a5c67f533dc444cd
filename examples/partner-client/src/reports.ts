/** The operations a municipality runs for each of its neighbourhoods, and a plain-text summary of the answers. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PartnerRequest } from './client';
import {
  MyNeighbourhoodsDocument,
  type MyNeighbourhoodsQuery,
  NeighbourhoodHoursByThemeDocument,
  type NeighbourhoodHoursByThemeQuery,
  NeighbourhoodImpactDocument,
  type NeighbourhoodImpactQuery,
  NeighbourhoodReportCsvDocument,
  type NeighbourhoodReportCsvQuery,
} from './gql/graphql';

type ReportOf<TQuery extends { neighbourhood?: { impact?: unknown } | null }> = NonNullable<NonNullable<TQuery['neighbourhood']>['impact']>;

export interface NeighbourhoodYear {
  neighbourhood: MyNeighbourhoodsQuery['neighbourhoods'][number];
  year: number;
  /** Null when there is nothing to report for that year (e.g. no team yet). */
  impact: ReportOf<NeighbourhoodImpactQuery> | null;
  hoursByTheme: ReportOf<NeighbourhoodHoursByThemeQuery>['hoursByTheme'];
  months: ReportOf<NeighbourhoodHoursByThemeQuery>['months'];
  csv: ReportOf<NeighbourhoodReportCsvQuery>['csv'];
}

/** Every neighbourhood the partner serves, with its impact, hours per theme and month, and the CSV tables of `year`. */
export async function neighbourhoodReports(request: PartnerRequest, year: number): Promise<NeighbourhoodYear[]> {
  const { neighbourhoods } = await request(MyNeighbourhoodsDocument, {});
  return Promise.all(
    neighbourhoods.map(async (neighbourhood) => {
      const variables = { neighbourhoodId: neighbourhood.id, year };
      const [impact, themes, csv] = await Promise.all([
        request(NeighbourhoodImpactDocument, variables),
        request(NeighbourhoodHoursByThemeDocument, variables),
        request(NeighbourhoodReportCsvDocument, variables),
      ]);
      return {
        neighbourhood,
        year,
        impact: impact.neighbourhood?.impact ?? null,
        hoursByTheme: themes.neighbourhood?.impact?.hoursByTheme ?? [],
        months: themes.neighbourhood?.impact?.months ?? [],
        csv: csv.neighbourhood?.impact?.csv ?? [],
      };
    }),
  );
}

const hours = (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
/** Counts under 10 come back as null: never shown as a number. */
const count = (value: number | null | undefined) => (value === null || value === undefined ? 'fewer than 10' : String(value));

export function summary(report: NeighbourhoodYear): string {
  const { neighbourhood, year, impact } = report;
  const lines = [`${neighbourhood.name} (${neighbourhood.city}, ${neighbourhood.municipalityCode}), ${year}`];
  if (!impact) return [...lines, '  no report for this year'].join('\n');
  lines.push(`  hours: ${hours(impact.totalHours)}`);
  for (const promise of impact.firstYearPromise) {
    lines.push(
      `  first-year promise: ${hours(promise.hours)} of ${promise.minimumHours}–${promise.maximumHours} hours (${Math.round(promise.percentOfMinimum)}% of the minimum, ${promise.status})`,
    );
  }
  lines.push(
    `  volunteers: ${count(impact.volunteers.active)} active, ${count(impact.volunteers.joined)} joined, ${count(impact.volunteers.left)} left`,
  );
  lines.push(`  activities: ${impact.activities.completed} completed, ${impact.activities.residentsReached} residents reached`);
  const ratio = impact.costBenefit.benefitCostRatio;
  lines.push(
    `  MKBA: ${ratio === null || ratio === undefined ? 'no costs booked' : `€ ${ratio.toLocaleString('nl-NL', { maximumFractionDigits: 2 })} of benefits per euro`}`,
  );
  lines.push(`  hours by theme: ${report.hoursByTheme.map((theme) => `${theme.labelEn} ${hours(theme.hours)}`).join(', ') || 'none'}`);
  return lines.join('\n');
}

/** Writes each neighbourhood's CSV tables to `<dir>/<neighbourhood>/<file name>`; returns the paths written. */
export async function writeCsvTables(reports: NeighbourhoodYear[], dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const report of reports) {
    const folder = join(dir, report.neighbourhood.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
    await mkdir(folder, { recursive: true });
    for (const table of report.csv) {
      const path = join(folder, table.fileName);
      await writeFile(path, table.content);
      written.push(path);
    }
  }
  return written;
}
