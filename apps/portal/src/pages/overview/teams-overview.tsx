import { type CSSProperties, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatNumber } from '../../format/format';
import { graphql } from '../../gql';
import type { TeamsOverviewPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';

const TeamsOverviewPage = graphql(`
  query TeamsOverviewPage {
    teams(first: 100) {
      edges {
        node {
          id
          name
          status
          startsOn
          memberCount
          sizeIndicator
          neighbourhood {
            id
            city
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

type Team = NonNullable<TeamsOverviewPageQuery['teams']['edges']>[number]['node'];
type Column = 'name' | 'city' | 'status' | 'startsOn' | 'members';
const COLUMNS: Column[] = ['name', 'city', 'status', 'startsOn', 'members'];
// A header that sorts: the look of the header text, the size of a touch target (the page has no style sheet of its own).
const SORT_BUTTON: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  minHeight: 44,
  padding: 0,
  border: 0,
  background: 'transparent',
  color: 'var(--color-primary)',
  font: 'inherit',
  fontWeight: 700,
  textDecoration: 'underline',
  cursor: 'pointer',
};
const STATUS_ORDER = ['FORMING', 'ACTIVE', 'PAUSED', 'CLOSED'];

function compare(column: Column, a: Team, b: Team): number {
  switch (column) {
    case 'name':
      return a.name.localeCompare(b.name, 'nl');
    case 'city':
      return a.neighbourhood.city.localeCompare(b.neighbourhood.city, 'nl') || a.name.localeCompare(b.name, 'nl');
    case 'status':
      return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.localeCompare(b.name, 'nl');
    case 'startsOn':
      return a.startsOn.localeCompare(b.startsOn) || a.name.localeCompare(b.name, 'nl');
    case 'members':
      // A hidden count (fewer than 10) sorts as the smallest.
      return (a.memberCount ?? -1) - (b.memberCount ?? -1) || a.name.localeCompare(b.name, 'nl');
  }
}

/** The teams a staff member or partner may see, as a table to sort and filter. */
export default function TeamsOverview() {
  const { language } = usePortal();
  const query = useQuery(TeamsOverviewPage, {});
  const [sort, setSort] = useState<{ column: Column; direction: 'ascending' | 'descending' }>({ column: 'name', direction: 'ascending' });
  const [filter, setFilter] = useState('');

  if (query.loading && !query.data) return <Loading />;
  const teams = (query.data?.teams.edges ?? []).map((edge) => edge.node);
  const needle = filter.trim().toLocaleLowerCase('nl');
  const shown = teams
    .filter((team) => !needle || team.name.toLocaleLowerCase('nl').includes(needle) || team.neighbourhood.city.toLocaleLowerCase('nl').includes(needle))
    .sort((a, b) => (sort.direction === 'ascending' ? 1 : -1) * compare(sort.column, a, b));

  const sortBy = (column: Column) =>
    setSort((previous) => ({ column, direction: previous.column === column && previous.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <Page titleId="overview.title">
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.data && (
        <>
          <p>
            <FormattedMessage id="overview.intro" />
          </p>
          <FormField label={<FormattedMessage id="overview.filter" />} hint={<FormattedMessage id="overview.filterHint" />}>
            {(props) => <input {...props} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />}
          </FormField>
          <p role="status">
            <FormattedMessage id="overview.count" values={{ shown: shown.length, total: teams.length }} />
          </p>
          {query.data.teams.pageInfo.hasNextPage && (
            <p className="alert alert--info">
              <FormattedMessage id="overview.more" values={{ count: teams.length }} />
            </p>
          )}
          <div className="table-wrap">
            <table>
              <caption>
                <FormattedMessage id="overview.caption" />
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col" className={column === 'members' ? 'number' : undefined} aria-sort={sort.column === column ? sort.direction : undefined}>
                      <button type="button" style={SORT_BUTTON} onClick={() => sortBy(column)}>
                        <FormattedMessage id={`overview.column.${column}`} />
                        <span aria-hidden="true" style={{ marginLeft: '0.35rem' }}>
                          {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((team) => (
                  <tr key={team.id}>
                    <th scope="row">{team.name}</th>
                    <td>{team.neighbourhood.city}</td>
                    <td>
                      <FormattedMessage id={`overview.status.${team.status}`} />
                    </td>
                    <td>{formatLocalDate(team.startsOn, language)}</td>
                    <td className="number">
                      {team.memberCount === null || team.memberCount === undefined ? (
                        <FormattedMessage id="overview.hidden" />
                      ) : (
                        formatNumber(team.memberCount)
                      )}
                      <br />
                      <span className="muted">
                        <FormattedMessage id={`overview.size.${team.sizeIndicator}`} />
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!shown.length && (
            <p>
              <FormattedMessage id="overview.noMatch" />
            </p>
          )}
        </>
      )}
    </Page>
  );
}
