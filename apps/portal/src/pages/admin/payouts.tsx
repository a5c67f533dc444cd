import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { useMutation, useQuery } from '../../api/hooks';
import type { FieldProblem } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { addDays, formatLocalDate, formatMoney, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import './payouts.css';
import { saveFile } from '../../format/save-file';

const PayoutsPageQuery = graphql(`
  query PayoutsPage($id: ID!) {
    payoutBatch(id: $id) {
      id
      messageId
      requestedExecutionDate
      status
      payments {
        id
        endToEndId
        status
        failureReason
        amount {
          cents
          currency
        }
        volunteer {
          id
          displayName
        }
      }
    }
  }
`);

const PayoutsPageNotOnStatement = graphql(`
  query PayoutsPageNotOnStatement($businessDays: Int!) {
    paymentsNotOnStatement(businessDays: $businessDays) {
      id
      status
      batchId
      requestedExecutionDate
      amount {
        cents
        currency
      }
      volunteer {
        id
        displayName
      }
    }
  }
`);

const PayoutsPageStatement = graphql(`
  mutation PayoutsPageStatement($idempotencyKey: String!, $xml: String!) {
    importBankStatement(idempotencyKey: $idempotencyKey, xml: $xml) {
      message
      booked
      returned
      unchanged
      unmatched
      alreadyImported
    }
  }
`);

const PayoutsPageCreate = graphql(`
  mutation PayoutsPageCreate($idempotencyKey: String!, $requestedExecutionDate: LocalDate!) {
    createPayoutBatch(idempotencyKey: $idempotencyKey, requestedExecutionDate: $requestedExecutionDate) {
      id
    }
  }
`);

const PayoutsPageFile = graphql(`
  query PayoutsPageFile($id: ID!) {
    payoutBatchFile(id: $id)
  }
`);

const PayoutsPageImport = graphql(`
  mutation PayoutsPageImport($idempotencyKey: String!, $xml: String!) {
    importPaymentStatusReport(idempotencyKey: $idempotencyKey, xml: $xml) {
      paid
      accepted
      failed
    }
  }
`);

const PATH = '/beheer/uitbetalingen';
/** How long the bank may take before a payment should be on a statement: SEPA pays within a business day or two. */
const STATEMENT_BUSINESS_DAYS = 5;

/** The look of a payment's status: paid is done, failed or returned needs attention, the rest is under way. */
function statusLook(status: string): 'APPROVED' | 'REJECTED' | 'SUBMITTED' {
  if (status === 'PAID') return 'APPROVED';
  if (status === 'FAILED' || status === 'RETURNED') return 'REJECTED';
  return 'SUBMITTED';
}

/** The first day after today (Amsterdam) that is a working day, Monday to Friday: banks do not execute at weekends. */
export function nextWorkingDay(today: string): string {
  let day = addDays(today, 1);
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
}

/** The ISO 20022 code at the start of a failure reason as the finance service stores it ("AC04: Account is closed"). */
export function reasonCode(reason: string | null | undefined): string | undefined {
  return reason?.match(/^([A-Z0-9]{4})\b/)?.[1];
}

function withMessage(problems: FieldProblem[], pattern: RegExp, messageId: string): FieldProblem[] {
  return problems.map((problem) => (pattern.test(problem.serverMessage) ? { ...problem, messageId } : problem));
}

function download(xml: string, fileName: string) {
  saveFile(new Blob([xml], { type: 'application/xml' }), fileName);
}

/**
 * The national office's payout run: make a batch, download its SEPA file for the bank, read the bank's status report,
 * read the account statement (bookings and returns), and see the payments no statement has shown.
 */
export default function Payouts() {
  const intl = useIntl();
  const { language } = usePortal();
  const search = useSearch();
  const [, navigate] = useLocation();
  const batchId = new URLSearchParams(search).get('batch') ?? '';
  const query = useQuery(PayoutsPageQuery, { id: batchId }, { skip: !batchId });
  const [create, created] = useMutation(PayoutsPageCreate);
  const [fetchFile, fileState] = useMutation(PayoutsPageFile);
  const [importReport, imported, resetImport] = useMutation(PayoutsPageImport);
  const notOnStatement = useQuery(PayoutsPageNotOnStatement, { businessDays: STATEMENT_BUSINESS_DAYS });
  const [importStatement, statementImported, resetStatement] = useMutation(PayoutsPageStatement);
  const [statement, setStatement] = useState<{ name: string; xml: string } | null>(null);
  const [date, setDate] = useState(() => nextWorkingDay(todayInAmsterdam()));
  const [report, setReport] = useState<{ name: string; xml: string } | null>(null);
  const [downloaded, setDownloaded] = useState(false);

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    const outcome = await create({ idempotencyKey: crypto.randomUUID(), requestedExecutionDate: date });
    const id = outcome.data?.createPayoutBatch.id;
    if (id) {
      resetImport();
      setReport(null);
      setDownloaded(false);
      navigate(`${PATH}?batch=${encodeURIComponent(id)}`);
    }
  }

  async function onDownload(batch: { id: string; requestedExecutionDate: string }) {
    setDownloaded(false);
    const outcome = await fetchFile({ id: batch.id });
    if (outcome.data) {
      download(outcome.data.payoutBatchFile, `buurtvolk-uitbetaling-${batch.requestedExecutionDate}.xml`);
      setDownloaded(true);
    }
  }

  async function onImport(event: FormEvent) {
    event.preventDefault();
    if (!report) return;
    const outcome = await importReport({ idempotencyKey: crypto.randomUUID(), xml: report.xml });
    if (outcome.data) {
      query.reload();
      notOnStatement.reload();
    }
  }

  async function onImportStatement(event: FormEvent) {
    event.preventDefault();
    if (!statement) return;
    const outcome = await importStatement({ idempotencyKey: crypto.randomUUID(), xml: statement.xml });
    if (outcome.data) {
      if (batchId) query.reload();
      notOnStatement.reload();
    }
  }

  const batch = query.data?.payoutBatch;
  const payments = batch?.payments ?? [];
  const total = payments.reduce((sum, payment) => sum + payment.amount.cents, 0);
  const failed = payments.filter((payment) => payment.status === 'FAILED');
  const createProblems = withMessage(
    fieldProblemsOf(created.problems, 'requestedExecutionDate'),
    /empty batch/i,
    'payouts.create.nothingToPay',
  );
  const importProblems = withMessage(fieldProblemsOf(imported.problems, 'xml'), /readable/i, 'payouts.upload.unreadable');
  const statementProblems = withMessage(fieldProblemsOf(statementImported.problems, 'xml'), /readable/i, 'payouts.statement.unreadable');
  const returned = payments.filter((payment) => payment.status === 'RETURNED');
  const unbooked = notOnStatement.data?.paymentsNotOnStatement ?? [];
  const pageProblems = (problems: typeof created.problems) => problems.filter((problem) => problem.fields.length === 0);

  function reasonText(reason: string | null | undefined): string {
    const code = reasonCode(reason);
    if (!code) return intl.formatMessage({ id: 'payouts.reason.unknown' });
    const id = `payouts.reason.${code}`;
    return intl.messages[id] ? intl.formatMessage({ id }) : intl.formatMessage({ id: 'payouts.reason.other' }, { code });
  }

  return (
    <Page titleId="payouts.title">
      <p>
        <FormattedMessage id="payouts.intro" />
      </p>

      <section className="card" aria-labelledby="payouts-create">
        <h2 id="payouts-create">
          <FormattedMessage id="payouts.create.title" />
        </h2>
        <form onSubmit={onCreate} noValidate>
          <FormField
            label={<FormattedMessage id="payouts.create.date" />}
            hint={<FormattedMessage id="payouts.create.dateHint" />}
            problems={createProblems}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                required
                value={date}
                min={addDays(todayInAmsterdam(), 1)}
                onChange={(event) => setDate(event.target.value)}
              />
            )}
          </FormField>
          <ProblemMessage problems={pageProblems(created.problems)} />
          <div className="button-row">
            <button type="submit" className="button" disabled={created.running || !date}>
              <FormattedMessage id={created.running ? 'payouts.create.running' : 'payouts.create.submit'} />
            </button>
          </div>
        </form>
      </section>

      {batchId && query.loading && !batch && <Loading />}
      {batchId && !query.loading && !batch && (
        <>
          <ProblemMessage problems={query.problems} onRetry={query.reload} />
          {query.problems.length === 0 && (
            <p className="alert alert--warning">
              <FormattedMessage id="payouts.batch.notFound" />
            </p>
          )}
        </>
      )}

      {batch && (
        <section className="card" aria-labelledby="payouts-batch">
          <h2 id="payouts-batch">
            <FormattedMessage id="payouts.batch.title" values={{ date: formatLocalDate(batch.requestedExecutionDate, language) }} />
          </h2>
          <p>
            <FormattedMessage
              id="payouts.batch.summary"
              values={{
                count: payments.length,
                total: formatMoney(total, payments[0]?.amount.currency ?? 'EUR'),
                status: intl.formatMessage({ id: `payouts.batchStatus.${batch.status}`, defaultMessage: batch.status }),
              }}
            />
          </p>
          <p className="payouts__reference">
            <FormattedMessage id="payouts.batch.reference" values={{ reference: batch.messageId }} />
          </p>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={intl.formatMessage({ id: 'payouts.payment.table' })}>
            <table className="payouts__table">
              <caption className="visually-hidden">{intl.formatMessage({ id: 'payouts.payment.table' })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="payouts.payment.payee" />
                  </th>
                  <th scope="col" className="payouts__amount">
                    <FormattedMessage id="payouts.payment.amount" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="payouts.payment.status" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {payments.map((payment) => (
                  <tr key={payment.id}>
                    <td>{payment.volunteer.displayName}</td>
                    <td className="payouts__amount">{formatMoney(payment.amount.cents, payment.amount.currency)}</td>
                    <td>
                      <span className={`status status--${statusLook(payment.status)}`}>
                        <FormattedMessage id={`payouts.paymentStatus.${payment.status}`} defaultMessage={payment.status} />
                      </span>
                      {(payment.status === 'FAILED' || payment.status === 'RETURNED') && (
                        <>
                          <br />
                          <span className="payouts__reason">{reasonText(payment.failureReason)}</span>
                          <br />
                          <FormattedMessage id="payouts.payment.payableAgain" />
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3>
            <FormattedMessage id="payouts.file.title" />
          </h3>
          <p>
            <FormattedMessage id="payouts.file.explain" />
          </p>
          <ProblemMessage problems={fileState.problems} />
          <div className="button-row">
            <button type="button" className="button button--secondary" disabled={fileState.running} onClick={() => onDownload(batch)}>
              <FormattedMessage id="payouts.file.download" />
            </button>
          </div>
          <p role="status" className="payouts__status">
            {downloaded && (
              <FormattedMessage
                id="payouts.file.downloaded"
                values={{ name: `buurtvolk-uitbetaling-${batch.requestedExecutionDate}.xml` }}
              />
            )}
          </p>

          <h3>
            <FormattedMessage id="payouts.upload.title" />
          </h3>
          <form onSubmit={onImport} noValidate>
            <FormField
              label={<FormattedMessage id="payouts.upload.file" />}
              hint={<FormattedMessage id="payouts.upload.hint" />}
              problems={importProblems}
            >
              {(props) => (
                <input
                  {...props}
                  type="file"
                  accept=".xml,application/xml,text/xml"
                  onChange={async (event) => {
                    resetImport();
                    const file = event.target.files?.[0];
                    setReport(file ? { name: file.name, xml: await file.text() } : null);
                  }}
                />
              )}
            </FormField>
            <ProblemMessage problems={pageProblems(imported.problems)} />
            <div className="button-row">
              <button type="submit" className="button" disabled={!report || imported.running}>
                <FormattedMessage id={imported.running ? 'payouts.upload.running' : 'payouts.upload.submit'} />
              </button>
            </div>
          </form>
          <div role="status" className="payouts__status">
            {imported.data && (
              <div className={`alert ${imported.data.importPaymentStatusReport.failed ? 'alert--warning' : 'alert--success'}`}>
                <p>
                  <FormattedMessage
                    id="payouts.upload.result"
                    values={{ paid: imported.data.importPaymentStatusReport.paid, failed: imported.data.importPaymentStatusReport.failed }}
                  />
                  {imported.data.importPaymentStatusReport.accepted > 0 && (
                    <>
                      {' '}
                      <FormattedMessage
                        id="payouts.upload.accepted"
                        values={{ accepted: imported.data.importPaymentStatusReport.accepted }}
                      />
                    </>
                  )}
                </p>
                {failed.length > 0 && (
                  <ul className="list">
                    {failed.map((payment) => (
                      <li key={payment.id}>
                        <FormattedMessage
                          id="payouts.upload.failedPayment"
                          values={{
                            name: payment.volunteer.displayName,
                            amount: formatMoney(payment.amount.cents, payment.amount.currency),
                            reason: reasonText(payment.failureReason),
                          }}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        </section>
      )}

      <section className="card" aria-labelledby="payouts-statement">
        <h2 id="payouts-statement">
          <FormattedMessage id="payouts.statement.title" />
        </h2>
        <p>
          <FormattedMessage id="payouts.statement.explain" />
        </p>
        <form onSubmit={onImportStatement} noValidate>
          <FormField
            label={<FormattedMessage id="payouts.statement.file" />}
            hint={<FormattedMessage id="payouts.statement.hint" />}
            problems={statementProblems}
          >
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".xml,application/xml,text/xml"
                onChange={async (event) => {
                  resetStatement();
                  const file = event.target.files?.[0];
                  setStatement(file ? { name: file.name, xml: await file.text() } : null);
                }}
              />
            )}
          </FormField>
          <ProblemMessage problems={pageProblems(statementImported.problems)} />
          <div className="button-row">
            <button type="submit" className="button" disabled={!statement || statementImported.running}>
              <FormattedMessage id={statementImported.running ? 'payouts.statement.running' : 'payouts.statement.submit'} />
            </button>
          </div>
        </form>
        <div role="status" className="payouts__status">
          {statementImported.data && (
            <div
              className={`alert ${statementImported.data.importBankStatement.returned || statementImported.data.importBankStatement.unmatched ? 'alert--warning' : 'alert--success'}`}
            >
              <p>
                <FormattedMessage
                  id={
                    statementImported.data.importBankStatement.alreadyImported
                      ? 'payouts.statement.alreadyImported'
                      : 'payouts.statement.result'
                  }
                  values={{
                    booked: statementImported.data.importBankStatement.booked,
                    returned: statementImported.data.importBankStatement.returned,
                  }}
                />
              </p>
              {statementImported.data.importBankStatement.unmatched > 0 && (
                <p>
                  <FormattedMessage
                    id="payouts.statement.unmatched"
                    values={{ count: statementImported.data.importBankStatement.unmatched }}
                  />
                </p>
              )}
              {returned.length > 0 && (
                <ul className="list">
                  {returned.map((payment) => (
                    <li key={payment.id}>
                      <FormattedMessage
                        id="payouts.statement.returnedPayment"
                        values={{
                          name: payment.volunteer.displayName,
                          amount: formatMoney(payment.amount.cents, payment.amount.currency),
                          reason: reasonText(payment.failureReason),
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      </section>

      <section className="card" aria-labelledby="payouts-unbooked">
        <h2 id="payouts-unbooked">
          <FormattedMessage id="payouts.unbooked.title" />
        </h2>
        <p>
          <FormattedMessage id="payouts.unbooked.explain" values={{ days: STATEMENT_BUSINESS_DAYS }} />
        </p>
        {notOnStatement.loading && !notOnStatement.data && <Loading />}
        <ProblemMessage problems={notOnStatement.problems} onRetry={notOnStatement.reload} />
        {notOnStatement.data && unbooked.length === 0 && (
          <p className="alert alert--success">
            <FormattedMessage id="payouts.unbooked.none" />
          </p>
        )}
        {unbooked.length > 0 && (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="payouts-unbooked-caption">
            <table className="payouts__table">
              <caption id="payouts-unbooked-caption">
                <FormattedMessage id="payouts.unbooked.caption" values={{ count: unbooked.length }} />
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="payouts.payment.payee" />
                  </th>
                  <th scope="col" className="payouts__amount">
                    <FormattedMessage id="payouts.payment.amount" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="payouts.unbooked.date" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="payouts.payment.status" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {unbooked.map((payment) => (
                  <tr key={payment.id}>
                    <td>{payment.volunteer.displayName}</td>
                    <td className="payouts__amount">{formatMoney(payment.amount.cents, payment.amount.currency)}</td>
                    <td>
                      <Link href={`${PATH}?batch=${encodeURIComponent(payment.batchId)}`}>
                        {formatLocalDate(payment.requestedExecutionDate, language)}
                      </Link>
                    </td>
                    <td>
                      <span className={`status status--${statusLook(payment.status)}`}>
                        <FormattedMessage id={`payouts.paymentStatus.${payment.status}`} defaultMessage={payment.status} />
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
