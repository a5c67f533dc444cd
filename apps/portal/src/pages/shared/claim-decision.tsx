import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { formatMoney } from '../../format/format';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { fieldProblemsOf } from '../../ui/problem-message';
import './claim-decision.css';

const ClaimDecisionApprove = graphql(`
  mutation ClaimDecisionApprove($id: ID!, $version: Int!, $idempotencyKey: String!) {
    approveExpenseClaim(id: $id, version: $version, idempotencyKey: $idempotencyKey) {
      id
      status
      version
    }
  }
`);

const ClaimDecisionReject = graphql(`
  mutation ClaimDecisionReject($input: DecideExpenseClaimInput!) {
    rejectExpenseClaim(input: $input) {
      id
      status
      version
    }
  }
`);

const ClaimDecisionReturn = graphql(`
  mutation ClaimDecisionReturn($input: DecideExpenseClaimInput!) {
    returnExpenseClaim(input: $input) {
      id
      status
      version
    }
  }
`);

export type ClaimDecisionKind = 'approved' | 'rejected' | 'returned';

export interface DecidableClaim {
  id: string;
  version: number;
  total: { cents: number; currency: string };
  volunteer: { displayName: string };
  /** With their receipts, a "Bon bekijken" link per item (a link that works for a few minutes). */
  items?: {
    id: string;
    category: string;
    amount: { cents: number; currency: string };
    receipt?: { viewUrl?: string | null } | null;
  }[];
}

/** The receipt of every item, for whoever decides: opened in a new tab, so the decision stays where it was. */
function ReceiptLinks({ items }: { items: NonNullable<DecidableClaim['items']> }) {
  const intl = useIntl();
  return (
    <ul className="claim-decision__receipts" aria-label={intl.formatMessage({ id: 'claimDecision.receiptsLabel' })}>
      {items.map((item, index) => {
        const values = {
          number: index + 1,
          category: intl.formatMessage({ id: `money.expenseCategory.${item.category}` }),
          amount: formatMoney(item.amount.cents, item.amount.currency),
        };
        const viewUrl = item.receipt?.viewUrl;
        return (
          <li key={item.id}>
            {viewUrl ? (
              <>
                <FormattedMessage id="claimDecision.receiptOf" values={values} />{' '}
                <a
                  href={viewUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={intl.formatMessage({ id: 'claimDecision.viewReceiptLabel' }, values)}
                >
                  <FormattedMessage id="claimDecision.viewReceipt" />
                </a>
              </>
            ) : (
              <FormattedMessage id="claimDecision.noReceipt" values={values} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Approve a submitted claim, or send it back or reject it with a reason the claimant reads: the same for a
 * coordinator on their team's money page and for the national office's queue.
 */
export function ClaimDecision({
  claim,
  onDecided,
  onFailed,
  onStart,
}: {
  claim: DecidableClaim;
  onDecided(decision: ClaimDecisionKind): void;
  onFailed(problems: Problem[]): void;
  onStart?(): void;
}) {
  const intl = useIntl();
  const [giving, setGiving] = useState<'reject' | 'return' | null>(null);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [approve, approving] = useMutation(ClaimDecisionApprove);
  const [reject, rejecting] = useMutation(ClaimDecisionReject);
  const [sendBack, returning] = useMutation(ClaimDecisionReturn);
  const state = giving === 'reject' ? rejecting : returning;
  const label = { name: claim.volunteer.displayName, amount: formatMoney(claim.total.cents, claim.total.currency) };

  async function approveClaim() {
    onStart?.();
    const outcome = await approve({ id: claim.id, version: claim.version, idempotencyKey: crypto.randomUUID() });
    if (outcome.data?.approveExpenseClaim) onDecided('approved');
    else onFailed(outcome.problems);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    onStart?.();
    const input = { id: claim.id, version: claim.version, reason: reason.trim() };
    const outcome = giving === 'reject' ? await reject({ input }) : await sendBack({ input });
    if (outcome.data) onDecided(giving === 'reject' ? 'rejected' : 'returned');
    // A refusal of the reason shows at its field; anything else is for the page to say.
    else if (!outcome.problems.some((problem) => problem.fields.some((field) => field.field === 'reason'))) onFailed(outcome.problems);
  }

  if (giving) {
    const reasonProblems: FieldProblem[] = [
      ...(tooShort ? [{ field: 'reason', serverMessage: '', messageId: 'claimDecision.reasonNeeded' }] : []),
      ...fieldProblemsOf(state.problems, 'reason'),
    ];
    return (
      <form onSubmit={submit} noValidate className="claim-decision__reason">
        <FormField
          label={<FormattedMessage id={giving === 'reject' ? 'claimDecision.rejectReason' : 'claimDecision.returnReason'} />}
          hint={<FormattedMessage id="claimDecision.reasonHint" />}
          problems={reasonProblems}
        >
          {(props) => <textarea {...props} rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </FormField>
        <div className="button-row">
          <button type="submit" className={giving === 'reject' ? 'button button--danger' : 'button'} disabled={state.running}>
            <FormattedMessage id={giving === 'reject' ? 'claimDecision.confirmReject' : 'claimDecision.confirmReturn'} />
          </button>
          <button type="button" className="button button--secondary" onClick={() => setGiving(null)}>
            <FormattedMessage id="common.cancel" />
          </button>
        </div>
      </form>
    );
  }
  return (
    <>
      {claim.items?.length ? <ReceiptLinks items={claim.items} /> : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={approving.running}
          onClick={approveClaim}
          aria-label={intl.formatMessage({ id: 'claimDecision.approveLabel' }, label)}
        >
          <FormattedMessage id="claimDecision.approve" />
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setGiving('return')}
          aria-label={intl.formatMessage({ id: 'claimDecision.returnLabel' }, label)}
        >
          <FormattedMessage id="claimDecision.return" />
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setGiving('reject')}
          aria-label={intl.formatMessage({ id: 'claimDecision.rejectLabel' }, label)}
        >
          <FormattedMessage id="claimDecision.reject" />
        </button>
      </div>
    </>
  );
}
