import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatNumber } from '../../format/format';
import { graphql } from '../../gql';
import { MissingPart } from '../../ui/problem-message';
import { FollowUps } from '../shared/follow-ups';

// The team's place on its 4–6 year path; the hours per theme come from the activities service (Team.hours).
const TeamPathCardQuery = graphql(`
  query TeamPathCard($teamId: ID!, $year: Int!) {
    team(id: $teamId) {
      id
      phase {
        phase
        enteredOn
      }
      checklist {
        phase
        key
        labelNl
        labelEn
        done
      }
      followUps {
        monthsAfterHandOver
        dueOn
        due
        measurement {
          measuredOn
        }
      }
      yearlyReview(year: $year) {
        goals {
          theme
          goal
          targetHours
        }
      }
      hours(year: $year) {
        byTheme {
          theme
          approvedHours
        }
      }
    }
  }
`);

/** A small card on the coordinator's dashboard: the team's phase, the foundation's checklist for it, and this year's goals. */
export function TeamPathCard({ teamId, year }: { teamId: string; year: number }) {
  const intl = useIntl();
  const { language } = usePortal();
  const query = useQuery(TeamPathCardQuery, { teamId, year });
  const team = query.data?.team;
  const current = team?.phase?.phase;
  const checklist = (team?.checklist ?? []).filter((item) => item.phase === (current ?? 'EXPLORATION'));
  return (
    <section aria-labelledby="team-path">
      <h2 id="team-path">
        <FormattedMessage id="teamPath.cardTitle" />
      </h2>
      {!team && query.problems.length > 0 && <MissingPart onRetry={query.reload} />}
      {team && (
        <div className="card" data-testid="team-path-card">
          <p className="figure">
            {team.phase ? (
              <FormattedMessage
                id="teamPath.since"
                values={{
                  phase: intl.formatMessage({ id: `teamPath.phase.${team.phase.phase}` }),
                  date: formatLocalDate(team.phase.enteredOn, language),
                }}
              />
            ) : (
              <FormattedMessage id="teamPath.noPhase" />
            )}
          </p>
          <h3>
            <FormattedMessage id="teamPath.checklist" />
          </h3>
          <ul>
            {checklist.map((item) => (
              <li key={item.key}>
                <FormattedMessage id={item.done ? 'teamPath.done' : 'teamPath.open'} /> {language === 'en' ? item.labelEn : item.labelNl}
              </li>
            ))}
          </ul>
          {team.followUps && team.followUps.length > 0 && <FollowUps followUps={team.followUps} />}
          <h3>
            <FormattedMessage id="teamPath.goals" values={{ year }} />
          </h3>
          {team.yearlyReview?.goals.length ? (
            <ul>
              {team.yearlyReview.goals.map((goal) => {
                const hours = team.hours?.byTheme.find((row) => row.theme === goal.theme)?.approvedHours ?? 0;
                return (
                  <li key={goal.theme}>
                    <strong>{intl.formatMessage({ id: `common.theme.${goal.theme}` })}</strong>: {goal.goal}{' '}
                    <FormattedMessage
                      id={goal.targetHours === null || goal.targetHours === undefined ? 'teamPath.hoursSoFar' : 'teamPath.hoursOfTarget'}
                      values={{ hours: formatNumber(hours, 1), target: formatNumber(goal.targetHours ?? 0) }}
                    />
                  </li>
                );
              })}
            </ul>
          ) : (
            <p>
              <FormattedMessage id="teamPath.noGoals" />
            </p>
          )}
        </div>
      )}
    </section>
  );
}
