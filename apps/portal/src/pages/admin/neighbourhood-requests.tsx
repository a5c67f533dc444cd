import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { amsterdamDate, formatLocalDate } from '../../format/format';
import { graphql } from '../../gql';
import type { NeighbourhoodRequestsPageQuery, NeighbourhoodRequestStatus } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';

const NeighbourhoodRequestsPageQueryDocument = graphql(`
  query NeighbourhoodRequestsPage($status: NeighbourhoodRequestStatus) {
    neighbourhoodRequests(status: $status, first: 200) {
      id
      postcode
      requesterKind
      organisation
      reason
      contactName
      contactEmail
      contactPhone
      language
      status
      declineReason
      followUpNote
      createdAt
      closedAt
      contactDeletedAt
      version
      neighbourhood {
        id
        name
        city
        teams {
          id
          name
        }
      }
      team {
        id
        name
      }
    }
  }
`);

const FollowUp = graphql(`
  mutation FollowUpNeighbourhoodRequest($input: FollowUpNeighbourhoodRequestInput!) {
    followUpNeighbourhoodRequest(input: $input) {
      id
      status
      version
    }
  }
`);

type Request = NeighbourhoodRequestsPageQuery['neighbourhoodRequests'][number];
const STATUSES: NeighbourhoodRequestStatus[] = ['NEW', 'IN_CONVERSATION', 'SCAN_PLANNED', 'DECLINED', 'BECAME_TEAM'];

/** Requests from the public form "Een team in uw buurt?", newest first, with where each one's follow-up stands. */
export default function NeighbourhoodRequestsPage() {
  const intl = useIntl();
  const [status, setStatus] = useState<NeighbourhoodRequestStatus | ''>('NEW');
  const query = useQuery(NeighbourhoodRequestsPageQueryDocument, { status: status || null });
  const requests = query.data?.neighbourhoodRequests;
  return (
    <Page titleId="requests.title">
      <p>
        <FormattedMessage id="requests.intro" />
      </p>
      <FormField label={intl.formatMessage({ id: 'requests.filter' })}>
        {(props) => (
          <select {...props} value={status} onChange={(event) => setStatus(event.target.value as NeighbourhoodRequestStatus | '')}>
            <option value="">{intl.formatMessage({ id: 'requests.all' })}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {intl.formatMessage({ id: `requests.status.${value}` })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.loading && !requests && <Loading />}
      {requests && !requests.length && (
        <p>
          <FormattedMessage id="requests.none" />
        </p>
      )}
      {requests && requests.length > 0 && (
        <ul className="list">
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} onChanged={query.reload} />
          ))}
        </ul>
      )}
    </Page>
  );
}

function RequestCard({ request, onChanged }: { request: Request; onChanged(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const [followUp, following] = useMutation(FollowUp);
  const [status, setStatus] = useState(request.status);
  const [declineReason, setDeclineReason] = useState(request.declineReason ?? '');
  const [teamId, setTeamId] = useState(request.team?.id ?? request.neighbourhood?.teams[0]?.id ?? '');
  const [note, setNote] = useState(request.followUpNote ?? '');
  const [saved, setSaved] = useState(false);
  const headingId = `request-${request.id}`;
  const place = request.neighbourhood ? `${request.neighbourhood.name}, ${request.neighbourhood.city}` : request.postcode;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await followUp({
      input: {
        id: request.id,
        version: request.version,
        status,
        declineReason: status === 'DECLINED' ? declineReason.trim() || null : null,
        teamId: status === 'BECAME_TEAM' ? teamId || null : null,
        followUpNote: note,
      },
    });
    if (outcome.data) {
      setSaved(true);
      onChanged();
    } else if (outcome.problems.some((problem) => problem.kind === 'CONFLICT')) onChanged();
  };

  return (
    <li className="card" data-testid="neighbourhood-request" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <FormattedMessage
          id="requests.heading"
          values={{
            place,
            kind: intl.formatMessage({ id: `requestTeam.kind.${request.requesterKind}` }),
            organisation: request.organisation ?? '',
          }}
        />
      </h2>
      <p className="muted">
        <FormattedMessage
          id="requests.received"
          values={{ date: formatLocalDate(amsterdamDate(new Date(request.createdAt)), language), postcode: request.postcode }}
        />
      </p>
      <blockquote>{request.reason}</blockquote>
      {request.status === 'DECLINED' && (
        <p>
          <FormattedMessage id="requests.declinedBecause" values={{ reason: request.declineReason ?? '' }} />
        </p>
      )}
      {request.team && (
        <p>
          <FormattedMessage id="requests.becameTeam" values={{ team: request.team.name }} />
        </p>
      )}
      {request.contactDeletedAt ? (
        <p>
          <FormattedMessage
            id="requests.contactDeleted"
            values={{ date: formatLocalDate(amsterdamDate(new Date(request.contactDeletedAt)), language) }}
          />
        </p>
      ) : (
        <p>
          {request.contactName} · <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a>
          {request.contactPhone && <> · {request.contactPhone}</>}
          {' · '}
          <FormattedMessage id={`requests.answersIn.${request.language}`} />
        </p>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <ProblemMessage problems={following.problems.filter((problem) => !problem.fields.length)} />
        <FormField label={intl.formatMessage({ id: 'requests.statusLabel' })}>
          {(props) => (
            <select {...props} value={status} onChange={(event) => setStatus(event.target.value as NeighbourhoodRequestStatus)}>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {intl.formatMessage({ id: `requests.status.${value}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {status === 'DECLINED' && (
          <FormField
            label={intl.formatMessage({ id: 'requests.declineReason' })}
            problems={fieldProblemsOf(following.problems, 'declineReason')}
          >
            {(props) => <input {...props} value={declineReason} onChange={(event) => setDeclineReason(event.target.value)} />}
          </FormField>
        )}
        {status === 'BECAME_TEAM' && (
          <FormField label={intl.formatMessage({ id: 'requests.team' })} problems={fieldProblemsOf(following.problems, 'teamId')}>
            {(props) => (
              <select {...props} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
                <option value="">{intl.formatMessage({ id: 'requests.chooseTeam' })}</option>
                {(request.neighbourhood?.teams ?? []).map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={intl.formatMessage({ id: 'requests.note' })} problems={fieldProblemsOf(following.problems, 'followUpNote')}>
          {(props) => <textarea {...props} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={following.running}>
          <FormattedMessage id="requests.save" />
        </button>
        <div role="status">
          {saved && (
            <p className="alert alert--success">
              <FormattedMessage id="requests.saved" />
            </p>
          )}
        </div>
      </form>
    </li>
  );
}
