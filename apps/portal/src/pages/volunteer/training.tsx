import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { Problem } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { formatDateTime, formatLocalDate, formatTime, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import { Loading, Page } from '../../ui/page';
import { MissingPart, ProblemMessage } from '../../ui/problem-message';
import './training.css';

const TrainingPageQuery = graphql(`
  query TrainingPage($volunteerId: ID!) {
    courses {
      id
      title
      description
      kind
      theme
      sessionCount
      studyHours
      givesCertificate
      certificateValidMonths
      runs {
        id
        capacity
        status
        trainerName
        trainerOrganisation
        enrolledCount
        waitingCount
        sessions {
          id
          startsAt
          endsAt
          location
          onlineLink
        }
      }
    }
    volunteer(id: $volunteerId) {
      id
      enrolments {
        id
        status
        waitingPosition
        run {
          id
          course {
            id
            title
          }
          sessions {
            id
            startsAt
            location
          }
        }
      }
      certificates {
        id
        issuedOn
        validUntil
        valid
        course {
          id
          title
        }
      }
    }
  }
`);

const EnrolMutation = graphql(`
  mutation TrainingEnrol($runId: ID!) {
    enrol(runId: $runId) {
      id
      status
      waitingPosition
    }
  }
`);

const CancelEnrolmentMutation = graphql(`
  mutation TrainingCancelEnrolment($id: ID!) {
    cancelEnrolment(id: $id) {
      id
      status
    }
  }
`);

interface Notice {
  messageId: string;
  values: Record<string, string | number>;
}

function firstStart(sessions: { startsAt: string }[]): string | undefined {
  return sessions.map((session) => session.startsAt).sort()[0];
}

/** The course catalogue with its coming runs, the person's enrolments (and place on a waiting list), and certificates. */
export default function Training() {
  const session = useSession();
  const { language } = usePortal();
  const intl = useIntl();
  const query = useQuery(TrainingPageQuery, { volunteerId: session.volunteerId ?? '' }, { skip: !session.volunteerId });
  const [enrol, enrolState] = useMutation(EnrolMutation);
  const [cancelEnrolment, cancelState] = useMutation(CancelEnrolmentMutation);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [problems, setProblems] = useState<Problem[]>([]);

  if (query.loading && !query.data) return <Loading />;
  const courses = query.data?.courses;
  const volunteer = query.data?.volunteer;
  const now = new Date().toISOString();
  const today = todayInAmsterdam();
  const running = enrolState.running || cancelState.running;

  const active = (volunteer?.enrolments ?? []).filter((enrolment) => enrolment.status === 'ENROLLED' || enrolment.status === 'WAITING');
  const myEnrolments = [...(volunteer?.enrolments ?? [])]
    .filter(
      (enrolment) =>
        enrolment.status !== 'CANCELLED' && (enrolment.status !== 'COMPLETED' || (firstStart(enrolment.run.sessions) ?? '') >= now),
    )
    .sort((a, b) => (firstStart(a.run.sessions) ?? '').localeCompare(firstStart(b.run.sessions) ?? ''));
  const myEnrolmentOfRun = (runId: string) => active.find((enrolment) => enrolment.run.id === runId);
  const catalogue = (courses ?? [])
    .map((course) => ({
      ...course,
      runs: course.runs
        .filter((run) => run.status === 'OPEN' && (firstStart(run.sessions) ?? '') > now)
        .sort((a, b) => (firstStart(a.sessions) ?? '').localeCompare(firstStart(b.sessions) ?? '')),
    }))
    .filter((course) => course.runs.length > 0);

  async function join(runId: string, title: string) {
    setNotice(undefined);
    setProblems([]);
    const result = await enrol({ runId });
    const enrolment = result.data?.enrol;
    if (enrolment) {
      setNotice(
        enrolment.status === 'WAITING'
          ? { messageId: 'training.joinedWaitingList', values: { title, place: enrolment.waitingPosition ?? 1 } }
          : { messageId: 'training.enrolled', values: { title } },
      );
    } else {
      setProblems(result.problems);
    }
    query.reload();
  }

  async function leave(enrolmentId: string, title: string) {
    setNotice(undefined);
    setProblems([]);
    const result = await cancelEnrolment({ id: enrolmentId });
    if (result.data) setNotice({ messageId: 'training.cancelled', values: { title } });
    else setProblems(result.problems);
    query.reload();
  }

  const sessionsOf = (
    sessions: { id: string; startsAt: string; endsAt?: string; location?: string | null; onlineLink?: string | null }[],
  ) => [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <Page titleId="training.title">
      {!courses && !volunteer && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      <div role="status">
        {notice && (
          <div className="alert alert--success">
            <p>
              <FormattedMessage id={notice.messageId} values={notice.values} />
            </p>
          </div>
        )}
      </div>
      <ProblemMessage problems={problems} />

      <section aria-labelledby="training-mine">
        <h2 id="training-mine">
          <FormattedMessage id="training.myEnrolments" />
        </h2>
        {volunteer?.enrolments ? (
          myEnrolments.length ? (
            <div className="card">
              <ul className="list">
                {myEnrolments.map((enrolment) => {
                  const start = firstStart(enrolment.run.sessions);
                  return (
                    <li key={enrolment.id} className="training__enrolment">
                      <div className="training__line">
                        <strong>{enrolment.run.course.title}</strong>
                        <span className={`status status--${enrolment.status === 'WAITING' ? 'SUBMITTED' : 'APPROVED'}`}>
                          <FormattedMessage id={`training.status.${enrolment.status}`} />
                        </span>
                      </div>
                      {start && (
                        <p className="training__detail">
                          <FormattedMessage id="training.startsOn" values={{ date: formatDateTime(start, language) }} />
                        </p>
                      )}
                      {enrolment.status === 'WAITING' && enrolment.waitingPosition != null && (
                        <p className="training__detail">
                          <FormattedMessage id="training.waitingPlace" values={{ place: enrolment.waitingPosition }} />
                        </p>
                      )}
                      {(enrolment.status === 'ENROLLED' || enrolment.status === 'WAITING') && (
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={running}
                          onClick={() => leave(enrolment.id, enrolment.run.course.title)}
                          aria-label={intl.formatMessage(
                            { id: enrolment.status === 'WAITING' ? 'training.leaveWaitingListFor' : 'training.cancelFor' },
                            { title: enrolment.run.course.title },
                          )}
                        >
                          {enrolment.status === 'WAITING' ? (
                            <FormattedMessage id="training.leaveWaitingList" />
                          ) : (
                            <FormattedMessage id="training.cancel" />
                          )}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : (
            <p>
              <FormattedMessage id="training.noEnrolments" />
            </p>
          )
        ) : (
          courses && <MissingPart onRetry={query.reload} />
        )}
      </section>

      <section aria-labelledby="training-certificates">
        <h2 id="training-certificates">
          <FormattedMessage id="training.myCertificates" />
        </h2>
        {volunteer?.certificates ? (
          volunteer.certificates.length ? (
            <div className="card">
              <ul className="list">
                {volunteer.certificates.map((certificate) => (
                  <li key={certificate.id}>
                    <div className="training__line">
                      <strong>{certificate.course.title}</strong>
                      {!certificate.valid && (
                        <span className="status status--REJECTED">
                          <FormattedMessage id="training.expired" />
                        </span>
                      )}
                    </div>
                    <p className="training__detail">
                      <FormattedMessage id="training.issuedOn" values={{ date: formatLocalDate(certificate.issuedOn, language) }} />{' '}
                      {certificate.validUntil ? (
                        <FormattedMessage
                          id={certificate.validUntil >= today ? 'training.validUntil' : 'training.expiredOn'}
                          values={{ date: formatLocalDate(certificate.validUntil, language) }}
                        />
                      ) : (
                        <FormattedMessage id="training.doesNotExpire" />
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p>
              <FormattedMessage id="training.noCertificates" />
            </p>
          )
        ) : (
          courses && <MissingPart onRetry={query.reload} />
        )}
      </section>

      <section aria-labelledby="training-catalogue">
        <h2 id="training-catalogue">
          <FormattedMessage id="training.catalogue" />
        </h2>
        {courses ? (
          catalogue.length ? (
            catalogue.map((course) => (
              <article key={course.id} className="card training__course" aria-labelledby={`course-${course.id}`}>
                <h3 id={`course-${course.id}`}>{course.title}</h3>
                {course.description && <p>{course.description}</p>}
                <p className="training__detail muted">
                  <FormattedMessage id="training.courseFacts" values={{ sessions: course.sessionCount, hours: course.studyHours }} />{' '}
                  {course.givesCertificate &&
                    (course.certificateValidMonths ? (
                      <FormattedMessage id="training.certificateForMonths" values={{ months: course.certificateValidMonths }} />
                    ) : (
                      <FormattedMessage id="training.certificateForever" />
                    ))}
                </p>
                <ul className="training__runs">
                  {course.runs.map((run) => {
                    const mine = myEnrolmentOfRun(run.id);
                    const placesLeft = Math.max(0, run.capacity - run.enrolledCount);
                    const full = placesLeft === 0;
                    const runLabel = `${course.title}, ${formatDateTime(firstStart(run.sessions) ?? now, language)}`;
                    return (
                      <li key={run.id} className="training__run">
                        <p className="training__line">
                          <strong>
                            <FormattedMessage
                              id="training.runStarts"
                              values={{ date: formatDateTime(firstStart(run.sessions) ?? now, language) }}
                            />
                          </strong>
                          {full && (
                            <span className="status status--SUBMITTED">
                              <FormattedMessage id="training.full" />
                            </span>
                          )}
                        </p>
                        <ol
                          className="training__sessions"
                          aria-label={intl.formatMessage({ id: 'training.sessions' }, { title: runLabel })}
                        >
                          {sessionsOf(run.sessions).map((item) => (
                            <li key={item.id}>
                              {formatDateTime(item.startsAt, language)}
                              {item.endsAt ? `–${formatTime(item.endsAt, language)}` : ''}
                              {item.location ? ` · ${item.location}` : ''}
                              {!item.location && item.onlineLink ? ` · ${intl.formatMessage({ id: 'training.online' })}` : ''}
                            </li>
                          ))}
                        </ol>
                        {run.trainerName && (
                          <p className="training__detail">
                            <FormattedMessage
                              id="training.trainer"
                              values={{
                                name: run.trainerOrganisation ? `${run.trainerName} (${run.trainerOrganisation})` : run.trainerName,
                              }}
                            />
                          </p>
                        )}
                        <p className="training__detail">
                          {full ? (
                            <FormattedMessage id="training.fullWaiting" values={{ waiting: run.waitingCount }} />
                          ) : (
                            <FormattedMessage id="training.placesLeft" values={{ count: placesLeft, capacity: run.capacity }} />
                          )}
                        </p>
                        {mine ? (
                          <p className="training__detail">
                            <strong>
                              {mine.status === 'WAITING' ? (
                                <FormattedMessage id="training.waitingPlace" values={{ place: mine.waitingPosition ?? 1 }} />
                              ) : (
                                <FormattedMessage id="training.youAreEnrolled" />
                              )}
                            </strong>
                          </p>
                        ) : (
                          <button
                            type="button"
                            className={full ? 'button button--secondary' : 'button'}
                            disabled={running || !volunteer}
                            onClick={() => join(run.id, course.title)}
                            aria-label={intl.formatMessage(
                              { id: full ? 'training.joinWaitingListFor' : 'training.enrolFor' },
                              { title: runLabel },
                            )}
                          >
                            {full ? <FormattedMessage id="training.joinWaitingList" /> : <FormattedMessage id="training.enrol" />}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </article>
            ))
          ) : (
            <p>
              <FormattedMessage id="training.noRuns" />
            </p>
          )
        ) : (
          volunteer && <MissingPart onRetry={query.reload} />
        )}
      </section>
    </Page>
  );
}
