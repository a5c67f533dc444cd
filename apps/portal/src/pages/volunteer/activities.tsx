import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { Problem } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { formatDateTime, formatTime } from '../../format/format';
import { graphql } from '../../gql';
import { Loading, Page } from '../../ui/page';
import { MissingPart, ProblemMessage } from '../../ui/problem-message';
import './activities.css';

const ActivitiesPageQuery = graphql(`
  query ActivitiesPage($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {
    volunteer(id: $volunteerId) {
      id
      currentTeam {
        id
        name
        activities(from: $from, to: $to, first: 100) {
          edges {
            node {
              id
              title
              description
              theme
              startsAt
              endsAt
              location
              status
              capacity
              signUpCount
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

const SignUpMutation = graphql(`
  mutation ActivitiesSignUp($activityId: ID!) {
    signUp(activityId: $activityId) {
      id
      signUpCount
    }
  }
`);

const CancelSignUpMutation = graphql(`
  mutation ActivitiesCancelSignUp($activityId: ID!) {
    cancelSignUp(activityId: $activityId)
  }
`);

/** How far ahead the list looks. */
const WEEKS_AHEAD = 6;

interface Outcome {
  kind: 'success' | 'full' | 'problem';
  messageId?: string;
  title: string;
  problems?: Problem[];
}

/** The team's coming activities: when, where, on which theme, places left; signing up and cancelling. */
export default function Activities() {
  const session = useSession();
  const { language } = usePortal();
  const intl = useIntl();
  const [range] = useState(() => {
    const now = new Date();
    return { from: now.toISOString(), to: new Date(now.getTime() + WEEKS_AHEAD * 7 * 86_400_000).toISOString() };
  });
  const query = useQuery(ActivitiesPageQuery, { volunteerId: session.volunteerId ?? '', ...range }, { skip: !session.volunteerId });
  const [signUp, signUpState] = useMutation(SignUpMutation);
  const [cancelSignUp, cancelState] = useMutation(CancelSignUpMutation);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  if (query.loading && !query.data) return <Loading />;
  const volunteer = query.data?.volunteer;
  const team = volunteer?.currentTeam;
  const activities = (team?.activities?.edges ?? []).map((edge) => edge.node);
  const running = signUpState.running || cancelState.running;

  async function join(activity: (typeof activities)[number]) {
    setOutcome(undefined);
    const result = await signUp({ activityId: activity.id });
    if (result.data) {
      setOutcome({ kind: 'success', messageId: 'activities.signedUpFor', title: activity.title });
    } else if (result.problems.some((problem) => problem.kind === 'CONFLICT')) {
      // Someone took the last place first: say so, and show the list as it is now.
      setOutcome({ kind: 'full', title: activity.title });
    } else {
      setOutcome({ kind: 'problem', title: activity.title, problems: result.problems });
    }
    query.reload();
  }

  async function leave(activity: (typeof activities)[number]) {
    setOutcome(undefined);
    const result = await cancelSignUp({ activityId: activity.id });
    if (result.data) setOutcome({ kind: 'success', messageId: 'activities.cancelledFor', title: activity.title });
    else setOutcome({ kind: 'problem', title: activity.title, problems: result.problems });
    query.reload();
  }

  return (
    <Page titleId="activities.title">
      {!volunteer && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {team && (
        <p>
          <FormattedMessage id="activities.intro" values={{ team: team.name, weeks: WEEKS_AHEAD }} />
        </p>
      )}
      <div role="status">
        {outcome?.kind === 'success' && outcome.messageId && (
          <div className="alert alert--success">
            <p>
              <FormattedMessage id={outcome.messageId} values={{ title: outcome.title }} />
            </p>
          </div>
        )}
      </div>
      {outcome?.kind === 'full' && (
        <div className="alert alert--error" role="alert">
          <p>
            <FormattedMessage id="activities.becameFull" values={{ title: outcome.title }} />
          </p>
        </div>
      )}
      {outcome?.kind === 'problem' && <ProblemMessage problems={outcome.problems ?? []} />}
      {team?.activities ? (
        activities.length ? (
          <ul className="activities__list">
            {activities.map((activity) => {
              const mine = activity.signedUp?.some((person) => person.id === session.volunteerId) ?? false;
              const cancelled = activity.status === 'CANCELLED';
              const placesLeft = activity.capacity == null ? undefined : Math.max(0, activity.capacity - activity.signUpCount);
              const full = placesLeft === 0;
              const headingId = `activity-${activity.id}`;
              return (
                <li key={activity.id} className="card activities__item">
                  <article aria-labelledby={headingId}>
                    <h2 id={headingId} className="activities__title">
                      {activity.title}
                    </h2>
                    <p className="activities__badges">
                      {cancelled && (
                        <span className="status status--REJECTED">
                          <FormattedMessage id="activities.cancelled" />
                        </span>
                      )}
                      {!cancelled && mine && (
                        <span className="status status--APPROVED">
                          <FormattedMessage id="activities.youAreSignedUp" />
                        </span>
                      )}
                      {!cancelled && full && (
                        <span className="status status--SUBMITTED">
                          <FormattedMessage id="activities.full" />
                        </span>
                      )}
                    </p>
                    <dl className="activities__facts">
                      <dt>
                        <FormattedMessage id="activities.when" />
                      </dt>
                      <dd>
                        <FormattedMessage
                          id="activities.whenValue"
                          values={{ start: formatDateTime(activity.startsAt, language), end: formatTime(activity.endsAt, language) }}
                        />
                      </dd>
                      {activity.location && (
                        <>
                          <dt>
                            <FormattedMessage id="activities.where" />
                          </dt>
                          <dd>{activity.location}</dd>
                        </>
                      )}
                      <dt>
                        <FormattedMessage id="activities.theme" />
                      </dt>
                      <dd>
                        <FormattedMessage id={`common.theme.${activity.theme}`} />
                      </dd>
                      {placesLeft !== undefined && !cancelled && (
                        <>
                          <dt>
                            <FormattedMessage id="activities.places" />
                          </dt>
                          <dd>
                            {full ? (
                              <FormattedMessage id="activities.noPlacesLeft" />
                            ) : (
                              <FormattedMessage
                                id="activities.placesLeft"
                                values={{ count: placesLeft, capacity: activity.capacity ?? 0 }}
                              />
                            )}
                          </dd>
                        </>
                      )}
                    </dl>
                    {activity.description && <p>{activity.description}</p>}
                    {!cancelled && activity.status === 'PLANNED' && (
                      <div className="button-row">
                        {mine ? (
                          <button
                            type="button"
                            className="button button--secondary"
                            disabled={running}
                            onClick={() => leave(activity)}
                            aria-label={intl.formatMessage({ id: 'activities.cancelFor' }, { title: activity.title })}
                          >
                            <FormattedMessage id="activities.cancelSignUp" />
                          </button>
                        ) : (
                          !full && (
                            <button
                              type="button"
                              className="button"
                              disabled={running}
                              onClick={() => join(activity)}
                              aria-label={intl.formatMessage({ id: 'activities.signUpFor' }, { title: activity.title })}
                            >
                              <FormattedMessage id="activities.signUp" />
                            </button>
                          )
                        )}
                      </div>
                    )}
                  </article>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>
            <FormattedMessage id="activities.none" values={{ weeks: WEEKS_AHEAD }} />
          </p>
        )
      ) : (
        volunteer && <MissingPart onRetry={query.reload} />
      )}
    </Page>
  );
}
