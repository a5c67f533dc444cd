import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { useMutation, useQuery } from '../../api/hooks';
import { todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { PeoplePageSearchQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import { PeopleTeamSelect } from './people-teams';
import './people.css';

const PeoplePageSearch = graphql(`
  query PeoplePageSearch($search: String, $team: ID, $first: Int!, $after: String) {
    volunteers(search: $search, team: $team, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          status
          memberships {
            id
            from
            until
            team {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Person = NonNullable<PeoplePageSearchQuery['volunteers']['edges']>[number]['node'];

export const PEOPLE_PATH = '/beheer/mensen';
const PAGE_SIZE = 20;

/** The names of the teams a person is in today. */
export function currentTeams(person: Pick<Person, 'memberships'>, today = todayInAmsterdam()): string[] {
  return (person.memberships ?? [])
    .filter((membership) => membership.from <= today && (!membership.until || membership.until >= today))
    .map((membership) => membership.team.name);
}

/** The national office finds a volunteer by name, optionally within one team, and opens their page. */
export default function People() {
  const intl = useIntl();
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const name = search.get('naam') ?? '';
  const team = search.get('team') ?? '';
  const [text, setText] = useState(name);
  const [teamChoice, setTeamChoice] = useState(team);
  const [tooShort, setTooShort] = useState(false);
  const asked = name.length >= 2 || Boolean(team);
  const variables = { search: name || null, team: team || null, first: PAGE_SIZE, after: null };
  const query = useQuery(PeoplePageSearch, variables, { skip: !asked });
  const [fetchMore, more, resetMore] = useMutation(PeoplePageSearch);
  const [extra, setExtra] = useState<{ people: Person[]; hasNextPage: boolean; endCursor: string | null } | null>(null);
  const firstNew = useRef<HTMLAnchorElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  // A new search starts again at its first page.
  useEffect(() => {
    setText(name);
    setTeamChoice(team);
    setExtra(null);
    resetMore();
  }, [name, team, resetMore]);

  useEffect(() => {
    if (focusIndex !== null) firstNew.current?.focus();
  }, [focusIndex]);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    const words = text.trim().replace(/\s+/g, ' ');
    if (words.length === 1 || (!words && !teamChoice)) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    const params = new URLSearchParams();
    if (words) params.set('naam', words);
    if (teamChoice) params.set('team', teamChoice);
    navigate(`${PEOPLE_PATH}?${params.toString()}`);
  }

  const connection = query.data?.volunteers;
  const people = [...(connection?.edges ?? []).map((edge) => edge.node), ...(extra?.people ?? [])];
  const hasNextPage = extra ? extra.hasNextPage : Boolean(connection?.pageInfo.hasNextPage);
  const endCursor = extra ? extra.endCursor : (connection?.pageInfo.endCursor ?? null);

  async function onMore() {
    const outcome = await fetchMore({ ...variables, after: endCursor });
    const page = outcome.data?.volunteers;
    if (!page) return;
    setFocusIndex(people.length);
    setExtra({
      people: [...(extra?.people ?? []), ...(page.edges ?? []).map((edge) => edge.node)],
      hasNextPage: page.pageInfo.hasNextPage,
      endCursor: page.pageInfo.endCursor ?? null,
    });
  }

  const searchProblems = [
    ...(tooShort ? [{ field: 'search', serverMessage: '', messageId: 'people.search.tooShort' }] : []),
    ...fieldProblemsOf(query.problems, 'search').map((problem) => ({ ...problem, messageId: 'people.search.tooShort' })),
  ];
  const teamsMissing = query.problems.some((problem) => problem.path?.includes('memberships'));
  const pageProblems = query.problems.filter((problem) => problem.fields.length === 0 && !problem.path?.includes('memberships'));

  return (
    <Page titleId="people.title">
      <p>
        <FormattedMessage id="people.intro" />
      </p>
      <p>
        <Link href={`${PEOPLE_PATH}/importeren`}>
          <FormattedMessage id="people.importLink" />
        </Link>
      </p>

      <section className="card" aria-labelledby="people-search">
        <h2 id="people-search">
          <FormattedMessage id="people.search.title" />
        </h2>
        <form onSubmit={onSearch} noValidate role="search" aria-labelledby="people-search">
          <div className="table-filters">
            <FormField
              label={<FormattedMessage id="people.search.name" />}
              hint={<FormattedMessage id="people.search.nameHint" />}
              problems={searchProblems}
            >
              {(props) => (
                <input
                  {...props}
                  type="search"
                  autoComplete="off"
                  maxLength={100}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                />
              )}
            </FormField>
            <PeopleTeamSelect
              label={<FormattedMessage id="people.search.team" />}
              emptyLabelId="people.search.allTeams"
              value={teamChoice}
              onChange={setTeamChoice}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button">
              <FormattedMessage id="people.search.submit" />
            </button>
          </div>
        </form>
      </section>

      {asked && query.loading && !connection && <Loading />}
      <ProblemMessage problems={pageProblems} onRetry={query.reload} />
      {asked && connection && (
        <section aria-labelledby="people-results">
          <h2 id="people-results">
            <FormattedMessage id="people.results.title" />
          </h2>
          <p role="status">
            {connection.totalCount === 0 ? (
              <FormattedMessage id="people.results.none" />
            ) : (
              <FormattedMessage id="people.results.count" values={{ shown: people.length, total: connection.totalCount }} />
            )}
          </p>
          {teamsMissing && <MissingPart onRetry={query.reload} />}
          {people.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="people-results-caption">
              <table className="people__table">
                <caption id="people-results-caption">
                  <FormattedMessage id="people.results.caption" />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="people.column.name" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="people.column.teams" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="people.column.status" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((person, index) => {
                    const teams = currentTeams(person);
                    return (
                      <tr key={person.id}>
                        <th scope="row">
                          <Link href={`${PEOPLE_PATH}/${person.id}`} ref={index === focusIndex ? firstNew : undefined}>
                            {person.displayName}
                          </Link>
                        </th>
                        <td>
                          {person.memberships === null ? (
                            '—'
                          ) : teams.length ? (
                            teams.join(', ')
                          ) : (
                            <span className="muted">{intl.formatMessage({ id: 'people.noTeam' })}</span>
                          )}
                        </td>
                        <td>
                          <FormattedMessage id={`people.status.${person.status}`} defaultMessage={person.status} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <ProblemMessage problems={more.problems} />
          {hasNextPage && (
            <div className="button-row">
              <button type="button" className="button button--secondary" disabled={more.running} onClick={onMore}>
                <FormattedMessage id={more.running ? 'people.results.loadingMore' : 'people.results.more'} />
              </button>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}
