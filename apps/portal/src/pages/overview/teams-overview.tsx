import { FormattedMessage } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatNumber } from '../../format/format';
import { graphql } from '../../gql';
import type { TeamsOverviewPageQuery } from '../../gql/graphql';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { SortableTable, type TableColumn } from '../../ui/sortable-table';

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
const STATUS_ORDER = ['FORMING', 'ACTIVE', 'PAUSED', 'CLOSED'];

/** The teams a staff member or partner may see, as a table to sort and filter. */
export default function TeamsOverview() {
  const { language } = usePortal();
  const query = useQuery(TeamsOverviewPage, {});
  const columns: TableColumn<Team>[] = [
    { key: 'name', header: <FormattedMessage id="overview.column.name" />, sortKey: (team) => team.name, cell: (team) => team.name },
    {
      key: 'city',
      header: <FormattedMessage id="overview.column.city" />,
      sortKey: (team) => team.neighbourhood.city,
      cell: (team) => team.neighbourhood.city,
    },
    {
      key: 'status',
      header: <FormattedMessage id="overview.column.status" />,
      sortKey: (team) => STATUS_ORDER.indexOf(team.status),
      cell: (team) => <FormattedMessage id={`overview.status.${team.status}`} />,
    },
    {
      key: 'startsOn',
      header: <FormattedMessage id="overview.column.startsOn" />,
      sortKey: (team) => team.startsOn,
      cell: (team) => formatLocalDate(team.startsOn, language),
    },
    {
      key: 'members',
      header: <FormattedMessage id="overview.column.members" />,
      numeric: true,
      sortKey: (team) => team.memberCount,
      cell: (team) => <MemberCount count={team.memberCount} size={team.sizeIndicator} />,
    },
  ];

  if (query.loading && !query.data) return <Loading />;
  const teams = (query.data?.teams.edges ?? []).map((edge) => edge.node);
  return (
    <Page titleId="overview.title">
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.data && (
        <>
          <p>
            <FormattedMessage id="overview.intro" />
          </p>
          {query.data.teams.pageInfo.hasNextPage && (
            <p className="alert alert--info">
              <FormattedMessage id="overview.more" values={{ count: teams.length }} />
            </p>
          )}
          <SortableTable
            caption={<FormattedMessage id="overview.caption" />}
            rows={teams}
            rowKey={(team) => team.id}
            columns={columns}
            searchText={(team) => `${team.name} ${team.neighbourhood.city}`}
            searchLabel={<FormattedMessage id="overview.filter" />}
            searchHint={<FormattedMessage id="overview.filterHint" />}
            empty={<FormattedMessage id="overview.noMatch" />}
          />
        </>
      )}
    </Page>
  );
}

/** A team's size: the count, or "fewer than 10" where the count is hidden, and how it compares with 15 to 25. */
export function MemberCount({ count, size }: { count: number | null | undefined; size: string }) {
  return (
    <>
      {count === null || count === undefined ? <FormattedMessage id="overview.hidden" /> : formatNumber(count)}
      <br />
      <span className="muted">
        <FormattedMessage id={`overview.size.${size}`} />
      </span>
    </>
  );
}
