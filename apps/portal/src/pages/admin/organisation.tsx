import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearch } from 'wouter';
import { useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatNumber } from '../../format/format';
import { graphql } from '../../gql';
import type { OrganisationPageQuery, OrganisationMembershipsQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { SortableTable, type TableColumn } from '../../ui/sortable-table';
import { MemberCount } from '../overview/teams-overview';

// One request for the whole organisation: every neighbourhood with its teams and partners, and every partner.
const OrganisationPage = graphql(`
  query OrganisationPage {
    neighbourhoods {
      id
      name
      city
      municipalityName
      municipalityCode
      cbsCode
      classificationYear
      teams {
        id
        name
        status
        startsOn
        commitmentEndsOn
        memberCount
        sizeIndicator
      }
      partners {
        id
        name
      }
    }
    partners {
      id
      name
      kind
      neighbourhoods {
        id
        name
        city
      }
    }
  }
`);

const OrganisationMemberships = graphql(`
  query OrganisationMemberships($teamId: ID!, $includeEnded: Boolean!) {
    team(id: $teamId) {
      id
      memberships(includeEnded: $includeEnded) {
        id
        role
        from
        until
        volunteer {
          id
          displayName
        }
      }
    }
  }
`);

type Neighbourhood = OrganisationPageQuery['neighbourhoods'][number];
type Team = Neighbourhood['teams'][number] & { neighbourhood: Neighbourhood };
type Partner = OrganisationPageQuery['partners'][number];
type Membership = NonNullable<NonNullable<OrganisationMembershipsQuery['team']>['memberships']>[number];

const PARTS = ['teams', 'buurten', 'partners', 'leden'] as const;
type Part = (typeof PARTS)[number];
const PATH = '/beheer/organisatie';
const STATUS_ORDER = ['FORMING', 'ACTIVE', 'PAUSED', 'CLOSED'];

/** The foundation's organisation for its staff: teams, neighbourhoods, partners and memberships, each a table to search and sort. */
export default function Organisation() {
  const intl = useIntl();
  const search = new URLSearchParams(useSearch());
  const part: Part = (PARTS as readonly string[]).includes(search.get('deel') ?? '') ? (search.get('deel') as Part) : 'teams';
  const query = useQuery(OrganisationPage, {});

  const neighbourhoods = query.data?.neighbourhoods ?? [];
  const teams: Team[] = neighbourhoods.flatMap((neighbourhood) => neighbourhood.teams.map((team) => ({ ...team, neighbourhood })));
  return (
    <Page titleId="organisation.title">
      <nav aria-label={intl.formatMessage({ id: 'organisation.parts' })}>
        <ul className="tabs">
          {PARTS.map((candidate) => (
            <li key={candidate}>
              <Link href={`${PATH}?deel=${candidate}`} className="tabs__link" aria-current={candidate === part ? 'page' : undefined}>
                <FormattedMessage id={`organisation.part.${candidate}`} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.loading && !query.data && <Loading />}
      {query.data && (
        <section aria-labelledby="organisation-part">
          <h2 id="organisation-part">
            <FormattedMessage id={`organisation.part.${part}`} />
          </h2>
          {part === 'teams' && <TeamsTable teams={teams} />}
          {part === 'buurten' && <NeighbourhoodsTable neighbourhoods={neighbourhoods} />}
          {part === 'partners' && <PartnersTable partners={query.data.partners} />}
          {part === 'leden' && <Memberships teams={teams} />}
        </section>
      )}
    </Page>
  );
}

function cityFilter<Row>(rows: Row[], city: (row: Row) => string, allLabel: string) {
  const cities = [...new Set(rows.map(city))].sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    key: 'city',
    label: <FormattedMessage id="organisation.filter.city" />,
    allLabel,
    options: cities.map((value) => ({ value, label: value })),
    value: city,
  };
}

function TeamsTable({ teams }: { teams: Team[] }) {
  const intl = useIntl();
  const { language } = usePortal();
  const columns: TableColumn<Team>[] = [
    { key: 'name', header: <FormattedMessage id="organisation.column.team" />, sortKey: (team) => team.name, cell: (team) => team.name },
    {
      key: 'neighbourhood',
      header: <FormattedMessage id="organisation.column.neighbourhood" />,
      sortKey: (team) => `${team.neighbourhood.city} ${team.neighbourhood.name}`,
      cell: (team) => `${team.neighbourhood.name}, ${team.neighbourhood.city}`,
    },
    {
      key: 'status',
      header: <FormattedMessage id="organisation.column.status" />,
      sortKey: (team) => STATUS_ORDER.indexOf(team.status),
      cell: (team) => <FormattedMessage id={`overview.status.${team.status}`} />,
    },
    {
      key: 'startsOn',
      header: <FormattedMessage id="organisation.column.startsOn" />,
      sortKey: (team) => team.startsOn,
      cell: (team) => formatLocalDate(team.startsOn, language, 'short'),
    },
    {
      key: 'commitmentEndsOn',
      header: <FormattedMessage id="organisation.column.commitmentEndsOn" />,
      sortKey: (team) => team.commitmentEndsOn,
      cell: (team) => formatLocalDate(team.commitmentEndsOn, language, 'short'),
    },
    {
      key: 'members',
      header: <FormattedMessage id="organisation.column.members" />,
      numeric: true,
      sortKey: (team) => team.memberCount,
      cell: (team) => <MemberCount count={team.memberCount} size={team.sizeIndicator} />,
    },
  ];
  const statuses = STATUS_ORDER.map((value) => ({ value, label: intl.formatMessage({ id: `overview.status.${value}` }) }));
  const sizes = ['BELOW', 'WITHIN', 'ABOVE'].map((value) => ({ value, label: intl.formatMessage({ id: `overview.size.${value}` }) }));
  return (
    <SortableTable
      caption={<FormattedMessage id="organisation.part.teams" />}
      rows={teams}
      rowKey={(team) => team.id}
      columns={columns}
      searchText={(team) => `${team.name} ${team.neighbourhood.name} ${team.neighbourhood.city}`}
      searchLabel={<FormattedMessage id="organisation.search" />}
      searchHint={<FormattedMessage id="organisation.searchHint.teams" />}
      filters={[
        cityFilter(teams, (team) => team.neighbourhood.city, intl.formatMessage({ id: 'organisation.filter.allCities' })),
        {
          key: 'status',
          label: <FormattedMessage id="organisation.filter.status" />,
          allLabel: intl.formatMessage({ id: 'organisation.filter.all' }),
          options: statuses,
          value: (team) => team.status,
        },
        {
          key: 'size',
          label: <FormattedMessage id="organisation.filter.size" />,
          allLabel: intl.formatMessage({ id: 'organisation.filter.all' }),
          options: sizes,
          value: (team) => team.sizeIndicator,
        },
      ]}
      empty={<FormattedMessage id="organisation.noMatch" />}
    />
  );
}

function NeighbourhoodsTable({ neighbourhoods }: { neighbourhoods: Neighbourhood[] }) {
  const intl = useIntl();
  const columns: TableColumn<Neighbourhood>[] = [
    {
      key: 'name',
      header: <FormattedMessage id="organisation.column.neighbourhood" />,
      sortKey: (row) => row.name,
      cell: (row) => row.name,
    },
    { key: 'city', header: <FormattedMessage id="organisation.column.city" />, sortKey: (row) => row.city, cell: (row) => row.city },
    {
      key: 'municipality',
      header: <FormattedMessage id="organisation.column.municipality" />,
      sortKey: (row) => row.municipalityName,
      cell: (row) => `${row.municipalityName} (${row.municipalityCode})`,
    },
    {
      key: 'cbsCode',
      header: <FormattedMessage id="organisation.column.cbsCode" />,
      sortKey: (row) => row.cbsCode,
      cell: (row) =>
        row.cbsCode ? (
          <FormattedMessage id="organisation.cbsCode" values={{ code: row.cbsCode, year: row.classificationYear }} />
        ) : (
          <FormattedMessage id="organisation.noCbsCode" />
        ),
    },
    {
      key: 'teams',
      header: <FormattedMessage id="organisation.column.teams" />,
      numeric: true,
      sortKey: (row) => row.teams.length,
      cell: (row) => formatNumber(row.teams.length),
    },
    {
      key: 'partners',
      header: <FormattedMessage id="organisation.column.partners" />,
      sortKey: (row) => row.partners.length,
      cell: (row) => row.partners.map((partner) => partner.name).join(', ') || '—',
    },
  ];
  return (
    <SortableTable
      caption={<FormattedMessage id="organisation.part.buurten" />}
      rows={neighbourhoods}
      rowKey={(row) => row.id}
      columns={columns}
      searchText={(row) => `${row.name} ${row.city} ${row.municipalityName} ${row.cbsCode ?? ''}`}
      searchLabel={<FormattedMessage id="organisation.search" />}
      searchHint={<FormattedMessage id="organisation.searchHint.neighbourhoods" />}
      filters={[cityFilter(neighbourhoods, (row) => row.city, intl.formatMessage({ id: 'organisation.filter.allCities' }))]}
      empty={<FormattedMessage id="organisation.noMatch" />}
    />
  );
}

function PartnersTable({ partners }: { partners: Partner[] }) {
  const intl = useIntl();
  const kinds = [...new Set(partners.map((partner) => partner.kind))].map((value) => ({
    value,
    label: intl.formatMessage({ id: `organisation.kind.${value}` }),
  }));
  const columns: TableColumn<Partner>[] = [
    { key: 'name', header: <FormattedMessage id="organisation.column.partner" />, sortKey: (row) => row.name, cell: (row) => row.name },
    {
      key: 'kind',
      header: <FormattedMessage id="organisation.column.kind" />,
      sortKey: (row) => intl.formatMessage({ id: `organisation.kind.${row.kind}` }),
      cell: (row) => <FormattedMessage id={`organisation.kind.${row.kind}`} />,
    },
    {
      key: 'areas',
      header: <FormattedMessage id="organisation.column.areas" />,
      sortKey: (row) => row.neighbourhoods.length,
      cell: (row) => row.neighbourhoods.map((neighbourhood) => `${neighbourhood.name} (${neighbourhood.city})`).join(', ') || '—',
    },
  ];
  return (
    <SortableTable
      caption={<FormattedMessage id="organisation.part.partners" />}
      rows={partners}
      rowKey={(row) => row.id}
      columns={columns}
      searchText={(row) =>
        `${row.name} ${row.neighbourhoods.map((neighbourhood) => `${neighbourhood.name} ${neighbourhood.city}`).join(' ')}`
      }
      searchLabel={<FormattedMessage id="organisation.search" />}
      searchHint={<FormattedMessage id="organisation.searchHint.partners" />}
      filters={[
        {
          key: 'kind',
          label: <FormattedMessage id="organisation.filter.kind" />,
          allLabel: intl.formatMessage({ id: 'organisation.filter.all' }),
          options: kinds,
          value: (row) => row.kind,
        },
      ]}
      empty={<FormattedMessage id="organisation.noMatch" />}
    />
  );
}

function Memberships({ teams }: { teams: Team[] }) {
  const { language } = usePortal();
  const [teamId, setTeamId] = useState('');
  const [includeEnded, setIncludeEnded] = useState(false);
  const query = useQuery(OrganisationMemberships, { teamId, includeEnded }, { skip: !teamId });
  const sorted = [...teams].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const columns: TableColumn<Membership>[] = [
    {
      key: 'name',
      header: <FormattedMessage id="organisation.column.person" />,
      sortKey: (row) => row.volunteer.displayName,
      cell: (row) => row.volunteer.displayName,
    },
    {
      key: 'role',
      header: <FormattedMessage id="organisation.column.role" />,
      sortKey: (row) => row.role,
      cell: (row) => <FormattedMessage id={`organisation.role.${row.role}`} />,
    },
    {
      key: 'from',
      header: <FormattedMessage id="organisation.column.from" />,
      sortKey: (row) => row.from,
      cell: (row) => formatLocalDate(row.from, language, 'short'),
    },
    {
      key: 'until',
      header: <FormattedMessage id="organisation.column.until" />,
      sortKey: (row) => row.until,
      cell: (row) => (row.until ? formatLocalDate(row.until, language, 'short') : <FormattedMessage id="organisation.stillMember" />),
    },
  ];
  const memberships = query.data?.team?.memberships ?? [];
  return (
    <>
      <FormField label={<FormattedMessage id="organisation.chooseTeam" />}>
        {(props) => (
          <select {...props} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="" disabled>
              —
            </option>
            {sorted.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name} ({team.neighbourhood.city})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <label className="option">
        <input type="checkbox" checked={includeEnded} onChange={(event) => setIncludeEnded(event.target.checked)} />{' '}
        <FormattedMessage id="organisation.includeEnded" />
      </label>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {teamId && query.loading && !query.data && <Loading />}
      {teamId && query.data && (
        <SortableTable
          key={`${teamId}:${includeEnded}`}
          caption={<FormattedMessage id="organisation.membershipsOf" values={{ team: teams.find((team) => team.id === teamId)?.name }} />}
          rows={memberships}
          rowKey={(row) => row.id}
          columns={columns}
          searchText={(row) => row.volunteer.displayName}
          searchLabel={<FormattedMessage id="organisation.search" />}
          empty={<FormattedMessage id="organisation.noMembers" />}
        />
      )}
    </>
  );
}
