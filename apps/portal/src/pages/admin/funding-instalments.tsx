import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatMoney } from '../../format/format';
import { graphql } from '../../gql';
import type { FundingPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import { centsFromEuros } from '../volunteer/me-amount';

const FundingPageAddInstalment = graphql(`
  mutation FundingPageAddInstalment($input: AddFundingInstalmentInput!) {
    addFundingInstalment(input: $input) {
      id
    }
  }
`);

const FundingPageInvoiceInstalment = graphql(`
  mutation FundingPageInvoiceInstalment($input: InvoiceFundingInstalmentInput!) {
    invoiceFundingInstalment(input: $input) {
      id
      number
    }
  }
`);

type Agreement = FundingPageQuery['fundingAgreements'][number];
type Instalment = NonNullable<Agreement['instalments']>[number];
type Invoice = NonNullable<Instalment['invoice']>;
export type OverdueInvoice = NonNullable<FundingPageQuery['overdueFundingInvoices']>[number];

/** What an invoice's state is in words: paid, partly paid, open, or how many days late. */
function InvoiceStatus({ invoice }: { invoice: Pick<Invoice, 'status' | 'daysOverdue'> }) {
  if (invoice.status !== 'PAID' && invoice.daysOverdue > 0)
    return <FormattedMessage id="funding.invoice.overdue" values={{ days: invoice.daysOverdue }} />;
  return <FormattedMessage id={`funding.invoice.status.${invoice.status}`} />;
}

/** An agreement's instalments with their invoices, a button to invoice one, and a form to add one. */
export function AgreementInstalments({ agreement, onChanged }: { agreement: Agreement; onChanged(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const [invoice, invoicing] = useMutation(FundingPageInvoiceInstalment);
  const [done, setDone] = useState<string | null>(null);
  const instalments = agreement.instalments ?? [];
  const caption = intl.formatMessage({ id: 'funding.instalments.caption' }, { title: agreement.title });

  async function invoiceOne(instalment: Instalment) {
    setDone(null);
    const outcome = await invoice({ input: { instalmentId: instalment.id, idempotencyKey: crypto.randomUUID() } });
    if (outcome.data) {
      setDone(intl.formatMessage({ id: 'funding.invoice.done' }, { number: outcome.data.invoiceFundingInstalment.number }));
      onChanged();
    }
  }

  return (
    <div className="admin-money-details">
      <h4>
        <FormattedMessage id="funding.instalments.title" />
      </h4>
      {instalments.length === 0 ? (
        <p>
          <FormattedMessage id="funding.instalments.none" />
        </p>
      ) : (
        <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="funding.instalments.dueOn" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="funding.instalments.amount" />
                </th>
                <th scope="col">
                  <FormattedMessage id="funding.instalments.invoice" />
                </th>
                <th scope="col">
                  <FormattedMessage id="funding.instalments.invoiceDueOn" />
                </th>
                <th scope="col">
                  <FormattedMessage id="funding.instalments.status" />
                </th>
              </tr>
            </thead>
            <tbody>
              {instalments.map((instalment) => {
                const date = formatLocalDate(instalment.dueOn, language);
                return (
                  <tr key={instalment.id}>
                    <th scope="row">{date}</th>
                    <td className="number">{formatMoney(instalment.amount.cents, instalment.amount.currency)}</td>
                    <td>
                      {instalment.invoice ? (
                        instalment.invoice.number
                      ) : (
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={invoicing.running}
                          onClick={() => invoiceOne(instalment)}
                          aria-label={intl.formatMessage({ id: 'funding.invoice.label' }, { date })}
                        >
                          <FormattedMessage id="funding.invoice.submit" />
                        </button>
                      )}
                    </td>
                    <td>{instalment.invoice ? formatLocalDate(instalment.invoice.dueOn, language) : '—'}</td>
                    <td>
                      {instalment.invoice ? (
                        <InvoiceStatus invoice={instalment.invoice} />
                      ) : (
                        <FormattedMessage id="funding.invoice.notSent" />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ProblemMessage problems={invoicing.problems} />
      <div role="status">{done && <p className="alert alert--success">{done}</p>}</div>
      <AddInstalmentForm agreement={agreement} onAdded={onChanged} />
    </div>
  );
}

function AddInstalmentForm({ agreement, onAdded }: { agreement: Agreement; onAdded(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const [dueOn, setDueOn] = useState(agreement.startsOn);
  const [amount, setAmount] = useState('');
  const [unreadable, setUnreadable] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [add, added, reset] = useMutation(FundingPageAddInstalment);
  const name = intl.formatMessage({ id: 'funding.instalments.addLabel' }, { title: agreement.title });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const cents = centsFromEuros(amount);
    setUnreadable(cents === undefined);
    if (cents === undefined) {
      reset();
      return;
    }
    const outcome = await add({
      input: { agreementId: agreement.id, dueOn, amount: { cents, currency: 'EUR' }, idempotencyKey: crypto.randomUUID() },
    });
    if (outcome.data) {
      setDone(
        intl.formatMessage(
          { id: 'funding.instalments.added' },
          { amount: formatMoney(cents, 'EUR'), date: formatLocalDate(dueOn, language) },
        ),
      );
      setAmount('');
      onAdded();
    }
  }

  const problems: Problem[] = added.problems;
  const amountProblems: FieldProblem[] = unreadable
    ? [{ field: 'amount', serverMessage: '', messageId: 'funding.error.amount' }]
    : fieldProblemsOf(problems, 'amount.cents').map((problem) => ({
        ...problem,
        messageId: /left/i.test(problem.serverMessage) ? 'funding.instalments.error.over' : 'funding.error.amount',
      }));
  const dateProblems = fieldProblemsOf(problems, 'dueOn').map((problem) => ({ ...problem, messageId: 'funding.instalments.error.dueOn' }));
  const pageProblems = problems.filter(
    (problem) => !problem.fields.some((field) => field.field === 'amount.cents' || field.field === 'dueOn'),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={name}>
      <FormField label={<FormattedMessage id="funding.instalments.dueOn" />} problems={dateProblems}>
        {(props) => <input {...props} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} />}
      </FormField>
      <FormField label={<FormattedMessage id="funding.instalments.amountLabel" />} problems={amountProblems}>
        {(props) => (
          <input
            {...props}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
        )}
      </FormField>
      <ProblemMessage problems={pageProblems} />
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={added.running}>
          <FormattedMessage id="funding.instalments.add" />
        </button>
      </div>
      <div role="status">{done && <p className="alert alert--success">{done}</p>}</div>
    </form>
  );
}

/** Invoices past their due date that are not fully paid, longest overdue first. */
export function OverdueInvoices({ invoices }: { invoices: OverdueInvoice[] }) {
  const intl = useIntl();
  const { language } = usePortal();
  const caption = intl.formatMessage({ id: 'funding.overdue.caption' });
  return (
    <section className="card" aria-labelledby="funding-overdue">
      <h2 id="funding-overdue">
        <FormattedMessage id="funding.overdue.title" />
      </h2>
      {invoices.length === 0 ? (
        <p>
          <FormattedMessage id="funding.overdue.none" />
        </p>
      ) : (
        <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="funding.instalments.invoice" />
                </th>
                <th scope="col">
                  <FormattedMessage id="funding.agreement.funder" />
                </th>
                <th scope="col">
                  <FormattedMessage id="funding.instalments.invoiceDueOn" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="funding.overdue.days" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="funding.overdue.open" />
                </th>
              </tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <th scope="row">{invoice.number}</th>
                  <td>{invoice.agreement ? `${invoice.agreement.funder.name} — ${invoice.agreement.title}` : '—'}</td>
                  <td>{formatLocalDate(invoice.dueOn, language)}</td>
                  <td className="number">{invoice.daysOverdue}</td>
                  <td className="number">{formatMoney(invoice.open.cents, invoice.open.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
