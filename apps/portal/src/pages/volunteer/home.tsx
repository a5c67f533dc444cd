import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useQuery } from '../../api/hooks';
import { problemsAt } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import {
  addDays,
  formatDateTime,
  formatHours,
  formatNumber,
  mondayOf,
  monthOf,
  startOfAmsterdamDay,
  todayInAmsterdam,
} from '../../format/format';
import { graphql } from '../../gql';
import { MissingPart, ProblemMessage } from '../../ui/problem-message';
import { Loading, Page } from '../../ui/page';

const VolunteerHomeQuery = graphql(`
  query VolunteerHome($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {
    volunteer(id: $volunteerId) {
      id
      displayName
      hourEntries(first: 100) {
        edges {
          node {
            id
            entryDate
            minutes
            status
          }
        }
      }
      currentTeam {
        id
        name
        firstYearProgress {
          approvedHours
          lowTarget
          highTarget
          until
          status
        }
        activities(from: $from, to: $to, first: 50) {
          edges {
            node {
              id
              title
              theme
              startsAt
              location
              status
              signedUp {
                id
              }
            }
          }
        }
      }
    }
  }
`);

/** A volunteer's start page: this week's activities, what they signed up for, their hours this month, the team's promise. */
export default function VolunteerHome() {
  const session = useSession();
  const { language } = usePortal();
  const intl = useIntl();
  const today = todayInAmsterdam();
  const monday = mondayOf(today);
  const query = useQuery(
    VolunteerHomeQuery,
    { volunteerId: session.volunteerId ?? '', from: startOfAmsterdamDay(monday), to: startOfAmsterdamDay(addDays(monday, 7)) },
    { skip: !session.volunteerId },
  );
  if (query.loading && !query.data) return <Loading />;
  const volunteer = query.data?.volunteer;
  const team = volunteer?.currentTeam;
  const month = monthOf(today);
  const entriesThisMonth = (volunteer?.hourEntries?.edges ?? [])
    .map((edge) => edge.node)
    .filter((entry) => monthOf(entry.entryDate) === month);
  const minutes = (status: string) =>
    entriesThisMonth.filter((entry) => entry.status === status).reduce((sum, entry) => sum + entry.minutes, 0);
  const activities = (team?.activities?.edges ?? []).map((edge) => edge.node).filter((activity) => activity.status !== 'CANCELLED');
  const progress = team?.firstYearProgress;

  return (
    <Page titleId="home.title" titleValues={{ name: volunteer?.displayName ?? '' }}>
      {!volunteer && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      <p>
        <Link href="/uren" className="button">
          <FormattedMessage id="home.registerHours" />
        </Link>
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="home-my-hours">
          <h2 id="home-my-hours">
            <FormattedMessage id="home.myHoursThisMonth" />
          </h2>
          {volunteer?.hourEntries ? (
            <>
              <p className="figure" data-testid="hours-approved-this-month">
                <FormattedMessage id="common.hours" values={{ hours: formatHours(minutes('APPROVED')) }} />
              </p>
              <p>
                <FormattedMessage id="home.approvedAndWaiting" values={{ waiting: formatHours(minutes('SUBMITTED')) }} />
              </p>
            </>
          ) : (
            volunteer && <MissingPart onRetry={query.reload} />
          )}
        </section>
        <section className="card" aria-labelledby="home-team-promise">
          <h2 id="home-team-promise">
            <FormattedMessage id="home.teamPromise" values={{ team: team?.name ?? '' }} />
          </h2>
          {progress ? (
            <>
              <p className="figure" data-testid="team-progress">
                <FormattedMessage id="common.hours" values={{ hours: formatNumber(progress.approvedHours, 1) }} />
              </p>
              <div
                className="progress"
                role="img"
                aria-label={intl.formatMessage(
                  { id: 'home.promiseBar' },
                  { hours: formatNumber(progress.approvedHours, 1), target: formatNumber(progress.lowTarget) },
                )}
              >
                <div
                  className="progress__bar"
                  style={{ width: `${Math.min(100, (progress.approvedHours / progress.lowTarget) * 100)}%` }}
                />
              </div>
              <p>
                <FormattedMessage
                  id="home.promiseText"
                  values={{ low: formatNumber(progress.lowTarget), high: formatNumber(progress.highTarget) }}
                />
              </p>
            </>
          ) : (
            volunteer && problemsAt(query.problems, 'volunteer', 'currentTeam').length > 0 && <MissingPart onRetry={query.reload} />
          )}
        </section>
      </div>
      <section aria-labelledby="home-this-week">
        <h2 id="home-this-week">
          <FormattedMessage id="home.thisWeek" />
        </h2>
        {team?.activities ? (
          activities.length ? (
            <ul className="list">
              {activities.map((activity) => {
                const mine = activity.signedUp?.some((person) => person.id === session.volunteerId);
                return (
                  <li key={activity.id}>
                    <strong>{activity.title}</strong>
                    {mine && (
                      <>
                        {' '}
                        <span className="status status--APPROVED">
                          <FormattedMessage id="home.signedUp" />
                        </span>
                      </>
                    )}
                    <br />
                    {formatDateTime(activity.startsAt, language)}
                    {activity.location ? ` · ${activity.location}` : ''} · <FormattedMessage id={`common.theme.${activity.theme}`} />
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>
              <FormattedMessage id="home.noActivities" />{' '}
              <Link href="/activiteiten">
                <FormattedMessage id="home.allActivities" />
              </Link>
            </p>
          )
        ) : (
          volunteer && <MissingPart onRetry={query.reload} />
        )}
      </section>
    </Page>
  );
}
