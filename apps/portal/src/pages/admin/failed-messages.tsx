import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatDateTime } from '../../format/format';
import { graphql } from '../../gql';
import type { FailedMessagesPageQuery } from '../../gql/graphql';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';

const FailedMessagesPageQueryDocument = graphql(`
  query FailedMessagesPage {
    failedMessages(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          template
          attempts
          lastError
          createdAt
          finishedAt
          requestId
          volunteer {
            id
            displayName
          }
        }
      }
    }
  }
`);

const RetryFailedMessage = graphql(`
  mutation RetryFailedMessage($id: ID!) {
    retryFailedMessage(id: $id) {
      id
    }
  }
`);

type FailedMessage = FailedMessagesPageQuery['failedMessages']['edges'][number]['node'];

/**
 * "Berichten": e-mails given up after every try (dead letters), newest first, with the mail server's last answer. Sending
 * again puts the message back in the outbox; only a message that was never sent can be, so nobody gets it twice.
 */
export default function FailedMessagesPage() {
  const query = useQuery(FailedMessagesPageQueryDocument, {});
  // Said here, not on the card: a message sent again is no longer a dead letter, so its card leaves the list.
  const [queued, setQueued] = useState(false);
  const messages = query.data?.failedMessages.edges.map((edge) => edge.node);
  return (
    <Page titleId="failedMessages.title">
      <p>
        <FormattedMessage id="failedMessages.intro" />
      </p>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      <div role="status">
        {queued && (
          <p className="alert alert--success">
            <FormattedMessage id="failedMessages.queued" />
          </p>
        )}
      </div>
      {query.loading && !messages && <Loading />}
      {messages && !messages.length && (
        <p>
          <FormattedMessage id="failedMessages.none" />
        </p>
      )}
      {messages && messages.length > 0 && (
        <>
          <p>
            <FormattedMessage id="failedMessages.count" values={{ count: query.data!.failedMessages.totalCount }} />
          </p>
          <ul className="list">
            {messages.map((message) => (
              <FailedMessageCard
                key={message.id}
                message={message}
                onRetried={() => {
                  setQueued(true);
                  query.reload();
                }}
              />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function FailedMessageCard({ message, onRetried }: { message: FailedMessage; onRetried(): void }) {
  const { language } = usePortal();
  const [retry, retrying] = useMutation(RetryFailedMessage);
  const headingId = `failed-${message.id}`;
  const send = async () => {
    const outcome = await retry({ id: message.id });
    if (outcome.data) onRetried();
  };
  return (
    <li className="card" aria-labelledby={headingId} data-testid="failed-message">
      <h2 id={headingId}>
        <FormattedMessage id={`failedMessages.kind.${message.kind}`} />
      </h2>
      <dl>
        <dt>
          <FormattedMessage id="failedMessages.recipient" />
        </dt>
        <dd>
          {message.volunteer ? (
            <Link href={`/beheer/mensen/${message.volunteer.id}`}>{message.volunteer.displayName}</Link>
          ) : (
            <Link href="/beheer/aanvragen">
              <FormattedMessage id="failedMessages.requester" />
            </Link>
          )}
        </dd>
        <dt>
          <FormattedMessage id="failedMessages.event" />
        </dt>
        <dd>{message.template}</dd>
        <dt>
          <FormattedMessage id="failedMessages.givenUp" />
        </dt>
        <dd>
          <FormattedMessage
            id="failedMessages.attempts"
            values={{ attempts: message.attempts, when: message.finishedAt ? formatDateTime(message.finishedAt, language) : '' }}
          />
        </dd>
        {message.lastError && (
          <>
            <dt>
              <FormattedMessage id="failedMessages.lastError" />
            </dt>
            <dd>
              <code>{message.lastError}</code>
            </dd>
          </>
        )}
      </dl>
      <ProblemMessage problems={retrying.problems} />
      <button type="button" className="button" disabled={retrying.running} onClick={() => void send()}>
        <FormattedMessage id="failedMessages.retry" />
      </button>
    </li>
  );
}
