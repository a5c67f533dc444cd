import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '../../api/hooks';
import type { FieldProblem } from '../../api/problems';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { MissingPart } from '../../ui/problem-message';

const PeopleTeams = graphql(`
  query PeopleTeams {
    teams(first: 100) {
      edges {
        node {
          id
          name
          status
          neighbourhood {
            id
            city
          }
        }
      }
    }
  }
`);

/** A choice of team by name (with its city), for finding people in it or importing people into it. */
export function PeopleTeamSelect({
  label,
  emptyLabelId,
  value,
  onChange,
  problems,
  required,
}: {
  label: ReactNode;
  emptyLabelId: string;
  value: string;
  onChange: (teamId: string) => void;
  problems?: FieldProblem[];
  required?: boolean;
}) {
  const intl = useIntl();
  const query = useQuery(PeopleTeams, {});
  const teams = [...(query.data?.teams.edges ?? []).map((edge) => edge.node)].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <div>
      <FormField label={label} problems={problems}>
        {(props) => (
          <select {...props} required={required} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{intl.formatMessage({ id: query.loading && !query.data ? 'common.loading' : emptyLabelId })}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.neighbourhood?.city ? `${team.name} (${team.neighbourhood.city})` : team.name}
                {team.status === 'CLOSED' ? ` — ${intl.formatMessage({ id: 'people.team.closed' })}` : ''}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {!query.loading && !query.data && query.problems.length > 0 && <MissingPart onRetry={query.reload} />}
      {query.data && teams.length === 0 && (
        <p className="muted">
          <FormattedMessage id="people.team.none" />
        </p>
      )}
    </div>
  );
}
