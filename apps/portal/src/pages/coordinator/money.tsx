import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { problemsAt } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { amsterdamDate, formatLocalDate, formatMoney, monthOf, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { MoneyPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import './money.css';

const MoneyPageQueryDocument = graphql(`
  query MoneyPage($teamId: ID!, $year: Int!, $month: String!) {
    team(id: $teamId) {
      id
      name
      budget(year: $year) {
        category
        allocated {
          cents
          currency
        }
        spent {
          cents
          currency
        }
        left {
          cents
          currency
        }
      }
      allowancesNearCap(month: $month) {
        month
        usedThisMonth {
          cents
          currency
        }
        usedThisYear {
          cents
          currency
        }
        monthlyCap {
          cents
          currency
        }
        yearlyCap {
          cents
          currency
        }
        volunteer {
          id
          displayName
        }
      }
      expenseClaims(first: 100, status: SUBMITTED) {
        totalCount
        edges {
          node {
            id
            status
            description
            version
            createdAt
            total {
              cents
              currency
            }
            items {
              category
              spentOn
              amount {
                cents
                currency
              }
            }
            volunteer {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

const MoneyApproveClaim = graphql(`
  mutation MoneyApproveClaim($id: ID!, $version: Int!, $idempotencyKey: String!) {
    approveExpenseClaim(id: $id, version: $version, idempotencyKey: $idempotencyKey) {
      id
      status
      version
    }
  }
`);

const MoneyRejectClaim = graphql(`
  mutation MoneyRejectClaim($input: DecideExpenseClaimInput!) {
    rejectExpenseClaim(input: $input) {
      id
      status
      version
    }
  }
`);

const MoneyReturnClaim = graphql(`
  mutation MoneyReturnClaim($input: DecideExpenseClaimInput!) {
    returnExpenseClaim(input: $input) {
      id
      status
      version
    }
  }
`);

type Team = NonNullable<MoneyPageQuery['team']>;
type Claim = NonNullable<Team['expenseClaims']>['edges'][number]['node'];
type Decision = 'approved' | 'rejected' | 'returned';

/** A coordinator's money page: the team's budget this year, who is near an allowance limit, and claims to decide on. */
export default function MoneyPage() {
  const session = useSession();
  const today = todayInAmsterdam();
  const year = Number(today.slice(0, 4));
  const month = monthOf(today);
  const teamId = session.teamIds[0];
  const query = useQuery(MoneyPageQueryDocument, { teamId: teamId ?? '', year, month }, { skip: !teamId });
  if (!teamId) {
    return (
      <Page titleId="money.title">
        <p>
          <FormattedMessage id="money.noTeam" />
        </p>
      </Page>
    );
  }
  if (query.loading && !query.data) return <Loading />;
  const team = query.data?.team;
  return (
    <Page titleId="money.title">
      {!team && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {team && (
        <>
          <p>
            <FormattedMessage id="money.intro" values={{ team: team.name }} />
          </p>
          <ClaimsToDecide team={team} missing={problemsAt(query.problems, 'team', 'expenseClaims').length > 0} reload={query.reload} />
          <Budget team={team} year={year} reload={query.reload} />
          <NearCap team={team} month={month} reload={query.reload} />
        </>
      )}
    </Page>
  );
}

function Budget({ team, year, reload }: { team: Team; year: number; reload(): void }) {
  const intl = useIntl();
  const lines = team.budget;
  return (
    <section className="card money-section" aria-labelledby="money-budget">
      <h2 id="money-budget">
        <FormattedMessage id="money.budget.title" values={{ year }} />
      </h2>
      {lines ? (
        lines.length ? (
          <div className="table-wrap" role="region" aria-labelledby="money-budget" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{intl.formatMessage({ id: 'money.budget.caption' }, { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="money.budget.category" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="money.budget.allocated" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="money.budget.spent" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="money.budget.left" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => (
                  <tr key={line.category}>
                    <th scope="row">
                      <FormattedMessage id={`money.category.${line.category}`} />
                    </th>
                    <td className="number">{formatMoney(line.allocated.cents, line.allocated.currency)}</td>
                    <td className="number">{formatMoney(line.spent.cents, line.spent.currency)}</td>
                    <td className={`number${line.left.cents < 0 ? ' money-negative' : ''}`}>{formatMoney(line.left.cents, line.left.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>
            <FormattedMessage id="money.budget.none" values={{ year }} />
          </p>
        )
      ) : (
        <MissingPart onRetry={reload} />
      )}
    </section>
  );
}

function NearCap({ team, month, reload }: { team: Team; month: string; reload(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const standings = team.allowancesNearCap;
  const monthName = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <section className="card money-section" aria-labelledby="money-cap">
      <h2 id="money-cap">
        <FormattedMessage id="money.cap.title" />
      </h2>
      <p>
        <FormattedMessage id="money.cap.intro" values={{ month: monthName }} />
      </p>
      {standings ? (
        standings.length ? (
          <div className="table-wrap" role="region" aria-labelledby="money-cap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{intl.formatMessage({ id: 'money.cap.caption' }, { month: monthName })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="money.cap.name" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="money.cap.thisMonth" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="money.cap.thisYear" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {standings.map((standing) => (
                  <tr key={standing.volunteer.id}>
                    <th scope="row">{standing.volunteer.displayName}</th>
                    <td className="number">
                      <FormattedMessage id="money.cap.usedOf" values={{ used: formatMoney(standing.usedThisMonth.cents, standing.usedThisMonth.currency), cap: formatMoney(standing.monthlyCap.cents, standing.monthlyCap.currency) }} />
                    </td>
                    <td className="number">
                      <FormattedMessage id="money.cap.usedOf" values={{ used: formatMoney(standing.usedThisYear.cents, standing.usedThisYear.currency), cap: formatMoney(standing.yearlyCap.cents, standing.yearlyCap.currency) }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>
            <FormattedMessage id="money.cap.none" />
          </p>
        )
      ) : (
        <MissingPart onRetry={reload} />
      )}
    </section>
  );
}

function ClaimsToDecide({ team, missing, reload }: { team: Team; missing: boolean; reload(): void }) {
  const intl = useIntl();
  const session = useSession();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [approve, approving] = useMutation(MoneyApproveClaim);
  const [problemsOfDecision, setProblemsOfDecision] = useState(approving.problems);
  const claims = (team.expenseClaims?.edges ?? []).map((edge) => edge.node);
  const isOwn = (claim: Claim) => claim.volunteer.id.toLowerCase() === session.volunteerId?.toLowerCase();

  const decided = (claim: Claim, decision: Decision) => {
    setAnnouncement(intl.formatMessage({ id: `money.claims.${decision}` }, { name: claim.volunteer.displayName, amount: formatMoney(claim.total.cents, claim.total.currency) }));
    setProblemsOfDecision([]);
    reload();
  };
  const failed = (problems: typeof approving.problems) => {
    setAnnouncement(null);
    setProblemsOfDecision(problems);
    // Someone else decided first, or the claim changed: show it as it is now.
    if (problems.some((problem) => problem.kind === 'CONFLICT' || problem.kind === 'NOT_FOUND')) reload();
  };
  const approveClaim = async (claim: Claim) => {
    setAnnouncement(null);
    const outcome = await approve({ id: claim.id, version: claim.version, idempotencyKey: crypto.randomUUID() });
    if (outcome.data?.approveExpenseClaim) decided(claim, 'approved');
    else failed(outcome.problems);
  };

  return (
    <section className="card money-section" aria-labelledby="money-claims">
      <h2 id="money-claims">
        <FormattedMessage id="money.claims.title" />
      </h2>
      <ProblemMessage problems={problemsOfDecision} />
      <div role="status">{announcement && <p className="alert alert--success">{announcement}</p>}</div>
      {team.expenseClaims && !missing ? (
        claims.length ? (
          <ul className="list">
            {claims.map((claim) => (
              <li key={claim.id} data-testid="claim-to-decide" aria-labelledby={`money-claim-${claim.id}`}>
                <h3 id={`money-claim-${claim.id}`} className="money-claim-title">
                  <FormattedMessage id="money.claims.heading" values={{ name: claim.volunteer.displayName, amount: formatMoney(claim.total.cents, claim.total.currency) }} />
                </h3>
                <ClaimDetails claim={claim} />
                {isOwn(claim) ? (
                  <p className="alert alert--info">
                    <FormattedMessage id="money.claims.own" />
                  </p>
                ) : (
                  <Decide claim={claim} approving={approving.running} onApprove={() => approveClaim(claim)} onDecided={(decision) => decided(claim, decision)} onFailed={failed} />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <FormattedMessage id="money.claims.none" />
          </p>
        )
      ) : (
        <MissingPart onRetry={reload} />
      )}
    </section>
  );
}

function ClaimDetails({ claim }: { claim: Claim }) {
  const { language } = usePortal();
  return (
    <>
      <p className="money-claim-description">{claim.description || <FormattedMessage id="money.claims.noDescription" />}</p>
      <ul className="money-items">
        {claim.items.map((item, index) => (
          <li key={index}>
            <FormattedMessage id={`money.expenseCategory.${item.category}`} /> · {formatLocalDate(item.spentOn, language)} · {formatMoney(item.amount.cents, item.amount.currency)}
          </li>
        ))}
      </ul>
      <p className="muted">
        <FormattedMessage id="money.claims.submittedAfter" values={{ date: formatLocalDate(amsterdamDate(new Date(claim.createdAt)), language) }} />
      </p>
    </>
  );
}

function Decide({
  claim,
  approving,
  onApprove,
  onDecided,
  onFailed,
}: {
  claim: Claim;
  approving: boolean;
  onApprove(): void;
  onDecided(decision: Decision): void;
  onFailed(problems: Parameters<typeof fieldProblemsOf>[0]): void;
}) {
  const intl = useIntl();
  const [giving, setGiving] = useState<'reject' | 'return' | null>(null);
  const [reason, setReason] = useState('');
  const [reject, rejecting] = useMutation(MoneyRejectClaim);
  const [sendBack, returning] = useMutation(MoneyReturnClaim);
  const state = giving === 'reject' ? rejecting : returning;
  const [tooShort, setTooShort] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    const input = { id: claim.id, version: claim.version, reason: reason.trim() };
    const outcome = giving === 'reject' ? await reject({ input }) : await sendBack({ input });
    if (outcome.data && ('rejectExpenseClaim' in outcome.data || 'returnExpenseClaim' in outcome.data)) onDecided(giving === 'reject' ? 'rejected' : 'returned');
    else if (!outcome.problems.some((problem) => problem.kind === 'BAD_USER_INPUT')) onFailed(outcome.problems);
  };

  const name = claim.volunteer.displayName;
  if (giving) {
    const reasonProblems = [...(tooShort ? [{ field: 'reason', serverMessage: '', messageId: 'money.claims.reasonNeeded' }] : []), ...fieldProblemsOf(state.problems, 'reason')];
    return (
      <form onSubmit={submit} noValidate className="money-reason-form">
        <FormField
          label={<FormattedMessage id={giving === 'reject' ? 'money.claims.rejectReason' : 'money.claims.returnReason'} />}
          hint={<FormattedMessage id="money.claims.reasonHint" />}
          problems={reasonProblems}
        >
          {(props) => <textarea {...props} rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
        <div className="button-row">
          <button type="submit" className={giving === 'reject' ? 'button button--danger' : 'button'} disabled={state.running}>
            <FormattedMessage id={giving === 'reject' ? 'money.claims.confirmReject' : 'money.claims.confirmReturn'} />
          </button>
          <button type="button" className="button button--secondary" onClick={() => setGiving(null)}>
            <FormattedMessage id="common.cancel" />
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="button-row">
      <button type="button" className="button" disabled={approving} onClick={onApprove} aria-label={intl.formatMessage({ id: 'money.claims.approveLabel' }, { name, amount: formatMoney(claim.total.cents, claim.total.currency) })}>
        <FormattedMessage id="money.claims.approve" />
      </button>
      <button type="button" className="button button--secondary" onClick={() => setGiving('return')} aria-label={intl.formatMessage({ id: 'money.claims.returnLabel' }, { name })}>
        <FormattedMessage id="money.claims.return" />
      </button>
      <button type="button" className="button button--secondary" onClick={() => setGiving('reject')} aria-label={intl.formatMessage({ id: 'money.claims.rejectLabel' }, { name })}>
        <FormattedMessage id="money.claims.reject" />
      </button>
    </div>
  );
}
