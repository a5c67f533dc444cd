import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '../../api/hooks';
import { type Problem, problemsAt } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { amsterdamDate, formatLocalDate, formatMoney, monthOf, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { MoneyPageQuery } from '../../gql/graphql';
import { Loading, Page } from '../../ui/page';
import { MissingPart, ProblemMessage } from '../../ui/problem-message';
import { ClaimDecision, type ClaimDecisionKind } from '../shared/claim-decision';
import './money.css';

const MoneyPageQueryDocument = graphql(`
  query MoneyPage($teamId: ID!, $year: Int!, $month: String!, $claimsPageSize: Int!) {
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
        limitsConfirmed
        volunteer {
          id
          displayName
        }
      }
      heldAllowances {
        id
        month
        hoursOn
        amount {
          cents
          currency
        }
        reason
        limitsConfirmed
        volunteer {
          id
          displayName
        }
      }
      expenseClaims(first: $claimsPageSize, status: SUBMITTED) {
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
              id
              category
              kind
              spentOn
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
          }
        }
      }
    }
  }
`);

/** Claims shown at once, each with its items and receipts: a page that stays well under the gateway's cost limit. */
const CLAIMS_PAGE_SIZE = 50;

type Team = NonNullable<MoneyPageQuery['team']>;
type Claim = NonNullable<Team['expenseClaims']>['edges'][number]['node'];

/** A coordinator's money page: the team's budget this year, who is near an allowance limit, and claims to decide on. */
export default function MoneyPage() {
  const session = useSession();
  const today = todayInAmsterdam();
  const year = Number(today.slice(0, 4));
  const month = monthOf(today);
  const teamId = session.teamIds[0];
  const query = useQuery(
    MoneyPageQueryDocument,
    { teamId: teamId ?? '', year, month, claimsPageSize: CLAIMS_PAGE_SIZE },
    { skip: !teamId },
  );
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
          <HeldAllowances team={team} missing={problemsAt(query.problems, 'team', 'heldAllowances').length > 0} reload={query.reload} />
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
                    <td className={`number${line.left.cents < 0 ? ' money-negative' : ''}`}>
                      {formatMoney(line.left.cents, line.left.currency)}
                    </td>
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
  const monthName = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
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
                    <th scope="row">
                      {standing.volunteer.displayName}
                      {!standing.limitsConfirmed && (
                        <span className="muted money-unconfirmed">
                          {' '}
                          <FormattedMessage id="money.limits.unconfirmed" />
                        </span>
                      )}
                    </th>
                    <td className="number">
                      <FormattedMessage
                        id="money.cap.usedOf"
                        values={{
                          used: formatMoney(standing.usedThisMonth.cents, standing.usedThisMonth.currency),
                          cap: formatMoney(standing.monthlyCap.cents, standing.monthlyCap.currency),
                        }}
                      />
                    </td>
                    <td className="number">
                      <FormattedMessage
                        id="money.cap.usedOf"
                        values={{
                          used: formatMoney(standing.usedThisYear.cents, standing.usedThisYear.currency),
                          cap: formatMoney(standing.yearlyCap.cents, standing.yearlyCap.currency),
                        }}
                      />
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

/** Hourly allowances that wait, with the reason in words: they are paid by themselves, as far as they fit, once the reason is gone. */
function HeldAllowances({ team, missing, reload }: { team: Team; missing: boolean; reload(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const held = team.heldAllowances;
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  return (
    <section className="card money-section" aria-labelledby="money-held">
      <h2 id="money-held">
        <FormattedMessage id="money.held.title" />
      </h2>
      <p>
        <FormattedMessage id="money.held.intro" />
      </p>
      {held && !missing ? (
        held.length ? (
          <div className="table-wrap" role="region" aria-labelledby="money-held" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{intl.formatMessage({ id: 'money.held.caption' }, { count: held.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="money.held.name" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="money.held.when" />
                  </th>
                  <th scope="col" className="number">
                    <FormattedMessage id="money.held.amount" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="money.held.reason" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {held.map((allowance) => (
                  <tr key={allowance.id} data-testid="held-allowance">
                    <th scope="row">{allowance.volunteer.displayName}</th>
                    <td>{allowance.hoursOn ? formatLocalDate(allowance.hoursOn, language) : monthName(allowance.month)}</td>
                    <td className="number">{formatMoney(allowance.amount.cents, allowance.amount.currency)}</td>
                    <td>
                      <FormattedMessage id={`money.held.because.${allowance.reason}`} values={{ year: allowance.month.slice(0, 4) }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>
            <FormattedMessage id="money.held.none" />
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
  const [problemsOfDecision, setProblemsOfDecision] = useState<Problem[]>([]);
  const claims = (team.expenseClaims?.edges ?? []).map((edge) => edge.node);
  const isOwn = (claim: Claim) => claim.volunteer.id.toLowerCase() === session.volunteerId?.toLowerCase();

  const decided = (claim: Claim, decision: ClaimDecisionKind) => {
    setAnnouncement(
      intl.formatMessage(
        { id: `money.claims.${decision}` },
        { name: claim.volunteer.displayName, amount: formatMoney(claim.total.cents, claim.total.currency) },
      ),
    );
    setProblemsOfDecision([]);
    reload();
  };
  const failed = (problems: Problem[]) => {
    setAnnouncement(null);
    setProblemsOfDecision(problems);
    // Someone else decided first, or the claim changed: show it as it is now.
    if (problems.some((problem) => problem.kind === 'CONFLICT' || problem.kind === 'NOT_FOUND')) reload();
  };

  return (
    <section className="card money-section" aria-labelledby="money-claims">
      <h2 id="money-claims">
        <FormattedMessage id="money.claims.title" />
      </h2>
      <ProblemMessage problems={problemsOfDecision} />
      <div role="status">{announcement && <p className="alert alert--success">{announcement}</p>}</div>
      {team.expenseClaims && !missing && team.expenseClaims.totalCount > claims.length && (
        <p className="alert alert--info">
          <FormattedMessage id="money.claims.more" values={{ shown: claims.length, total: team.expenseClaims.totalCount }} />
        </p>
      )}
      {team.expenseClaims && !missing ? (
        claims.length ? (
          <ul className="list">
            {claims.map((claim) => (
              <li key={claim.id} data-testid="claim-to-decide" aria-labelledby={`money-claim-${claim.id}`}>
                <h3 id={`money-claim-${claim.id}`} className="money-claim-title">
                  <FormattedMessage
                    id="money.claims.heading"
                    values={{ name: claim.volunteer.displayName, amount: formatMoney(claim.total.cents, claim.total.currency) }}
                  />
                </h3>
                <ClaimDetails claim={claim} />
                {isOwn(claim) ? (
                  <p className="alert alert--info">
                    <FormattedMessage id="money.claims.own" />
                  </p>
                ) : (
                  <ClaimDecision
                    claim={claim}
                    onDecided={(decision) => decided(claim, decision)}
                    onFailed={failed}
                    onStart={() => setAnnouncement(null)}
                  />
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
            <FormattedMessage id={`money.expenseCategory.${item.category}`} /> (<FormattedMessage id={`money.itemKind.${item.kind}`} />) ·{' '}
            {formatLocalDate(item.spentOn, language)} · {formatMoney(item.amount.cents, item.amount.currency)}
          </li>
        ))}
      </ul>
      <p className="muted">
        <FormattedMessage
          id="money.claims.submittedAfter"
          values={{ date: formatLocalDate(amsterdamDate(new Date(claim.createdAt)), language) }}
        />
      </p>
    </>
  );
}
