import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { addDays, amsterdamDate, formatHours, formatLocalDate, startOfAmsterdamDay, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { Theme } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import './register-hours.css';
import { THEMES } from '../../format/themes';

const RegisterHoursPageQuery = graphql(`
  query RegisterHoursPage($volunteerId: ID!, $from: DateTime!, $to: DateTime!) {
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
              theme
              startsAt
              status
            }
          }
        }
      }
      hourEntries(first: 20) {
        edges {
          node {
            id
            entryDate
            minutes
            theme
            description
            status
            rejectionReason
            version
          }
        }
      }
    }
  }
`);

const RegisterHoursMutation = graphql(`
  mutation RegisterHoursSubmit($input: RegisterHoursInput!) {
    registerHours(input: $input) {
      id
      entryDate
      minutes
      status
    }
  }
`);

const UpdateHourEntryMutation = graphql(`
  mutation RegisterHoursCorrect($input: UpdateHourEntryInput!) {
    updateHourEntry(input: $input) {
      id
      entryDate
      minutes
      status
      version
    }
  }
`);

const QUICK_DURATIONS = [60, 120, 180] as const;
const HOUR_CHOICES = Array.from({ length: 25 }, (_, hours) => hours);
const MINUTE_CHOICES = [0, 15, 30, 45];

type Duration = (typeof QUICK_DURATIONS)[number] | 'other';

interface Draft {
  date: string;
  duration: Duration;
  otherHours: number;
  otherMinutes: number;
  theme: Theme | '';
  activityId: string;
  description: string;
}

interface Editing {
  id: string;
  version: number;
  entryDate: string;
}

function emptyDraft(date: string): Draft {
  return { date, duration: 60, otherHours: 1, otherMinutes: 30, theme: '', activityId: '', description: '' };
}

function minutesOf(draft: Draft): number {
  return draft.duration === 'other' ? draft.otherHours * 60 + draft.otherMinutes : draft.duration;
}

/** A problem the page finds itself before asking the server, shown at its field like the server's. */
function localProblem(field: string, messageId: string): FieldProblem {
  return { field, messageId, serverMessage: '' };
}

/** Registering hours in one short form, and the person's recent entries with their status (and why one was rejected). */
export default function RegisterHours() {
  const session = useSession();
  const { language } = usePortal();
  const intl = useIntl();
  const today = todayInAmsterdam();
  // Stable for the life of the page: a new `to` on each render would load the page again and again.
  const [range] = useState(() => ({ from: startOfAmsterdamDay(addDays(today, -14)), to: new Date().toISOString() }));
  const query = useQuery(RegisterHoursPageQuery, { volunteerId: session.volunteerId ?? '', ...range }, { skip: !session.volunteerId });
  const [register, registerState, resetRegister] = useMutation(RegisterHoursMutation);
  const [correct, correctState, resetCorrect] = useMutation(UpdateHourEntryMutation);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(today));
  const [editing, setEditing] = useState<Editing | undefined>();
  const [localProblems, setLocalProblems] = useState<FieldProblem[]>([]);
  const [success, setSuccess] = useState<{ messageId: string; date: string; minutes: number } | undefined>();
  const dateInput = useRef<HTMLInputElement>(null);

  const volunteer = query.data?.volunteer;
  const team = volunteer?.currentTeam;
  const teamId = team?.id ?? session.teamIds[0];
  const activities = (team?.activities?.edges ?? [])
    .map((edge) => edge.node)
    .filter((activity) => activity.status !== 'CANCELLED')
    .reverse();
  const entries = (volunteer?.hourEntries?.edges ?? []).map((edge) => edge.node);

  const mutationProblems: Problem[] = editing ? correctState.problems : registerState.problems;
  const running = registerState.running || correctState.running;
  const fieldProblems = (field: string) => [
    ...localProblems.filter((problem) => problem.field === field),
    ...fieldProblemsOf(mutationProblems, field),
  ];

  useEffect(() => {
    if (editing) dateInput.current?.focus();
  }, [editing]);

  function change(next: Partial<Draft>) {
    setDraft((previous) => ({ ...previous, ...next }));
  }

  function chooseActivity(activityId: string) {
    const activity = activities.find((candidate) => candidate.id === activityId);
    // The activity says when and on which theme; the person can still change both.
    change(activity ? { activityId, date: amsterdamDate(new Date(activity.startsAt)), theme: activity.theme } : { activityId: '' });
  }

  function startCorrecting(entry: (typeof entries)[number]) {
    resetRegister();
    resetCorrect();
    setSuccess(undefined);
    setLocalProblems([]);
    const quick = QUICK_DURATIONS.find((choice) => choice === entry.minutes);
    setDraft({
      date: entry.entryDate,
      duration: quick ?? 'other',
      otherHours: Math.floor(entry.minutes / 60),
      otherMinutes: entry.minutes % 60,
      theme: entry.theme,
      activityId: '',
      description: entry.description ?? '',
    });
    setEditing({ id: entry.id, version: entry.version, entryDate: entry.entryDate });
  }

  function stopCorrecting() {
    resetCorrect();
    setLocalProblems([]);
    setEditing(undefined);
    setDraft(emptyDraft(today));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSuccess(undefined);
    const minutes = minutesOf(draft);
    const problems: FieldProblem[] = [];
    if (!draft.date) problems.push(localProblem('date', 'registerHours.error.dateRequired'));
    if (minutes < 15 || minutes > 1440) problems.push(localProblem('minutes', 'registerHours.error.minutesRange'));
    if (!draft.theme) problems.push(localProblem('theme', 'registerHours.error.themeRequired'));
    setLocalProblems(problems);
    if (problems.length || !draft.theme) {
      resetRegister();
      resetCorrect();
      return;
    }
    const description = draft.description.trim() || undefined;
    const outcome = editing
      ? await correct({ input: { id: editing.id, version: editing.version, date: draft.date, minutes, theme: draft.theme, description } })
      : await register({
          input: { teamId, date: draft.date, minutes, theme: draft.theme, activityId: draft.activityId || undefined, description },
        });
    if (outcome.problems.some((problem) => problem.kind === 'CONFLICT')) query.reload();
    if (!outcome.data) return;
    setSuccess({ messageId: editing ? 'registerHours.corrected' : 'registerHours.registered', date: draft.date, minutes });
    setEditing(undefined);
    // The next entry is often for the same day: keep the date, clear the rest.
    setDraft(emptyDraft(draft.date));
    query.reload();
  }

  if (query.loading && !query.data) return <Loading />;

  return (
    <Page titleId="registerHours.title">
      {!volunteer && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {volunteer && (
        <form className="card register-hours__form" onSubmit={submit} noValidate aria-labelledby="register-hours-form">
          <h2 id="register-hours-form">
            {editing ? (
              <FormattedMessage id="registerHours.correctTitle" />
            ) : (
              <FormattedMessage id="registerHours.formTitle" values={{ team: team?.name ?? '' }} />
            )}
          </h2>
          {editing && (
            <div className="alert alert--info">
              <p>
                <FormattedMessage id="registerHours.correcting" values={{ date: formatLocalDate(editing.entryDate, language) }} />
              </p>
            </div>
          )}
          <ProblemMessage problems={mutationProblems} />
          {!editing && team?.activities && activities.length > 0 && (
            <FormField
              label={<FormattedMessage id="registerHours.activity" />}
              hint={<FormattedMessage id="registerHours.activityHint" />}
              problems={fieldProblems('activityId')}
            >
              {(props) => (
                <select {...props} value={draft.activityId} onChange={(event) => chooseActivity(event.target.value)}>
                  <option value="">{intl.formatMessage({ id: 'registerHours.noActivity' })}</option>
                  {activities.map((activity) => (
                    <option key={activity.id} value={activity.id}>
                      {`${activity.title} (${formatLocalDate(amsterdamDate(new Date(activity.startsAt)), language, 'short')})`}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
          <FormField label={<FormattedMessage id="registerHours.date" />} problems={[...fieldProblems('date'), ...fieldProblems('teamId')]}>
            {(props) => (
              <input
                {...props}
                ref={dateInput}
                type="date"
                name="date"
                max={today}
                value={draft.date}
                onChange={(event) => change({ date: event.target.value })}
              />
            )}
          </FormField>
          <DurationField draft={draft} problems={fieldProblems('minutes')} onChange={change} />
          <FormField label={<FormattedMessage id="registerHours.theme" />} problems={fieldProblems('theme')}>
            {(props) => (
              <select {...props} value={draft.theme} onChange={(event) => change({ theme: event.target.value as Theme | '' })}>
                <option value="">{intl.formatMessage({ id: 'registerHours.chooseTheme' })}</option>
                {THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {intl.formatMessage({ id: `common.theme.${theme}` })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label={<FormattedMessage id="registerHours.description" />}
            hint={<FormattedMessage id="registerHours.descriptionHint" />}
            problems={fieldProblems('description')}
          >
            {(props) => (
              <textarea
                {...props}
                rows={3}
                maxLength={500}
                value={draft.description}
                onChange={(event) => change({ description: event.target.value })}
              />
            )}
          </FormField>
          <div className="button-row">
            <button type="submit" className="button" disabled={running}>
              {editing ? <FormattedMessage id="registerHours.submitCorrection" /> : <FormattedMessage id="registerHours.submit" />}
            </button>
            {editing && (
              <button type="button" className="button button--secondary" onClick={stopCorrecting}>
                <FormattedMessage id="registerHours.stopCorrecting" />
              </button>
            )}
          </div>
          <div role="status">
            {success && (
              <div className="alert alert--success">
                <p>
                  <FormattedMessage
                    id={success.messageId}
                    values={{ hours: formatHours(success.minutes), date: formatLocalDate(success.date, language) }}
                  />
                </p>
              </div>
            )}
          </div>
        </form>
      )}
      {volunteer && (
        <section aria-labelledby="register-hours-recent">
          <h2 id="register-hours-recent">
            <FormattedMessage id="registerHours.recent" />
          </h2>
          {volunteer.hourEntries ? (
            entries.length ? (
              <div className="card">
                <ul className="list">
                  {entries.map((entry) => (
                    <li key={entry.id} className="register-hours__entry">
                      <div className="register-hours__entry-head">
                        <strong>{formatLocalDate(entry.entryDate, language)}</strong>
                        <span className={`status status--${entry.status}`}>
                          <FormattedMessage id={`common.hourStatus.${entry.status}`} />
                        </span>
                      </div>
                      <p className="register-hours__entry-line">
                        <FormattedMessage id="common.hours" values={{ hours: formatHours(entry.minutes) }} /> ·{' '}
                        <FormattedMessage id={`common.theme.${entry.theme}`} />
                      </p>
                      {entry.description && <p className="register-hours__entry-line muted">{entry.description}</p>}
                      {entry.status === 'REJECTED' && (
                        <>
                          <p className="register-hours__entry-line">
                            <FormattedMessage
                              id="registerHours.rejectionReason"
                              values={{ reason: entry.rejectionReason ?? intl.formatMessage({ id: 'registerHours.noReason' }) }}
                            />
                          </p>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => startCorrecting(entry)}
                            aria-label={intl.formatMessage(
                              { id: 'registerHours.correctEntry' },
                              { date: formatLocalDate(entry.entryDate, language) },
                            )}
                          >
                            <FormattedMessage id="registerHours.correct" />
                          </button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>
                <FormattedMessage id="registerHours.noEntries" />
              </p>
            )
          ) : (
            <MissingPart onRetry={query.reload} />
          )}
        </section>
      )}
    </Page>
  );
}

/** How long: a tap for the usual 1, 2 or 3 hours, or hours and minutes from two lists (no typing on a phone). */
function DurationField({ draft, problems, onChange }: { draft: Draft; problems: FieldProblem[]; onChange(next: Partial<Draft>): void }) {
  const intl = useIntl();
  const errorId = 'register-hours-minutes-error';
  return (
    <fieldset
      className={`register-hours__duration${problems.length ? ' field--invalid' : ''}`}
      aria-describedby={problems.length ? errorId : undefined}
    >
      <legend>
        <FormattedMessage id="registerHours.duration" />
      </legend>
      {problems.length > 0 && (
        <p id={errorId} className="field__error">
          {problems.map((problem) => (
            <span key={problem.messageId + problem.serverMessage}>
              <FormattedMessage id={problem.messageId} values={{ serverMessage: problem.serverMessage }} />{' '}
            </span>
          ))}
        </p>
      )}
      <div className="register-hours__choices">
        {[...QUICK_DURATIONS, 'other' as const].map((choice) => (
          <label key={choice} className="register-hours__choice">
            <input
              type="radio"
              name="duration"
              value={String(choice)}
              checked={draft.duration === choice}
              onChange={() => onChange({ duration: choice })}
              aria-invalid={problems.length > 0 || undefined}
            />
            {choice === 'other' ? (
              <FormattedMessage id="registerHours.otherDuration" />
            ) : (
              <FormattedMessage id="registerHours.quickHours" values={{ hours: choice / 60 }} />
            )}
          </label>
        ))}
      </div>
      {draft.duration === 'other' && (
        <div className="register-hours__other">
          <div className="field">
            <label className="field__label" htmlFor="register-hours-hours">
              <FormattedMessage id="registerHours.hours" />
            </label>
            <select
              id="register-hours-hours"
              value={draft.otherHours}
              onChange={(event) => onChange({ otherHours: Number(event.target.value) })}
            >
              {HOUR_CHOICES.map((hours) => (
                <option key={hours} value={hours}>
                  {intl.formatMessage({ id: 'registerHours.hoursOption' }, { hours })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="register-hours-minutes">
              <FormattedMessage id="registerHours.minutes" />
            </label>
            <select
              id="register-hours-minutes"
              value={draft.otherMinutes}
              onChange={(event) => onChange({ otherMinutes: Number(event.target.value) })}
            >
              {MINUTE_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {intl.formatMessage({ id: 'registerHours.minutesOption' }, { minutes })}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </fieldset>
  );
}
