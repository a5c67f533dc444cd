import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatMoney } from '../../format/format';
import { graphql } from '../../gql';
import type { FundingPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { ProblemMessage } from '../../ui/problem-message';

const AssignBankCredit = graphql(`
  mutation FundingPageAssignBankCredit($input: AssignBankCreditInput!) {
    assignBankCredit(input: $input) {
      id
    }
  }
`);

type Credit = NonNullable<FundingPageQuery['unmatchedBankCredits']>[number];
type Agreement = FundingPageQuery['fundingAgreements'][number];

/** Invoices that still wait for money, as "BV-2026-0003 · Gemeente Rotterdam", for the admin to choose from. */
function openInvoices(agreements: Agreement[]) {
  return agreements.flatMap((agreement) =>
    (agreement.instalments ?? []).flatMap(({ invoice }) =>
      invoice && invoice.status !== 'PAID'
        ? [{ id: invoice.id, label: `${invoice.number} · ${agreement.funder?.name ?? agreement.title}` }]
        : [],
    ),
  );
}

/** Money on the bank statements that named no open invoice: the admin books each on the invoice it pays. */
export function UnmatchedCredits({ credits, agreements, onAssigned }: { credits: Credit[]; agreements: Agreement[]; onAssigned(): void }) {
  return (
    <section className="card" aria-labelledby="unmatched-credits">
      <h2 id="unmatched-credits">
        <FormattedMessage id="funding.unmatched.title" />
      </h2>
      {credits.length ? (
        <ul className="list">
          {credits.map((credit) => (
            <UnmatchedCredit key={credit.id} credit={credit} invoices={openInvoices(agreements)} onAssigned={onAssigned} />
          ))}
        </ul>
      ) : (
        <p>
          <FormattedMessage id="funding.unmatched.none" />
        </p>
      )}
    </section>
  );
}

function UnmatchedCredit({
  credit,
  invoices,
  onAssigned,
}: {
  credit: Credit;
  invoices: { id: string; label: string }[];
  onAssigned(): void;
}) {
  const intl = useIntl();
  const { language } = usePortal();
  const [assign, assigning] = useMutation(AssignBankCredit);
  const [invoiceId, setInvoiceId] = useState(invoices[0]?.id ?? '');

  const book = async () => {
    if ((await assign({ input: { creditId: credit.id, invoiceId } })).data) onAssigned();
  };

  return (
    <li data-testid="unmatched-credit">
      <p>
        <strong>{formatMoney(credit.amount.cents, credit.amount.currency)}</strong> ·{' '}
        {credit.debtorName ?? intl.formatMessage({ id: 'funding.unmatched.unknownSender' })} · {formatLocalDate(credit.bookedOn, language)}
      </p>
      <p className="muted">
        {credit.remittance ?? intl.formatMessage({ id: 'funding.unmatched.noRemittance' })} — {credit.reason}
      </p>
      <ProblemMessage problems={assigning.problems} />
      {invoices.length > 0 && (
        <div>
          <FormField label={intl.formatMessage({ id: 'funding.unmatched.invoice' })}>
            {(props) => (
              <select {...props} value={invoiceId} onChange={(event) => setInvoiceId(event.target.value)}>
                {invoices.map((invoice) => (
                  <option key={invoice.id} value={invoice.id}>
                    {invoice.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <button type="button" className="button" disabled={assigning.running || !invoiceId} onClick={() => void book()}>
            <FormattedMessage id="funding.unmatched.book" />
          </button>
        </div>
      )}
    </li>
  );
}
