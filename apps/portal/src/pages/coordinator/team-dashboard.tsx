import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { type QueryState, useQuery } from '../../api/hooks';
import { problemsAt } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { formatDateTime, formatLocalDate, formatNumber, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { TeamDashboardFirstYearQuery, TeamDashboardPageQuery } from '../../gql/graphql';
import { Loading, Page } from '../../ui/page';
import { MissingPart, ProblemMessage } from '../../ui/problem-message';
import { HoursChart } from './hours-chart';
import { TeamPathCard } from './team-path-card';
import { firstYearMonths, formatMonth } from './team-dashboard-figures';
import './team-dashboard.css';
import { THEMES } from '../../format/themes';

const TeamDashboardPageQuery = graphql(`
  query TeamDashboardPage($teamId: ID!, $year: Int!, $from: DateTime!) {
    team(id: $teamId) {
      id
      name
      memberships {
        id
        role
        volunteer {
          id
          displayName
          status
          email
        }
      }
      trainingCoverage {
        required
        covered
        course {
          id
          title
        }
        missing {
          id
        }
      }
      firstYearProgress {
        from
        until
        approvedHours
        lowTarget
        highTarget
        hoursPerWeekNeededForLow
        status
      }
      hours(year: $year) {
        year
        approvedHours
        submittedHours
        byTheme {
          theme
          approvedHours
          submittedHours
        }
      }
      activities(from: $from, first: 6) {
        edges {
          node {
            id
            title
            theme
            startsAt
            location
            status
          }
        }
      }
    }
  }
`);

// The first year can span two calendar years; its months come from both.
const TeamDashboardFirstYearQuery = graphql(`
  query TeamDashboardFirstYear($teamId: ID!, $startYear: Int!, $endYear: Int!) {
    team(id: $teamId) {
      id
      startYear: hours(year: $startYear) {
        byMonth {
          month
          approvedHours
        }
      }
      endYear: hours(year: $endYear) {
        byMonth {
          month
          approvedHours
        }
      }
    }
  }
`);

/** A coordinator's view of their team: who is in it, what training they still need, the hours against the promise, what comes next. */
export default function TeamDashboard() {
  const session = useSession();
  const teamId = session.teamIds[0] ?? '';
  const today = todayInAmsterdam();
  const year = Number(today.slice(0, 4));
  // Fixed when the page opens, so the variables (and the request) stay the same while it is open.
  const [from] = useState(() => new Date().toISOString());
  const query = useQuery(TeamDashboardPageQuery, { teamId, year, from }, { skip: !teamId });
  const progress = query.data?.team?.firstYearProgress;
  const firstYear = useQuery(
    TeamDashboardFirstYearQuery,
    { teamId, startYear: Number(progress?.from.slice(0, 4) ?? year), endYear: Number(progress?.until.slice(0, 4) ?? year) },
    { skip: !progress },
  );

  if (query.loading && !query.data) return <Loading />;
  const team = query.data?.team;

  return (
    <Page titleId="teamDashboard.title" titleValues={{ team: team?.name ?? '' }}>
      {!team && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {team && (
        <>
          <p className="button-row">
            <Link href="/team/uren" className="button">
              <FormattedMessage id="teamDashboard.toApproveHours" />
            </Link>
          </p>
          <FirstYear
            progress={progress}
            months={firstYear}
            missing={problemsAt(query.problems, 'team', 'firstYearProgress').length > 0}
            onRetry={query.reload}
            today={today}
          />
          <TeamPathCard teamId={teamId} year={year} />
          <ThemeHours hours={team.hours} year={year} onRetry={query.reload} />
          <Members team={team} onRetry={query.reload} />
          <Activities team={team} onRetry={query.reload} />
        </>
      )}
    </Page>
  );
}

type Team = NonNullable<TeamDashboardPageQuery['team']>;

function FirstYear({
  progress,
  months,
  missing,
  onRetry,
  today,
}: {
  progress: Team['firstYearProgress'];
  months: QueryState<TeamDashboardFirstYearQuery>;
  missing: boolean;
  onRetry(): void;
  today: string;
}) {
  const { language } = usePortal();
  const intl = useIntl();
  if (!progress) {
    return (
      <section aria-labelledby="team-first-year">
        <h2 id="team-first-year">
          <FormattedMessage id="teamDashboard.firstYear" />
        </h2>
        {missing && <MissingPart onRetry={onRetry} />}
      </section>
    );
  }
  const byMonth = new Map(
    [...(months.data?.team?.startYear?.byMonth ?? []), ...(months.data?.team?.endYear?.byMonth ?? [])].map((row) => [
      row.month,
      row.approvedHours,
    ]),
  );
  const rows = firstYearMonths(progress, byMonth, today);
  const low = formatNumber(progress.lowTarget);
  const high = formatNumber(progress.highTarget);
  const period = { from: formatLocalDate(progress.from, language), until: formatLocalDate(progress.until, language) };
  const hours = formatNumber(progress.approvedHours, 1);

  return (
    <section aria-labelledby="team-first-year">
      <h2 id="team-first-year">
        <FormattedMessage id="teamDashboard.firstYear" />
      </h2>
      <div className="card">
        <p className="figure" data-testid="team-first-year-hours">
          <FormattedMessage id="common.hours" values={{ hours }} />
        </p>
        <p>
          <FormattedMessage
            id={`teamDashboard.promise.${progress.status}`}
            values={{ ...period, low, high, perWeek: formatNumber(progress.hoursPerWeekNeededForLow ?? 0, 1) }}
          />
        </p>
      </div>
      <h3 id="team-first-year-chart">
        <FormattedMessage id="teamDashboard.firstYearChart" values={{ ...period, low, high }} />
      </h3>
      {months.data?.team ? (
        <HoursChart
          label={intl.formatMessage(
            { id: 'teamDashboard.firstYearChartSummary' },
            { ...period, hours, low, high, status: intl.formatMessage({ id: `teamDashboard.status.${progress.status}` }) },
          )}
          spec={{
            categories: rows.map((row) => formatMonth(row.month, language)),
            series: [
              { kind: 'line', name: intl.formatMessage({ id: 'teamDashboard.approvedSoFar' }), values: rows.map((row) => row.cumulative) },
              {
                kind: 'line',
                name: intl.formatMessage({ id: 'teamDashboard.paceFor' }, { target: low }),
                values: rows.map((row) => row.paceLow),
              },
              {
                kind: 'line',
                name: intl.formatMessage({ id: 'teamDashboard.paceFor' }, { target: high }),
                values: rows.map((row) => row.paceHigh),
              },
            ],
          }}
          tableLabel={intl.formatMessage({ id: 'teamDashboard.firstYearTable' }, period)}
          table={
            <table>
              <caption>
                <FormattedMessage id="teamDashboard.firstYearTable" values={{ ...period }} />
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="teamDashboard.month" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="teamDashboard.approvedInMonth" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="teamDashboard.approvedSoFar" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="teamDashboard.paceFor" values={{ target: low }} />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="teamDashboard.paceFor" values={{ target: high }} />
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.month}>
                    <th scope="row">{formatMonth(row.month, language, 'long')}</th>
                    <td className="number">{row.approved === null ? '—' : formatNumber(row.approved, 1)}</td>
                    <td className="number">{row.cumulative === null ? '—' : formatNumber(row.cumulative, 1)}</td>
                    <td className="number">{formatNumber(row.paceLow)}</td>
                    <td className="number">{formatNumber(row.paceHigh)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : months.loading ? (
        <Loading />
      ) : (
        <MissingPart onRetry={months.reload} />
      )}
    </section>
  );
}

function ThemeHours({ hours, year, onRetry }: { hours: Team['hours']; year: number; onRetry(): void }) {
  const intl = useIntl();
  const themeName = (theme: string) => intl.formatMessage({ id: `common.theme.${theme}` });
  return (
    <section aria-labelledby="team-themes">
      <h2 id="team-themes">
        <FormattedMessage id="teamDashboard.themes" values={{ year }} />
      </h2>
      {hours ? (
        (() => {
          const rows = THEMES.map(
            (theme) => hours.byTheme.find((row) => row.theme === theme) ?? { theme, approvedHours: 0, submittedHours: 0 },
          );
          const top = [...rows].sort((a, b) => b.approvedHours - a.approvedHours)[0];
          const total = formatNumber(hours.approvedHours, 1);
          return (
            <>
              <p id="team-themes-chart">
                <FormattedMessage id="teamDashboard.themesChart" values={{ year, total }} />
              </p>
              <HoursChart
                className="team-dashboard__themes-chart"
                label={intl.formatMessage(
                  { id: hours.approvedHours > 0 ? 'teamDashboard.themesChartSummary' : 'teamDashboard.themesChartEmpty' },
                  { year, total, theme: themeName(top.theme), hours: formatNumber(top.approvedHours, 1) },
                )}
                spec={{
                  horizontal: true,
                  categories: rows.map((row) => themeName(row.theme)),
                  series: [
                    {
                      kind: 'bar',
                      name: intl.formatMessage({ id: 'teamDashboard.approved' }),
                      values: rows.map((row) => row.approvedHours),
                    },
                  ],
                }}
                tableLabel={intl.formatMessage({ id: 'teamDashboard.themesTable' }, { year })}
                table={
                  <table>
                    <caption>
                      <FormattedMessage id="teamDashboard.themesTable" values={{ year }} />
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          <FormattedMessage id="teamDashboard.theme" />
                        </th>
                        <th scope="col" className="number">
                          <FormattedMessage id="teamDashboard.approved" />
                        </th>
                        <th scope="col" className="number">
                          <FormattedMessage id="teamDashboard.waiting" />
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((row) => (
                        <tr key={row.theme}>
                          <th scope="row">{themeName(row.theme)}</th>
                          <td className="number">{formatNumber(row.approvedHours, 1)}</td>
                          <td className="number">{formatNumber(row.submittedHours, 1)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">
                          <FormattedMessage id="teamDashboard.total" />
                        </th>
                        <td className="number" data-testid="team-year-approved">
                          {total}
                        </td>
                        <td className="number">{formatNumber(hours.submittedHours, 1)}</td>
                      </tr>
                    </tfoot>
                  </table>
                }
              />
            </>
          );
        })()
      ) : (
        <MissingPart onRetry={onRetry} />
      )}
    </section>
  );
}

function Members({ team, onRetry }: { team: Team; onRetry(): void }) {
  const intl = useIntl();
  const session = useSession();
  const memberships = [...(team.memberships ?? [])].sort((a, b) => a.volunteer.displayName.localeCompare(b.volunteer.displayName, 'nl'));
  const coverage = team.trainingCoverage;
  const needs = new Map<string, string[]>();
  for (const row of coverage ?? [])
    for (const person of row.missing ?? []) needs.set(person.id, [...(needs.get(person.id) ?? []), row.course.title]);

  return (
    <section aria-labelledby="team-members">
      <h2 id="team-members">
        <FormattedMessage id="teamDashboard.members" values={{ count: memberships.length }} />
      </h2>
      {coverage ? (
        coverage.length > 0 && (
          <ul className="team-dashboard__coverage">
            {coverage.map((row) => (
              <li key={row.course.id}>
                <FormattedMessage
                  id="teamDashboard.coverage"
                  values={{ course: row.course.title, covered: row.covered, required: row.required }}
                />
              </li>
            ))}
          </ul>
        )
      ) : (
        <MissingPart onRetry={onRetry} />
      )}
      {team.memberships ? (
        <ul className="list team-dashboard__members">
          {memberships.map(({ id, role, volunteer }) => {
            const missing = needs.get(volunteer.id) ?? [];
            return (
              <li key={id}>
                <h3 className="team-dashboard__name">
                  {volunteer.displayName}
                  {volunteer.id === session.volunteerId && (
                    <>
                      {' '}
                      <FormattedMessage id="teamDashboard.you" />
                    </>
                  )}
                </h3>
                <dl className="team-dashboard__facts">
                  <div>
                    <dt>
                      <FormattedMessage id="teamDashboard.role" />
                    </dt>
                    <dd>
                      <FormattedMessage id={`teamDashboard.role.${role}`} />
                    </dd>
                  </div>
                  <div>
                    <dt>
                      <FormattedMessage id="teamDashboard.memberStatus" />
                    </dt>
                    <dd>
                      <FormattedMessage id={`teamDashboard.volunteerStatus.${volunteer.status}`} />
                    </dd>
                  </div>
                  <div>
                    <dt>
                      <FormattedMessage id="teamDashboard.email" />
                    </dt>
                    <dd>
                      {volunteer.email ? (
                        <a href={`mailto:${volunteer.email}`}>{volunteer.email}</a>
                      ) : (
                        <span className="muted">{intl.formatMessage({ id: 'teamDashboard.notShared' })}</span>
                      )}
                    </dd>
                  </div>
                  {coverage && (
                    <div>
                      <dt>
                        <FormattedMessage id="teamDashboard.trainingNeeded" />
                      </dt>
                      <dd>{missing.length ? missing.join(', ') : <FormattedMessage id="teamDashboard.trainingComplete" />}</dd>
                    </div>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      ) : (
        <MissingPart onRetry={onRetry} />
      )}
    </section>
  );
}

function Activities({ team, onRetry }: { team: Team; onRetry(): void }) {
  const { language } = usePortal();
  const activities = (team.activities?.edges ?? []).map((edge) => edge.node).filter((activity) => activity.status !== 'CANCELLED');
  return (
    <section aria-labelledby="team-activities">
      <h2 id="team-activities">
        <FormattedMessage id="teamDashboard.comingUp" />
      </h2>
      {team.activities ? (
        activities.length ? (
          <ul className="list">
            {activities.map((activity) => (
              <li key={activity.id}>
                <strong>{activity.title}</strong>
                <br />
                {formatDateTime(activity.startsAt, language)}
                {activity.location ? ` · ${activity.location}` : ''} · <FormattedMessage id={`common.theme.${activity.theme}`} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <FormattedMessage id="teamDashboard.noActivities" />{' '}
            <Link href="/team/plannen">
              <FormattedMessage id="teamDashboard.planActivity" />
            </Link>
          </p>
        )
      ) : (
        <MissingPart onRetry={onRetry} />
      )}
    </section>
  );
}
