import { type FormEvent, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { problemsAt } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { formatDateTime, formatLocalDate, formatTime, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { Theme } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import { AttendanceSection } from './plan-attendance';
import { amsterdamInstant, type Frequency, seriesDates, seriesUntil } from './plan-time';
import { WellbeingSection } from './plan-wellbeing';
import './plan.css';
import { THEMES } from '../../format/themes';

const PlanPageQuery = graphql(`
  query PlanPage($teamId: ID!) {
    team(id: $teamId) {
      id
      name
      memberships {
        id
        role
        volunteer {
          id
          displayName
          givenName
          familyName
          consents {
            purpose
            withdrawnOn
          }
        }
      }
    }
    courses {
      id
      title
      runs {
        id
        team {
          id
        }
        sessions {
          id
          startsAt
          endsAt
          location
        }
        enrolments {
          id
          status
          volunteer {
            id
          }
        }
      }
    }
  }
`);

const PlanPageActivity = graphql(`
  mutation PlanPageActivity($input: PlanActivityInput!) {
    planActivity(input: $input) {
      id
      title
      startsAt
      endsAt
      location
    }
  }
`);

const PlanPageActivitySeries = graphql(`
  mutation PlanPageActivitySeries($input: PlanActivitySeriesInput!) {
    planActivitySeries(input: $input) {
      id
      title
      startsAt
      endsAt
      location
    }
  }
`);

type Repeat = 'ONCE' | Frequency;
const REPEATS: Repeat[] = ['ONCE', 'WEEKLY', 'MONTHLY'];
const MAX_TIMES = 52;

/** A coordinator's planning page: activities and series, attendance of a course session, a wellbeing check. */
export default function PlanPage() {
  const session = useSession();
  const teamId = session.teamIds[0] ?? '';
  const query = useQuery(PlanPageQuery, { teamId }, { skip: !teamId });
  if (query.loading && !query.data) return <Loading />;
  const team = query.data?.team;
  const members = (team?.memberships ?? []).map((membership) => membership.volunteer);

  return (
    <Page titleId="plan.title">
      {!query.data && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      <nav aria-labelledby="plan-parts" className="plan-parts">
        <h2 id="plan-parts" className="visually-hidden">
          <FormattedMessage id="plan.parts" />
        </h2>
        <ul>
          <li>
            <a href="#plan-activity">
              <FormattedMessage id="plan.activity.title" />
            </a>
          </li>
          <li>
            <a href="#plan-attendance">
              <FormattedMessage id="plan.attendance.title" />
            </a>
          </li>
          <li>
            <a href="#plan-wellbeing">
              <FormattedMessage id="plan.wellbeing.title" />
            </a>
          </li>
        </ul>
      </nav>
      {teamId && <PlanActivitySection teamId={teamId} />}
      <section className="card" aria-labelledby="plan-attendance">
        <h2 id="plan-attendance" tabIndex={-1}>
          <FormattedMessage id="plan.attendance.title" />
        </h2>
        {query.data?.courses && team?.memberships ? (
          <AttendanceSection courses={query.data.courses} teamId={teamId} members={members} selfId={session.volunteerId} />
        ) : (
          query.data && <MissingPart onRetry={query.reload} />
        )}
      </section>
      <section className="card" aria-labelledby="plan-wellbeing">
        <h2 id="plan-wellbeing" tabIndex={-1}>
          <FormattedMessage id="plan.wellbeing.title" />
        </h2>
        {team?.memberships ? (
          <WellbeingSection
            members={members.filter((member) => member.id !== session.volunteerId)}
            consentUnreadable={problemsAt(query.problems, 'team', 'memberships').length > 0}
          />
        ) : (
          query.data && <MissingPart onRetry={query.reload} />
        )}
      </section>
    </Page>
  );
}

interface ActivityForm {
  title: string;
  theme: Theme | '';
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  capacity: string;
  description: string;
  repeat: Repeat;
  times: string;
}

const EMPTY_FORM: ActivityForm = {
  title: '',
  theme: '',
  date: '',
  startTime: '',
  endTime: '',
  location: '',
  capacity: '',
  description: '',
  repeat: 'ONCE',
  times: '4',
};

function localProblem(field: string, messageId: string): FieldProblem {
  return { field, messageId, serverMessage: '' };
}

/** What the portal can see is missing or wrong before asking the server, each at its field. */
function checkForm(form: ActivityForm, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!form.title.trim()) problems.push(localProblem('title', 'plan.activity.error.title'));
  if (!form.theme) problems.push(localProblem('theme', 'plan.activity.error.theme'));
  if (!form.date) problems.push(localProblem('date', 'plan.activity.error.date'));
  else if (form.date < today) problems.push(localProblem('date', 'plan.activity.error.datePast'));
  if (!form.startTime) problems.push(localProblem('startTime', 'plan.activity.error.startTime'));
  if (!form.endTime) problems.push(localProblem('endTime', 'plan.activity.error.endTime'));
  else if (form.startTime && form.endTime <= form.startTime) problems.push(localProblem('endTime', 'plan.activity.error.endBeforeStart'));
  if (form.capacity && !(Number.isInteger(Number(form.capacity)) && Number(form.capacity) >= 1))
    problems.push(localProblem('capacity', 'plan.activity.error.capacity'));
  const times = Number(form.times);
  if (form.repeat !== 'ONCE' && !(Number.isInteger(times) && times >= 2 && times <= MAX_TIMES))
    problems.push(localProblem('times', 'plan.activity.error.times'));
  return problems;
}

interface Planned {
  title: string;
  occurrences: { id: string; startsAt: string; endsAt: string }[];
}

function PlanActivitySection({ teamId }: { teamId: string }) {
  const intl = useIntl();
  const { language } = usePortal();
  const today = todayInAmsterdam();
  const [form, setForm] = useState<ActivityForm>(EMPTY_FORM);
  const [localProblems, setLocalProblems] = useState<FieldProblem[]>([]);
  const [planned, setPlanned] = useState<Planned>();
  const [planOne, oneState] = useMutation(PlanPageActivity);
  const [planSeries, seriesState] = useMutation(PlanPageActivitySeries);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const running = oneState.running || seriesState.running;
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof ActivityForm>(key: K, value: ActivityForm[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const at = (...fields: string[]): FieldProblem[] => [
    ...localProblems.filter((problem) => fields.includes(problem.field)),
    ...fields.flatMap((field) => [...fieldProblemsOf(serverProblems, field), ...fieldProblemsOf(serverProblems, `input.${field}`)]),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkForm(form, today);
    setLocalProblems(problems);
    setServerProblems([]);
    if (problems.length) {
      // The first field that needs attention gets the focus once its message shows.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const details = {
      teamId,
      title: form.title.trim(),
      theme: form.theme as Theme,
      startsAt: amsterdamInstant(form.date, form.startTime),
      endsAt: amsterdamInstant(form.date, form.endTime),
      location: form.location.trim() || null,
      capacity: form.capacity ? Number(form.capacity) : null,
      description: form.description.trim() || null,
    };
    if (form.repeat === 'ONCE') {
      const outcome = await planOne({ input: details });
      setServerProblems(outcome.problems);
      if (outcome.data) {
        setPlanned({ title: outcome.data.planActivity.title, occurrences: [outcome.data.planActivity] });
        setForm(EMPTY_FORM);
      }
    } else {
      const outcome = await planSeries({
        input: { ...details, frequency: form.repeat, until: seriesUntil(form.date, form.repeat, Number(form.times)) },
      });
      setServerProblems(outcome.problems);
      if (outcome.data) {
        const occurrences = outcome.data.planActivitySeries;
        setPlanned({ title: occurrences[0]?.title ?? details.title, occurrences });
        setForm(EMPTY_FORM);
      }
    }
  };

  const lastDate =
    form.repeat !== 'ONCE' && form.date && Number(form.times) >= 2
      ? seriesDates(form.date, form.repeat, Math.min(Number(form.times), MAX_TIMES)).at(-1)
      : undefined;

  return (
    <section className="card" aria-labelledby="plan-activity">
      <h2 id="plan-activity" tabIndex={-1}>
        <FormattedMessage id="plan.activity.title" />
      </h2>
      <div role="status">
        {planned && (
          <div className="alert alert--success">
            <p>
              <FormattedMessage id="plan.activity.planned" values={{ title: planned.title, count: planned.occurrences.length }} />
            </p>
            <ul className="plan-dates">
              {planned.occurrences.map((occurrence) => (
                <li key={occurrence.id}>
                  {formatDateTime(occurrence.startsAt, language)} – {formatTime(occurrence.endsAt, language)}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <ProblemMessage problems={serverProblems} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <FormField label={<FormattedMessage id="plan.activity.name" />} problems={at('title')}>
          {(props) => (
            <input {...props} type="text" maxLength={120} value={form.title} onChange={(event) => set('title', event.target.value)} />
          )}
        </FormField>
        <FormField label={<FormattedMessage id="plan.activity.theme" />} problems={at('theme')}>
          {(props) => (
            <select {...props} value={form.theme} onChange={(event) => set('theme', event.target.value as Theme)}>
              <option value="">{intl.formatMessage({ id: 'plan.activity.chooseTheme' })}</option>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {intl.formatMessage({ id: `common.theme.${theme}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={<FormattedMessage id="plan.activity.date" />} problems={at('date', 'startsAt')}>
          {(props) => <input {...props} type="date" min={today} value={form.date} onChange={(event) => set('date', event.target.value)} />}
        </FormField>
        <div className="plan-times">
          <FormField label={<FormattedMessage id="plan.activity.startTime" />} problems={at('startTime')}>
            {(props) => <input {...props} type="time" value={form.startTime} onChange={(event) => set('startTime', event.target.value)} />}
          </FormField>
          <FormField label={<FormattedMessage id="plan.activity.endTime" />} problems={at('endTime', 'endsAt')}>
            {(props) => <input {...props} type="time" value={form.endTime} onChange={(event) => set('endTime', event.target.value)} />}
          </FormField>
        </div>
        <FormField
          label={<FormattedMessage id="plan.activity.location" />}
          hint={<FormattedMessage id="plan.activity.optional" />}
          problems={at('location')}
        >
          {(props) => (
            <input {...props} type="text" maxLength={200} value={form.location} onChange={(event) => set('location', event.target.value)} />
          )}
        </FormField>
        <FormField
          label={<FormattedMessage id="plan.activity.capacity" />}
          hint={<FormattedMessage id="plan.activity.capacityHint" />}
          problems={at('capacity')}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              value={form.capacity}
              onChange={(event) => set('capacity', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={<FormattedMessage id="plan.activity.description" />}
          hint={<FormattedMessage id="plan.activity.optional" />}
          problems={at('description')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={3}
              maxLength={2000}
              value={form.description}
              onChange={(event) => set('description', event.target.value)}
            />
          )}
        </FormField>
        <fieldset>
          <legend>
            <FormattedMessage id="plan.activity.repeat" />
          </legend>
          {REPEATS.map((repeat) => (
            <label key={repeat} className="option">
              <input
                type="radio"
                name="plan-repeat"
                value={repeat}
                checked={form.repeat === repeat}
                onChange={() => set('repeat', repeat)}
              />
              <FormattedMessage id={`plan.activity.repeat.${repeat}`} />
            </label>
          ))}
        </fieldset>
        {form.repeat !== 'ONCE' && (
          <FormField
            label={<FormattedMessage id="plan.activity.times" />}
            hint={
              lastDate ? (
                <FormattedMessage id="plan.activity.lastDate" values={{ date: formatLocalDate(lastDate, language, 'weekday') }} />
              ) : (
                <FormattedMessage id="plan.activity.timesHint" values={{ max: MAX_TIMES }} />
              )
            }
            problems={at('times', 'until')}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                inputMode="numeric"
                min={2}
                max={MAX_TIMES}
                value={form.times}
                onChange={(event) => set('times', event.target.value)}
              />
            )}
          </FormField>
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={running}>
            <FormattedMessage id={form.repeat === 'ONCE' ? 'plan.activity.submit' : 'plan.activity.submitSeries'} />
          </button>
        </div>
      </form>
    </section>
  );
}
