import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { TeamPathPageQuery, TeamPhase } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import { FollowUps } from '../shared/follow-ups';

const TeamPathTeamsQuery = graphql(`
  query TeamPathTeams {
    teams(first: 100) {
      edges {
        node {
          id
          name
          phase {
            phase
          }
        }
      }
    }
  }
`);

const TeamPathPageQueryDocument = graphql(`
  query TeamPathPage($teamId: ID!) {
    team(id: $teamId) {
      id
      name
      phase {
        phase
        enteredOn
      }
      phaseHistory {
        phase
        enteredOn
        correction
        note
      }
      checklist {
        phase
        key
        labelNl
        labelEn
        done
        tickedAt
        tickedBy
      }
      followUps {
        monthsAfterHandOver
        dueOn
        due
        measurement {
          measuredOn
          stillActiveMembers
          hoursLastThreeMonths
        }
      }
    }
  }
`);

const MoveTeamPhase = graphql(`
  mutation MoveTeamPhase($input: MoveTeamPhaseInput!) {
    moveTeamPhase(input: $input) {
      id
    }
  }
`);

const TickTeamChecklistItem = graphql(`
  mutation TickTeamChecklistItem($input: TickTeamChecklistItemInput!) {
    tickTeamChecklistItem(input: $input) {
      id
    }
  }
`);

export const PHASES: TeamPhase[] = ['EXPLORATION', 'START', 'BUILDING_UP', 'SELF_RELIANT', 'HAND_OVER', 'CLOSED'];
type Team = NonNullable<TeamPathPageQuery['team']>;

/** The national office keeps each team's path: moves its phase, ticks the checklist, sees the follow-ups after hand-over. */
export default function TeamPathsPage() {
  const intl = useIntl();
  const teams = useQuery(TeamPathTeamsQuery, {});
  const [teamId, setTeamId] = useState('');
  const query = useQuery(TeamPathPageQueryDocument, { teamId }, { skip: !teamId });
  const team = query.data?.team;
  return (
    <Page titleId="teamPath.title">
      <p>
        <FormattedMessage id="teamPath.intro" />
      </p>
      <ProblemMessage problems={teams.problems} onRetry={teams.reload} />
      <FormField label={intl.formatMessage({ id: 'teamPath.team' })}>
        {(props) => (
          <select {...props} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'teamPath.chooseTeam' })}</option>
            {(teams.data?.teams.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
                {node.phase ? ` (${intl.formatMessage({ id: `teamPath.phase.${node.phase.phase}` })})` : ''}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {teamId && query.loading && !team && <Loading />}
      {teamId && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {team && <TeamPath key={team.id} team={team} onChanged={query.reload} />}
    </Page>
  );
}

function TeamPath({ team, onChanged }: { team: Team; onChanged(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const current = team.phase?.phase;
  const next = current ? (PHASES[PHASES.indexOf(current) + 1] ?? current) : 'EXPLORATION';
  const [phase, setPhase] = useState<TeamPhase>(next);
  const [enteredOn, setEnteredOn] = useState(todayInAmsterdam());
  const [correction, setCorrection] = useState(false);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const [move, moving] = useMutation(MoveTeamPhase);
  const phaseName = (value: TeamPhase) => intl.formatMessage({ id: `teamPath.phase.${value}` });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await move({ input: { teamId: team.id, phase, enteredOn, correction, note: note.trim() || null } });
    if (outcome.data) {
      setSaved(true);
      setCorrection(false);
      setNote('');
      onChanged();
    }
  };

  return (
    <>
      <section aria-labelledby="team-path-phase" className="card" data-testid="team-path-admin">
        <h2 id="team-path-phase">{team.name}</h2>
        <p className="figure">
          {team.phase ? (
            <FormattedMessage
              id="teamPath.since"
              values={{ phase: phaseName(team.phase.phase), date: formatLocalDate(team.phase.enteredOn, language) }}
            />
          ) : (
            <FormattedMessage id="teamPath.noPhase" />
          )}
        </p>
        {team.phaseHistory && team.phaseHistory.length > 0 && (
          <ol>
            {team.phaseHistory.map((change, index) => (
              <li key={index}>
                {phaseName(change.phase)}, {formatLocalDate(change.enteredOn, language)}
                {change.correction && (
                  <>
                    {' '}
                    <FormattedMessage id="teamPath.correctionNote" values={{ note: change.note ?? '' }} />
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
        <form onSubmit={(event) => void submit(event)}>
          <ProblemMessage problems={moving.problems.filter((problem) => !problem.fields.length)} />
          <FormField label={intl.formatMessage({ id: 'teamPath.newPhase' })} problems={fieldProblemsOf(moving.problems, 'phase')}>
            {(props) => (
              <select {...props} value={phase} onChange={(event) => setPhase(event.target.value as TeamPhase)}>
                {PHASES.map((value) => (
                  <option key={value} value={value}>
                    {phaseName(value)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={intl.formatMessage({ id: 'teamPath.enteredOn' })} problems={fieldProblemsOf(moving.problems, 'enteredOn')}>
            {(props) => <input {...props} type="date" value={enteredOn} onChange={(event) => setEnteredOn(event.target.value)} />}
          </FormField>
          <p>
            <label>
              <input type="checkbox" checked={correction} onChange={(event) => setCorrection(event.target.checked)} />{' '}
              <FormattedMessage id="teamPath.correction" />
            </label>
          </p>
          <FormField label={intl.formatMessage({ id: 'teamPath.note' })} problems={fieldProblemsOf(moving.problems, 'note')}>
            {(props) => <textarea {...props} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
          </FormField>
          <button type="submit" className="button" disabled={moving.running}>
            <FormattedMessage id="teamPath.move" />
          </button>
          <div role="status">
            {saved && (
              <p className="alert alert--success">
                <FormattedMessage id="teamPath.moved" />
              </p>
            )}
          </div>
        </form>
      </section>
      <section aria-labelledby="team-path-checklist" className="card">
        <h2 id="team-path-checklist">
          <FormattedMessage id="teamPath.checklist" />
        </h2>
        {PHASES.filter((value) => team.checklist?.some((item) => item.phase === value)).map((value) => (
          <fieldset key={value}>
            <legend>{phaseName(value)}</legend>
            {(team.checklist ?? [])
              .filter((item) => item.phase === value)
              .map((item) => (
                <ChecklistItem key={item.key} teamId={team.id} item={item} onChanged={onChanged} />
              ))}
          </fieldset>
        ))}
      </section>
      {team.followUps && team.followUps.length > 0 && (
        <section aria-labelledby="team-path-follow-ups" className="card">
          <h2 id="team-path-follow-ups">
            <FormattedMessage id="teamPath.followUps" />
          </h2>
          <FollowUps followUps={team.followUps} />
        </section>
      )}
    </>
  );
}

/** One item: shown ticked at once (the server's answer confirms or undoes it). */
function ChecklistItem({ teamId, item, onChanged }: { teamId: string; item: NonNullable<Team['checklist']>[number]; onChanged(): void }) {
  const { language } = usePortal();
  const [done, setDone] = useState(item.done);
  const [tick, ticking] = useMutation(TickTeamChecklistItem);
  return (
    <div>
      <ProblemMessage problems={ticking.problems} />
      <p>
        <label>
          <input
            type="checkbox"
            checked={done}
            disabled={ticking.running}
            onChange={async (event) => {
              const wanted = event.target.checked;
              setDone(wanted);
              const outcome = await tick({ input: { teamId, item: item.key, done: wanted } });
              if (outcome.data) onChanged();
              else setDone(!wanted);
            }}
          />{' '}
          {language === 'en' ? item.labelEn : item.labelNl}
        </label>
        {item.tickedAt && (
          <span className="muted">
            {' '}
            <FormattedMessage
              id="teamPath.tickedBy"
              values={{ date: formatLocalDate(item.tickedAt.slice(0, 10), language), who: item.tickedBy ?? '' }}
            />
          </span>
        )}
      </p>
    </div>
  );
}
