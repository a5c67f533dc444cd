import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { Problem } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { amsterdamDate, formatLocalDate, formatMoney, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { ClaimsQueuePageQuery } from '../../gql/graphql';
import { Loading, Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { ClaimDecision, type ClaimDecisionKind } from '../shared/claim-decision';
import './admin-money.css';

const PAGE_SIZE = 20;

const ClaimsQueuePageQueryDocument = graphql(`
  query ClaimsQueuePage($first: Int!, $after: String) {
    expenseClaimQueue(first: $first, after: $after, status: SUBMITTED) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          description
          createdAt
          version
          total {
            cents
            currency
          }
          items {
            id
            category
            spentOn
            receiptRef
            amount {
              cents
              currency
            }
            receipt {
              viewUrl
            }
          }
          volunteer {
            id
            displayName
          }
          team {
            id
            name
          }
        }
      }
    }
  }
`);

type Connection = NonNullable<ClaimsQueuePageQuery['expenseClaimQueue']>;
type Claim = Connection['edges'][number]['node'];
type Decision = ClaimDecisionKind;

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What went wrong deciding on a claim, in the words that fit: one's own claim, a cap, the rest as the kind says. */
function decisionProblems(problems: Problem[]): Problem[] {
  return problems.map((problem) =>
    problem.kind === 'FORBIDDEN'
      ? { ...problem, messageId: 'claimsQueue.refused.own' }
      : problem.kind === 'LIMIT_EXCEEDED'
        ? { ...problem, messageId: 'claimsQueue.refused.cap' }
        : problem.kind === 'BAD_USER_INPUT' && problem.fields.some((field) => field.field === 'id' && /budget/i.test(field.serverMessage))
          ? { ...problem, messageId: 'claimsQueue.refused.noBudget' }
          : problem,
  );
}

/** The national office's queue of expense claims from every team that wait for a decision, the oldest first. */
export default function ClaimsQueuePage() {
  const intl = useIntl();
  const query = useQuery(ClaimsQueuePageQueryDocument, { first: PAGE_SIZE });
  const [loadMore, more, resetMore] = useMutation(ClaimsQueuePageQueryDocument);
  const [later, setLater] = useState<Connection[]>([]);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  if (query.loading && !query.data) return <Loading />;
  const first = query.data?.expenseClaimQueue;
  const pages = first ? [first, ...later] : [];
  const claims = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const last = pages.at(-1);

  function reload() {
    setLater([]);
    resetMore();
    query.reload();
  }

  function decided(claim: Claim, decision: Decision) {
    setAnnouncement(
      intl.formatMessage(
        { id: `claimsQueue.${decision}` },
        { name: claim.volunteer.displayName, team: claim.team.name, amount: formatMoney(claim.total.cents, claim.total.currency) },
      ),
    );
    reload();
  }

  async function showMore() {
    if (!last?.pageInfo.endCursor) return;
    const outcome = await loadMore({ first: PAGE_SIZE, after: last.pageInfo.endCursor });
    const page = outcome.data?.expenseClaimQueue;
    if (page) setLater((previous) => [...previous, page]);
  }

  return (
    <Page titleId="claimsQueue.title">
      <p>
        <FormattedMessage id="claimsQueue.intro" />
      </p>
      <div role="status">{announcement && <p className="alert alert--success">{announcement}</p>}</div>
      {!first && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {first && (
        <section className="card" aria-labelledby="claims-queue">
          <h2 id="claims-queue">
            <FormattedMessage id="claimsQueue.waiting" values={{ count: first.totalCount }} />
          </h2>
          {claims.length === 0 ? (
            <p>
              <FormattedMessage id="claimsQueue.none" />
            </p>
          ) : (
            <ol className="list">
              {claims.map((claim) => (
                <QueuedClaim key={claim.id} claim={claim} onDecided={(decision) => decided(claim, decision)} onStale={reload} />
              ))}
            </ol>
          )}
          <ProblemMessage problems={more.problems} />
          {last?.pageInfo.hasNextPage && (
            <div className="button-row">
              <button type="button" className="button button--secondary" disabled={more.running} onClick={showMore}>
                <FormattedMessage id="claimsQueue.more" values={{ shown: claims.length, total: first.totalCount }} />
              </button>
            </div>
          )}
        </section>
      )}
    </Page>
  );
}

function QueuedClaim({ claim, onDecided, onStale }: { claim: Claim; onDecided(decision: Decision): void; onStale(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const session = useSession();
  const [problems, setProblems] = useState<Problem[]>([]);
  const headingId = `claim-${claim.id}`;
  const made = amsterdamDate(new Date(claim.createdAt));
  const age = Math.max(0, daysBetween(made, todayInAmsterdam()));
  const own = !!session.volunteerId && claim.volunteer.id.toLowerCase() === session.volunteerId.toLowerCase();
  const amount = formatMoney(claim.total.cents, claim.total.currency);

  const failed = (outcome: Problem[]) => {
    setProblems(decisionProblems(outcome));
    // Someone else decided first, or the claim changed: the queue shows it as it is now.
    if (outcome.some((problem) => problem.kind === 'CONFLICT' || problem.kind === 'NOT_FOUND')) onStale();
  };

  return (
    <li aria-labelledby={headingId} data-testid="queued-claim">
      <h3 id={headingId} className="admin-money-title">
        <FormattedMessage id="claimsQueue.heading" values={{ team: claim.team.name, amount }} />
      </h3>
      <dl className="admin-money-facts">
        <dt>
          <FormattedMessage id="claimsQueue.claimant" />
        </dt>
        <dd>{claim.volunteer.displayName}</dd>
        <dt>
          <FormattedMessage id="claimsQueue.team" />
        </dt>
        <dd>{claim.team.name}</dd>
        <dt>
          <FormattedMessage id="claimsQueue.amount" />
        </dt>
        <dd className="admin-money-amount">{amount}</dd>
        <dt>
          <FormattedMessage id="claimsQueue.description" />
        </dt>
        <dd>{claim.description || <FormattedMessage id="claimsQueue.noDescription" />}</dd>
        <dt>
          <FormattedMessage id="claimsQueue.receipts" />
        </dt>
        <dd>
          <FormattedMessage id="claimsQueue.receiptCount" values={{ count: claim.items.length }} />
        </dd>
        <dt>
          <FormattedMessage id="claimsQueue.age" />
        </dt>
        <dd>
          <FormattedMessage id="claimsQueue.ageValue" values={{ date: formatLocalDate(made, language), days: age }} />
        </dd>
      </dl>
      <ul
        className="admin-money-items"
        aria-label={intl.formatMessage({ id: 'claimsQueue.itemsLabel' }, { team: claim.team.name, amount })}
      >
        {claim.items.map((item, index) => (
          <li key={index}>
            <FormattedMessage id={`money.expenseCategory.${item.category}`} /> · {formatLocalDate(item.spentOn, language)} ·{' '}
            {formatMoney(item.amount.cents, item.amount.currency)}
          </li>
        ))}
      </ul>
      <ProblemMessage problems={problems} />
      {own ? (
        <p className="alert alert--info">
          <FormattedMessage id="claimsQueue.own" />
        </p>
      ) : (
        <ClaimDecision claim={claim} onDecided={onDecided} onFailed={failed} onStart={() => setProblems([])} />
      )}
    </li>
  );
}
