import { type FormEvent, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from '../../api/hooks';
import type { Problem } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { formatDateTime } from '../../format/format';
import { graphql } from '../../gql';
import type { PlanPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { ProblemMessage } from '../../ui/problem-message';
import { personName } from './plan-people';

const PlanPageAttendance = graphql(`
  mutation PlanPageAttendance($sessionId: ID!, $volunteerId: ID!, $present: Boolean!) {
    recordAttendance(sessionId: $sessionId, volunteerId: $volunteerId, present: $present) {
      id
      status
    }
  }
`);

type Course = PlanPageQuery['courses'][number];
type Run = Course['runs'][number];
type Choice = 'present' | 'absent';
/** A current member of the team; enrolments carry only the id, the team's list the name. */
type Person = { id: string; displayName: string; givenName?: string | null; familyName?: string | null };

interface SessionChoice {
  id: string;
  courseTitle: string;
  startsAt: string;
  location?: string | null;
  run: Run;
}

/** Sessions that have begun, of the runs this team takes part in (its own coaching, or with its members enrolled); newest first. */
function sessionsOfTeam(courses: Course[], teamId: string, memberIds: string[], now: number): SessionChoice[] {
  const counts = (run: Run) =>
    run.enrolments.some(
      (enrolment) =>
        (enrolment.status === 'ENROLLED' || enrolment.status === 'COMPLETED') &&
        enrolment.volunteer &&
        memberIds.includes(enrolment.volunteer.id),
    );
  return courses
    .flatMap((course) =>
      course.runs
        .filter((run) => run.team?.id === teamId || counts(run))
        .flatMap((run) => run.sessions.map((session) => ({ ...session, courseTitle: course.title, run }))),
    )
    .filter((session) => Date.parse(session.startsAt) <= now)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

/** Present or absent per enrolled member for one session; nobody records their own attendance (it may certify them). */
export function AttendanceSection({
  courses,
  teamId,
  members,
  selfId,
}: {
  courses: Course[];
  teamId: string;
  members: Person[];
  selfId?: string;
}) {
  const intl = useIntl();
  const memberIds = useMemo(() => members.map((member) => member.id), [members]);
  const { language } = usePortal();
  const sessions = useMemo(() => sessionsOfTeam(courses, teamId, memberIds, Date.now()), [courses, teamId, memberIds]);
  const [sessionId, setSessionId] = useState('');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [saved, setSaved] = useState<number>();
  const [refusals, setRefusals] = useState<Record<string, Problem[]>>({});
  const [record, state] = useMutation(PlanPageAttendance);
  const [saving, setSaving] = useState(false);

  const session = sessions.find((candidate) => candidate.id === sessionId);
  const people = (session?.run.enrolments ?? [])
    .filter(
      (enrolment) =>
        (enrolment.status === 'ENROLLED' || enrolment.status === 'COMPLETED') &&
        enrolment.volunteer &&
        memberIds.includes(enrolment.volunteer.id),
    )
    .map((enrolment) => {
      const member = members.find((candidate) => candidate.id === enrolment.volunteer!.id)!;
      return { id: member.id, name: personName(member) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const choose = (id: string) => {
    setSessionId(id);
    setChoices({});
    setSaved(undefined);
    setRefusals({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!session) return;
    setSaving(true);
    setSaved(undefined);
    const problems: Record<string, Problem[]> = {};
    let count = 0;
    // One person at a time: each is its own change, refused or recorded on its own.
    for (const [volunteerId, choice] of Object.entries(choices)) {
      const outcome = await record({ sessionId: session.id, volunteerId, present: choice === 'present' });
      if (outcome.data) count += 1;
      else problems[volunteerId] = outcome.problems;
    }
    setRefusals(problems);
    setSaved(count);
    setSaving(false);
  };

  if (!sessions.length) {
    return (
      <p>
        <FormattedMessage id="plan.attendance.noSessions" />
      </p>
    );
  }

  return (
    <>
      <p>
        <FormattedMessage id="plan.attendance.intro" />
      </p>
      <FormField label={<FormattedMessage id="plan.attendance.session" />}>
        {(props) => (
          <select {...props} value={sessionId} onChange={(event) => choose(event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'plan.attendance.chooseSession' })}</option>
            {sessions.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {`${candidate.courseTitle} · ${formatDateTime(candidate.startsAt, language)}`}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div role="status">
        {saved !== undefined && (
          <p className={`alert ${Object.keys(refusals).length ? 'alert--warning' : 'alert--success'}`}>
            <FormattedMessage id="plan.attendance.saved" values={{ count: saved }} />
            {Object.keys(refusals).length > 0 && (
              <>
                {' '}
                <FormattedMessage id="plan.attendance.someRefused" values={{ count: Object.keys(refusals).length }} />
              </>
            )}
          </p>
        )}
      </div>
      {session &&
        (people.length ? (
          <form onSubmit={submit}>
            <h3>
              <FormattedMessage
                id="plan.attendance.who"
                values={{ course: session.courseTitle, when: formatDateTime(session.startsAt, language) }}
              />
            </h3>
            <ul className="list">
              {people.map((person) =>
                person.id === selfId ? (
                  <li key={person.id}>
                    <strong>{person.name}</strong>
                    <br />
                    <span className="muted">
                      <FormattedMessage id="plan.attendance.notYourself" />
                    </span>
                  </li>
                ) : (
                  <li key={person.id}>
                    <fieldset
                      className="plan-attendance-person"
                      aria-describedby={refusals[person.id] ? `plan-refusal-${person.id}` : undefined}
                    >
                      <legend>{person.name}</legend>
                      {(['present', 'absent'] as const).map((choice) => (
                        <label key={choice} className="option">
                          <input
                            type="radio"
                            name={`attendance-${person.id}`}
                            checked={choices[person.id] === choice}
                            onChange={() => setChoices((previous) => ({ ...previous, [person.id]: choice }))}
                          />
                          <FormattedMessage id={`plan.attendance.${choice}`} />
                        </label>
                      ))}
                      {refusals[person.id] && (
                        <p id={`plan-refusal-${person.id}`} className="field__error">
                          <FormattedMessage
                            id={refusals[person.id][0]?.messageId ?? 'errors.unknown'}
                            values={{ seconds: 10, requestId: '—' }}
                          />
                        </p>
                      )}
                    </fieldset>
                  </li>
                ),
              )}
            </ul>
            <ProblemMessage
              problems={state.problems.filter((problem) => problem.kind === 'NETWORK' || problem.kind === 'SERVICE_UNAVAILABLE')}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={saving || Object.keys(choices).length === 0}>
                <FormattedMessage id="plan.attendance.submit" />
              </button>
            </div>
          </form>
        ) : (
          <p>
            <FormattedMessage id="plan.attendance.nobody" />
          </p>
        ))}
    </>
  );
}
