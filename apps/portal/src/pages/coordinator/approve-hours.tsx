import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { formatHours, formatLocalDate } from '../../format/format';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import { byPerson, type PendingEntry, type PersonGroup, type WeekGroup } from './approve-hours-groups';
import './approve-hours.css';

/** Entries per person in one load; a person with more waiting sees the newest first and the rest after approving. */
const PAGE_SIZE = 50;

const ApproveHoursPageQuery = graphql(`
  query ApproveHoursPage($teamId: ID!, $first: Int!) {
    team(id: $teamId) {
      id
      name
      memberships {
        id
        volunteer {
          id
          displayName
          hourEntries(first: $first, status: SUBMITTED) {
            totalCount
            edges {
              node {
                id
                version
                entryDate
                minutes
                theme
                description
                team {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

const ApproveHoursApproveMutation = graphql(`
  mutation ApproveHoursApprove($input: ApproveHourEntriesInput!) {
    approveHourEntries(input: $input) {
      id
      status
      version
    }
  }
`);

const ApproveHoursRejectMutation = graphql(`
  mutation ApproveHoursReject($input: DecideHourEntryInput!) {
    rejectHourEntry(input: $input) {
      id
      status
      version
    }
  }
`);

/** The team's submitted hours by person and week: the coordinator picks what is right and approves it at once, or rejects one with a reason. */
export default function ApproveHours() {
  const session = useSession();
  const { language } = usePortal();
  const intl = useIntl();
  const teamId = session.teamIds[0] ?? '';
  const query = useQuery(ApproveHoursPageQuery, { teamId, first: PAGE_SIZE }, { skip: !teamId });
  const [approve, approving] = useMutation(ApproveHoursApproveMutation);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);

  const team = query.data?.team;
  const memberships = team?.memberships ?? [];
  const people = byPerson(
    memberships.map((membership) => ({
      volunteerId: membership.volunteer.id,
      displayName: membership.volunteer.displayName,
      entries: (membership.volunteer.hourEntries?.edges ?? []).map((edge) => edge.node).filter((entry) => entry.team.id === teamId),
    })),
    session.volunteerId,
  );
  const approvable = new Map(
    people
      .filter((person) => !person.self)
      .flatMap((person) => person.weeks.flatMap((week) => week.entries.map((entry) => [entry.id, entry] as const))),
  );
  const chosen = [...selected].filter((id) => approvable.has(id));
  const partlyMissing = team && memberships.some((membership) => membership.volunteer.hourEntries === null);
  const more = memberships.some((membership) => (membership.volunteer.hourEntries?.totalCount ?? 0) > PAGE_SIZE);

  const toggle = (ids: string[], on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const afterDecision = (outcomeProblems: Problem[], success: string) => {
    if (outcomeProblems.length) {
      setAnnouncement('');
      setProblems(outcomeProblems);
      // A stale version (someone changed or decided an entry meanwhile): show the list as it is now.
      if (outcomeProblems.some((problem) => problem.kind === 'CONFLICT' || problem.kind === 'NOT_FOUND')) query.reload();
      return false;
    }
    setProblems([]);
    setAnnouncement(success);
    query.reload();
    return true;
  };

  const approveChosen = async () => {
    const entries = chosen.map((id) => ({ id, version: approvable.get(id)!.version }));
    if (!entries.length) return;
    const minutes = chosen.reduce((sum, id) => sum + approvable.get(id)!.minutes, 0);
    const outcome = await approve({ input: { entries } });
    if (
      afterDecision(
        outcome.problems,
        intl.formatMessage({ id: 'approveHours.approved' }, { count: entries.length, hours: formatHours(minutes) }),
      )
    )
      setSelected(new Set());
  };

  if (query.loading && !query.data) return <Loading />;

  return (
    <Page titleId="approveHours.title">
      {!team && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      <p>
        <FormattedMessage id="approveHours.intro" />
      </p>
      <div role="status" className="approve-hours__status">
        {announcement && (
          <div className="alert alert--success">
            <p>{announcement}</p>
          </div>
        )}
      </div>
      <ProblemMessage problems={problems} />
      {partlyMissing && <MissingPart onRetry={query.reload} />}
      {team && people.length === 0 && (
        <p className="card">
          <FormattedMessage id="approveHours.nothingWaiting" />
        </p>
      )}
      {more && (
        <p className="alert alert--info">
          <FormattedMessage id="approveHours.more" values={{ count: PAGE_SIZE }} />
        </p>
      )}
      {people.map((person) => (
        <PersonHours
          key={person.volunteerId}
          person={person}
          selected={selected}
          onToggle={toggle}
          onRejected={(entry, outcomeProblems) =>
            afterDecision(
              outcomeProblems,
              intl.formatMessage(
                { id: 'approveHours.rejected' },
                { name: person.displayName, date: formatLocalDate(entry.entryDate, language, 'weekday') },
              ),
            )
          }
        />
      ))}
      {approvable.size > 0 && (
        <div className="approve-hours__bar">
          <p className="approve-hours__count">
            <FormattedMessage
              id="approveHours.chosen"
              values={{ count: chosen.length, hours: formatHours(chosen.reduce((sum, id) => sum + approvable.get(id)!.minutes, 0)) }}
            />
          </p>
          <button type="button" className="button" disabled={chosen.length === 0 || approving.running} onClick={approveChosen}>
            <FormattedMessage id="approveHours.approve" values={{ count: chosen.length }} />
          </button>
        </div>
      )}
    </Page>
  );
}

function PersonHours({
  person,
  selected,
  onToggle,
  onRejected,
}: {
  person: PersonGroup;
  selected: Set<string>;
  onToggle(ids: string[], on: boolean): void;
  onRejected(entry: PendingEntry, problems: Problem[]): boolean;
}) {
  const headingId = `approve-hours-person-${person.volunteerId}`;
  return (
    <section className="card approve-hours__person" aria-labelledby={headingId}>
      <h2 id={headingId}>{person.displayName}</h2>
      {person.self && (
        <p className="alert alert--info">
          <FormattedMessage id="approveHours.ownHours" />
        </p>
      )}
      {person.weeks.map((week) => (
        <Week key={week.monday} person={person} week={week} selected={selected} onToggle={onToggle} onRejected={onRejected} />
      ))}
    </section>
  );
}

function Week({
  person,
  week,
  selected,
  onToggle,
  onRejected,
}: {
  person: PersonGroup;
  week: WeekGroup;
  selected: Set<string>;
  onToggle(ids: string[], on: boolean): void;
  onRejected(entry: PendingEntry, problems: Problem[]): boolean;
}) {
  const { language } = usePortal();
  const intl = useIntl();
  const ids = week.entries.map((entry) => entry.id);
  const count = ids.filter((id) => selected.has(id)).length;
  const all = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (all.current) all.current.indeterminate = count > 0 && count < ids.length;
  }, [count, ids.length]);
  const minutes = week.entries.reduce((sum, entry) => sum + entry.minutes, 0);

  return (
    <fieldset className="approve-hours__week">
      <legend>
        <FormattedMessage
          id="approveHours.week"
          values={{
            week: week.week,
            from: formatLocalDate(week.monday, language, 'short'),
            until: formatLocalDate(week.sunday, language, 'short'),
            hours: formatHours(minutes),
          }}
        />
      </legend>
      {!person.self && (
        <label className="option approve-hours__all">
          <input ref={all} type="checkbox" checked={count === ids.length} onChange={(event) => onToggle(ids, event.target.checked)} />
          <FormattedMessage id="approveHours.chooseWeek" values={{ week: week.week, name: person.displayName }} />
        </label>
      )}
      <ul className="list">
        {week.entries.map((entry) => (
          <Entry
            key={entry.id}
            entry={entry}
            self={person.self}
            checked={selected.has(entry.id)}
            onToggle={(on) => onToggle([entry.id], on)}
            onRejected={(problems) => onRejected(entry, problems)}
            describe={`${formatLocalDate(entry.entryDate, language, 'weekday')}: ${intl.formatMessage({ id: 'common.hours' }, { hours: formatHours(entry.minutes) })}, ${intl.formatMessage({ id: `common.theme.${entry.theme}` })}`}
          />
        ))}
      </ul>
    </fieldset>
  );
}

function Entry({
  entry,
  self,
  checked,
  describe,
  onToggle,
  onRejected,
}: {
  entry: PendingEntry;
  self: boolean;
  checked: boolean;
  describe: string;
  onToggle(on: boolean): void;
  onRejected(problems: Problem[]): boolean;
}) {
  const intl = useIntl();
  const [rejecting, setRejecting] = useState(false);
  // The buttons of each entry say which entry they are for, description included, for a screen reader's list of buttons.
  const fullName = entry.description ? `${describe} – ${entry.description}` : describe;
  const text = (
    <span>
      <strong>{describe}</strong>
      {entry.description && (
        <>
          <br />
          <span className="approve-hours__description">{entry.description}</span>
        </>
      )}
    </span>
  );
  return (
    <li className="approve-hours__entry">
      {self ? (
        <div className="approve-hours__text">{text}</div>
      ) : (
        <label className="approve-hours__choice">
          <input type="checkbox" checked={checked} onChange={(event) => onToggle(event.target.checked)} />
          {text}
        </label>
      )}
      {!self && !rejecting && (
        <button
          type="button"
          className="button button--secondary approve-hours__reject"
          aria-label={intl.formatMessage({ id: 'approveHours.rejectForm' }, { entry: fullName })}
          onClick={() => setRejecting(true)}
        >
          <FormattedMessage id="approveHours.reject" />
        </button>
      )}
      {!self && rejecting && (
        <RejectForm
          entry={entry}
          describe={fullName}
          onDone={(problems) => onRejected(problems) && setRejecting(false)}
          onCancel={() => setRejecting(false)}
        />
      )}
    </li>
  );
}

function RejectForm({
  entry,
  describe,
  onDone,
  onCancel,
}: {
  entry: PendingEntry;
  describe: string;
  onDone(problems: Problem[]): void;
  onCancel(): void;
}) {
  const intl = useIntl();
  const [reject, rejecting] = useMutation(ApproveHoursRejectMutation);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<FieldProblem[]>([]);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setLocal([{ field: 'reason', serverMessage: '', messageId: 'approveHours.reasonRequired' }]);
      field.current?.focus();
      return;
    }
    setLocal([]);
    const outcome = await reject({ input: { id: entry.id, version: entry.version, reason: reason.trim() } });
    // A refused reason stays at its field; anything else is the page's to say.
    if (fieldProblemsOf(outcome.problems, 'reason').length) return;
    onDone(outcome.problems);
  };

  const problems = [...local, ...fieldProblemsOf(rejecting.problems, 'reason')];
  return (
    <form
      className="approve-hours__reject-form"
      onSubmit={submit}
      noValidate
      aria-label={intl.formatMessage({ id: 'approveHours.rejectForm' }, { entry: describe })}
    >
      <FormField
        label={<FormattedMessage id="approveHours.reason" />}
        hint={<FormattedMessage id="approveHours.reasonHint" />}
        problems={problems}
      >
        {(props) => (
          <textarea
            {...props}
            ref={field}
            rows={3}
            maxLength={500}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={rejecting.running}>
          <FormattedMessage id="approveHours.confirmReject" />
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}
