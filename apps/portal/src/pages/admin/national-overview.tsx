import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { formatNumber, todayInAmsterdam } from '../../format/format';
import { THEMES } from '../../format/themes';
import { graphql } from '../../gql';
import type { NationalOverviewPageQuery, Theme } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { SortableTable, type TableColumn } from '../../ui/sortable-table';
import { HoursChart } from '../coordinator/hours-chart';
import { NationalReportPdfs } from './national-report-pdfs';

const NationalOverviewPage = graphql(`
  query NationalOverviewPage($year: Int!) {
    nationalHours(year: $year) {
      municipalityCode
      theme
      approvedHours
    }
    nationalImpact(year: $year) {
      total {
        totalHours
        volunteers {
          active
        }
        activities {
          completed
          residentsReached
        }
      }
      neighbourhoods {
        hours
        netHours
        promiseStatus
        neighbourhood {
          id
          name
          city
          municipalityCode
          municipalityName
          teams {
            id
            name
            status
            trainingCoverage {
              required
              covered
              course {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

type Overview = NationalOverviewPageQuery['nationalImpact'];
type NeighbourhoodRow = Overview['neighbourhoods'][number];
type MunicipalityRow = { code: string; name: string; hours: Partial<Record<Theme, number>>; total: number };
type CoverageGap = { id: string; team: string; neighbourhood: string; city: string; course: string; required: number; covered: number };

const FIRST_YEAR = 2024;

/** Hours per municipality and theme, the teams behind on their first-year promise and the training still missing, for one year. */
export default function NationalOverview() {
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const query = useQuery(NationalOverviewPage, { year });
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index);

  return (
    <Page titleId="national.title">
      <FormField label={<FormattedMessage id="national.year" />}>
        {(props) => (
          <select {...props} value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.loading && !query.data && <Loading />}
      {query.data && (
        <>
          <Totals total={query.data.nationalImpact.total} year={year} />
          <HoursByMunicipality data={query.data} year={year} />
          <TeamsBehind rows={query.data.nationalImpact.neighbourhoods.filter((row) => row.promiseStatus === 'BEHIND')} year={year} />
          <TrainingGaps rows={query.data.nationalImpact.neighbourhoods} />
          <NationalReportPdfs neighbourhoods={query.data.nationalImpact.neighbourhoods.map((row) => row.neighbourhood)} year={year} />
        </>
      )}
    </Page>
  );
}

function Totals({ total, year }: { total: Overview['total']; year: number }) {
  const figures = [
    { id: 'national.totals.hours', value: formatNumber(total.totalHours) },
    {
      id: 'national.totals.volunteers',
      value: total.volunteers.active === null || total.volunteers.active === undefined ? null : formatNumber(total.volunteers.active),
    },
    { id: 'national.totals.activities', value: formatNumber(total.activities.completed) },
    { id: 'national.totals.reached', value: formatNumber(total.activities.residentsReached) },
  ];
  return (
    <section aria-labelledby="national-totals">
      <h2 id="national-totals">
        <FormattedMessage id="national.totals" values={{ year }} />
      </h2>
      <dl className="grid">
        {figures.map((figure) => (
          <div key={figure.id} className="card">
            <dt>
              <FormattedMessage id={figure.id} />
            </dt>
            <dd className="figure">{figure.value ?? <FormattedMessage id="national.hidden" />}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function municipalityRows(data: NationalOverviewPageQuery): MunicipalityRow[] {
  const names = new Map(
    data.nationalImpact.neighbourhoods.map((row) => [row.neighbourhood.municipalityCode, row.neighbourhood.municipalityName]),
  );
  const rows = new Map<string, MunicipalityRow>();
  for (const entry of data.nationalHours) {
    const row = rows.get(entry.municipalityCode) ?? {
      code: entry.municipalityCode,
      name: names.get(entry.municipalityCode) ?? entry.municipalityCode,
      hours: {},
      total: 0,
    };
    row.hours[entry.theme] = (row.hours[entry.theme] ?? 0) + entry.approvedHours;
    row.total += entry.approvedHours;
    rows.set(entry.municipalityCode, row);
  }
  return [...rows.values()];
}

function HoursByMunicipality({ data, year }: { data: NationalOverviewPageQuery; year: number }) {
  const intl = useIntl();
  const themeName = (theme: Theme) => intl.formatMessage({ id: `common.theme.${theme}` });
  const rows = municipalityRows(data);
  const perTheme = THEMES.map((theme) => rows.reduce((sum, row) => sum + (row.hours[theme] ?? 0), 0));
  const total = perTheme.reduce((sum, hours) => sum + hours, 0);
  const busiest = THEMES[perTheme.indexOf(Math.max(...perTheme))];
  const columns: TableColumn<MunicipalityRow>[] = [
    {
      key: 'name',
      header: <FormattedMessage id="national.municipality" />,
      sortKey: (row) => row.name,
      cell: (row) => `${row.name} (${row.code})`,
    },
    ...THEMES.map((theme) => ({
      key: theme,
      header: themeName(theme),
      numeric: true,
      sortKey: (row: MunicipalityRow) => row.hours[theme] ?? 0,
      cell: (row: MunicipalityRow) => formatNumber(row.hours[theme] ?? 0),
    })),
    {
      key: 'total',
      header: <FormattedMessage id="national.total" />,
      numeric: true,
      sortKey: (row) => row.total,
      cell: (row) => formatNumber(row.total),
    },
  ];
  return (
    <section aria-labelledby="national-hours">
      <h2 id="national-hours">
        <FormattedMessage id="national.hours" values={{ year }} />
      </h2>
      <HoursChart
        label={intl.formatMessage(
          { id: total > 0 ? 'national.chartSummary' : 'national.chartEmpty' },
          { year, total: formatNumber(total), theme: themeName(busiest) },
        )}
        spec={{
          horizontal: true,
          categories: THEMES.map(themeName),
          series: [{ kind: 'bar', name: intl.formatMessage({ id: 'national.approvedHours' }), values: perTheme }],
        }}
        tableLabel={intl.formatMessage({ id: 'national.chartTable' }, { year })}
        table={
          <table>
            <caption>
              <FormattedMessage id="national.chartTable" values={{ year }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="national.theme" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="national.approvedHours" />
                </th>
              </tr>
            </thead>
            <tbody>
              {THEMES.map((theme, index) => (
                <tr key={theme}>
                  <th scope="row">{themeName(theme)}</th>
                  <td className="number">{formatNumber(perTheme[index])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <SortableTable
        caption={<FormattedMessage id="national.municipalityTable" values={{ year }} />}
        rows={rows}
        rowKey={(row) => row.code}
        columns={columns}
        initialSort="name"
        searchText={(row) => `${row.name} ${row.code}`}
        searchLabel={<FormattedMessage id="national.findMunicipality" />}
        empty={<FormattedMessage id="national.noHours" />}
      />
    </section>
  );
}

function TeamsBehind({ rows, year }: { rows: NeighbourhoodRow[]; year: number }) {
  const teams = (row: NeighbourhoodRow) =>
    row.neighbourhood.teams
      .filter((team) => team.status !== 'CLOSED')
      .map((team) => team.name)
      .join(', ');
  const columns: TableColumn<NeighbourhoodRow>[] = [
    {
      key: 'neighbourhood',
      header: <FormattedMessage id="national.neighbourhood" />,
      sortKey: (row) => row.neighbourhood.name,
      cell: (row) => `${row.neighbourhood.name}, ${row.neighbourhood.city}`,
    },
    { key: 'teams', header: <FormattedMessage id="national.teams" />, sortKey: teams, cell: teams },
    {
      key: 'hours',
      header: <FormattedMessage id="national.hoursSoFar" />,
      numeric: true,
      sortKey: (row) => row.hours,
      cell: (row) => formatNumber(row.hours),
    },
    {
      // The promise is of extra hours: gross less the neighbourhood's baseline.
      key: 'netHours',
      header: <FormattedMessage id="national.netHours" />,
      numeric: true,
      sortKey: (row) => row.netHours,
      cell: (row) => formatNumber(row.netHours),
    },
  ];
  return (
    <section aria-labelledby="national-behind">
      <h2 id="national-behind">
        <FormattedMessage id="national.behind" values={{ year }} />
      </h2>
      <p>
        <FormattedMessage id="national.behindExplained" />
      </p>
      {rows.length === 0 ? (
        <p className="alert alert--success">
          <FormattedMessage id="national.noneBehind" />
        </p>
      ) : (
        <SortableTable
          caption={<FormattedMessage id="national.behind" values={{ year }} />}
          rows={rows}
          rowKey={(row) => row.neighbourhood.id}
          columns={columns}
          initialSort="hours"
          searchText={(row) => `${row.neighbourhood.name} ${row.neighbourhood.city} ${teams(row)}`}
          searchLabel={<FormattedMessage id="national.findNeighbourhood" />}
          empty={<FormattedMessage id="national.noMatch" />}
        />
      )}
    </section>
  );
}

function TrainingGaps({ rows }: { rows: NeighbourhoodRow[] }) {
  const gaps: CoverageGap[] = rows.flatMap((row) =>
    row.neighbourhood.teams
      .filter((team) => team.status === 'ACTIVE' || team.status === 'FORMING')
      .flatMap((team) =>
        (team.trainingCoverage ?? [])
          .filter((coverage) => coverage.covered < coverage.required)
          .map((coverage) => ({
            id: `${team.id}:${coverage.course.id}`,
            team: team.name,
            neighbourhood: row.neighbourhood.name,
            city: row.neighbourhood.city,
            course: coverage.course.title,
            required: coverage.required,
            covered: coverage.covered,
          })),
      ),
  );
  const columns: TableColumn<CoverageGap>[] = [
    {
      key: 'team',
      header: <FormattedMessage id="national.team" />,
      sortKey: (gap) => gap.team,
      cell: (gap) => `${gap.team} (${gap.city})`,
    },
    { key: 'course', header: <FormattedMessage id="national.course" />, sortKey: (gap) => gap.course, cell: (gap) => gap.course },
    {
      key: 'covered',
      header: <FormattedMessage id="national.covered" />,
      numeric: true,
      sortKey: (gap) => gap.covered,
      cell: (gap) => formatNumber(gap.covered),
    },
    {
      key: 'required',
      header: <FormattedMessage id="national.required" />,
      numeric: true,
      sortKey: (gap) => gap.required,
      cell: (gap) => formatNumber(gap.required),
    },
    {
      key: 'missing',
      header: <FormattedMessage id="national.missing" />,
      numeric: true,
      sortKey: (gap) => gap.required - gap.covered,
      cell: (gap) => formatNumber(gap.required - gap.covered),
    },
  ];
  return (
    <section aria-labelledby="national-training">
      <h2 id="national-training">
        <FormattedMessage id="national.training" />
      </h2>
      <p>
        <FormattedMessage id="national.trainingExplained" />
      </p>
      {gaps.length === 0 ? (
        <p className="alert alert--success">
          <FormattedMessage id="national.noGaps" />
        </p>
      ) : (
        <SortableTable
          caption={<FormattedMessage id="national.training" />}
          rows={gaps}
          rowKey={(gap) => gap.id}
          columns={columns}
          searchText={(gap) => `${gap.team} ${gap.neighbourhood} ${gap.city} ${gap.course}`}
          searchLabel={<FormattedMessage id="national.findTeam" />}
          empty={<FormattedMessage id="national.noMatch" />}
        />
      )}
    </section>
  );
}
