import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import {
  monthLabel,
  MonthSummaryPageQueryDocument,
  MonthSummaryPreview,
  previousMonth,
  recentMonths,
} from '../coordinator/month-summary-view';

const MonthSummaryTeams = graphql(`
  query MonthSummaryTeams {
    teams(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PublishTeamMonthSummary = graphql(`
  mutation PublishTeamMonthSummary($id: ID!, $version: Int!) {
    publishTeamMonthSummary(id: $id, version: $version) {
      id
      status
    }
  }
`);

/** The foundation publishes a team's monthly summary that its coordinator wrote. */
export default function MonthSummariesPage() {
  const intl = useIntl();
  const { language } = usePortal();
  const teams = useQuery(MonthSummaryTeams, {});
  const [teamId, setTeamId] = useState('');
  const [month, setMonth] = useState(previousMonth());
  const query = useQuery(MonthSummaryPageQueryDocument, { teamId, month, language: language === 'en' ? 'EN' : 'NL' }, { skip: !teamId });
  const [publish, publishing] = useMutation(PublishTeamMonthSummary);
  const team = query.data?.team;
  const summary = team?.monthSummary;
  return (
    <Page titleId="monthSummary.adminTitle">
      <ProblemMessage problems={teams.problems} onRetry={teams.reload} />
      <FormField label={intl.formatMessage({ id: 'monthSummary.team' })}>
        {(props) => (
          <select {...props} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'monthSummary.chooseTeam' })}</option>
            {(teams.data?.teams.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={intl.formatMessage({ id: 'monthSummary.month' })}>
        {(props) => (
          <select {...props} value={month} onChange={(event) => setMonth(event.target.value)}>
            {recentMonths().map((value) => (
              <option key={value} value={value}>
                {monthLabel(value, language)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {teamId && query.loading && !team && <Loading />}
      {teamId && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {team && !summary && (
        <p>
          <FormattedMessage id="monthSummary.none" />
        </p>
      )}
      {team && summary && (
        <>
          <MonthSummaryPreview team={team} />
          {summary.status === 'DRAFT' && (
            <p>
              <ProblemMessage problems={publishing.problems} />
              <button
                type="button"
                className="button"
                disabled={publishing.running}
                onClick={async () => {
                  if ((await publish({ id: summary.id, version: summary.version })).data) query.reload();
                }}
              >
                <FormattedMessage id="monthSummary.publish" />
              </button>
            </p>
          )}
        </>
      )}
    </Page>
  );
}
