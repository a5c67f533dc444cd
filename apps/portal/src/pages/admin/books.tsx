import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { type FieldProblem, type Problem, problemsAt } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { formatHours, formatMoney, formatNumber, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { BooksPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import { centsFromEuros } from '../volunteer/me-amount';
import './admin-money.css';
import { saveFile } from '../../format/save-file';

const BooksPageQueryDocument = graphql(`
  query BooksPage($year: Int!) {
    allowanceLimitWarnings {
      kind
      year
      paymentsAllowed
    }
    flatAllowanceWarnings(year: $year) {
      id
      month
      amount {
        cents
        currency
      }
      approvedMinutes
      perHour {
        cents
        currency
      }
      maxHourly {
        cents
        currency
      }
      limitsConfirmed
      volunteer {
        id
        displayName
      }
      team {
        id
        name
      }
    }
    ledgerCheck {
      balanced
      entries
      accounts
      problems
    }
    receivables {
      owed {
        cents
        currency
      }
      volunteer {
        id
        displayName
      }
    }
    erasedPayeesWithOpenMoney
    allowanceRates {
      year
      confirmed
      source
      version
      hourly21Plus {
        cents
        currency
      }
      hourlyUnder21 {
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
    }
  }
`);

const BooksPageCorrectRate = graphql(`
  mutation BooksPageCorrectRate($input: CorrectAllowanceRateInput!) {
    correctAllowanceRate(input: $input) {
      year
      confirmed
      version
    }
  }
`);

const BooksPageAddRate = graphql(`
  mutation BooksPageAddRate($input: AddAllowanceRateInput!) {
    addAllowanceRate(input: $input) {
      year
      confirmed
      version
    }
  }
`);

const BooksPageAllowUnconfirmed = graphql(`
  mutation BooksPageAllowUnconfirmed($year: Int!, $version: Int!) {
    allowPaymentsUnderUnconfirmedLimits(year: $year, version: $version) {
      year
      version
      unconfirmedPaymentsAllowedAt
    }
  }
`);

const BooksPageYearEnd = graphql(`
  query BooksPageYearEnd($year: Int!) {
    yearEndExport(year: $year) {
      fileName
      movements
      summaryFileName
      summary
    }
  }
`);

type Rate = BooksPageQuery['allowanceRates'][number];
type FlatWarning = NonNullable<BooksPageQuery['flatAllowanceWarnings']>[number];

/** Whether next year's limits need an admin: missing, or entered but not yet confirmed. */
export function nextYearStanding(rates: Pick<Rate, 'year' | 'confirmed'>[], nextYear: number): 'missing' | 'unconfirmed' | 'confirmed' {
  const next = rates.find((rate) => rate.year === nextYear);
  return !next ? 'missing' : next.confirmed ? 'confirmed' : 'unconfirmed';
}

/** Cents as euros to type over, e.g. 22000 → "220,00". */
function eurosText(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(cents / 100);
}

/** The national office's books: the ledger check, money owed back, erased payees with open money, and the allowance limits. */
export default function BooksPage() {
  const year = Number(todayInAmsterdam().slice(0, 4));
  const query = useQuery(BooksPageQueryDocument, { year });
  if (query.loading && !query.data) return <Loading />;
  const data = query.data;
  return (
    <Page titleId="books.title">
      <p>
        <FormattedMessage id="books.intro" />
      </p>
      {!data && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {data && (
        <>
          <AllowanceWarnings
            data={data}
            year={year}
            missing={
              problemsAt(query.problems, 'allowanceLimitWarnings').length + problemsAt(query.problems, 'flatAllowanceWarnings').length > 0
            }
            reload={query.reload}
          />
          <LedgerCheck data={data} missing={problemsAt(query.problems, 'ledgerCheck').length > 0} reload={query.reload} />
          <YearEnd year={year} />
          <Receivables data={data} missing={problemsAt(query.problems, 'receivables').length > 0} reload={query.reload} />
          <ErasedPayees data={data} missing={problemsAt(query.problems, 'erasedPayeesWithOpenMoney').length > 0} reload={query.reload} />
          {problemsAt(query.problems, 'allowanceRates').length > 0 || !data.allowanceRates ? (
            <MissingPart onRetry={query.reload} />
          ) : (
            <AllowanceLimits rates={data.allowanceRates} reload={query.reload} />
          )}
        </>
      )}
    </Page>
  );
}

/**
 * What needs the administrator about allowances: limits of a year that are missing or not confirmed (payments in that
 * year wait until an admin confirms the limits or explicitly allows payments under them), and flat allowances that
 * are out of proportion to the approved hours (a flat fee out of proportion to the work is wages).
 */
function AllowanceWarnings({ data, year, missing, reload }: { data: BooksPageQuery; year: number; missing: boolean; reload(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const [allow, allowing] = useMutation(BooksPageAllowUnconfirmed);
  const [done, setDone] = useState<string | null>(null);
  // Next year's missing limits are said in the limits section below, with the button to enter them.
  const limits = (data.allowanceLimitWarnings ?? []).filter((warning) => !(warning.kind === 'MISSING' && warning.year === year + 1));
  // Above the hourly maximum per approved hour: a table. Without any approved hours that month: per person, folded away.
  const flat = (data.flatAllowanceWarnings ?? []).filter((row) => row.perHour);
  const byPerson = new Map<string, FlatWarning[]>();
  for (const row of (data.flatAllowanceWarnings ?? []).filter((candidate) => !candidate.perHour)) {
    const person = `${row.volunteer.id}|${row.team.id}`;
    byPerson.set(person, [...(byPerson.get(person) ?? []), row]);
  }
  const withoutHours = [...byPerson.values()];
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  const money = (value: { cents: number; currency: string }) => formatMoney(value.cents, value.currency);

  async function allowPayments(warningYear: number) {
    setDone(null);
    const version = data.allowanceRates.find((rate) => rate.year === warningYear)?.version;
    if (version === undefined) return;
    const outcome = await allow({ year: warningYear, version });
    if (outcome.data?.allowPaymentsUnderUnconfirmedLimits) {
      setDone(intl.formatMessage({ id: 'books.warnings.allowed' }, { year: warningYear }));
      reload();
    } else if (outcome.problems.some((problem) => problem.kind === 'CONFLICT')) reload();
  }

  return (
    <section className="card" aria-labelledby="books-warnings">
      <h2 id="books-warnings">
        <FormattedMessage id="books.warnings.title" />
      </h2>
      {missing || !data.allowanceLimitWarnings || !data.flatAllowanceWarnings ? (
        <MissingPart onRetry={reload} />
      ) : (
        <>
          <ProblemMessage problems={allowing.problems} />
          <div role="status">{done && <p className="alert alert--success">{done}</p>}</div>
          {limits.length === 0 && flat.length === 0 && withoutHours.length === 0 && (
            <p>
              <FormattedMessage id="books.warnings.none" />
            </p>
          )}
          {limits.length > 0 && (
            <ul className="list" data-testid="limit-warnings">
              {limits.map((warning) => (
                <li key={`${warning.kind}-${warning.year}`}>
                  <p>
                    <strong>
                      <FormattedMessage id={`books.warnings.${warning.kind}`} values={{ year: warning.year }} />
                    </strong>{' '}
                    {warning.kind === 'UNCONFIRMED' && (
                      <FormattedMessage
                        id={warning.paymentsAllowed ? 'books.warnings.paymentsAllowed' : 'books.warnings.paymentsWait'}
                        values={{ year: warning.year }}
                      />
                    )}
                  </p>
                  {warning.kind === 'UNCONFIRMED' && !warning.paymentsAllowed && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={allowing.running}
                      onClick={() => allowPayments(warning.year)}
                    >
                      <FormattedMessage id="books.warnings.allow" values={{ year: warning.year }} />
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {flat.length > 0 && (
            <>
              <p>
                <FormattedMessage id="books.warnings.flatExplain" />
              </p>
              <div className="table-wrap" role="region" aria-labelledby="books-flat-caption" tabIndex={0}>
                <table>
                  <caption id="books-flat-caption">
                    {intl.formatMessage({ id: 'books.warnings.flatCaption' }, { year, count: flat.length })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <FormattedMessage id="books.warnings.name" />
                      </th>
                      <th scope="col">
                        <FormattedMessage id="books.warnings.team" />
                      </th>
                      <th scope="col">
                        <FormattedMessage id="books.warnings.month" />
                      </th>
                      <th scope="col" className="number">
                        <FormattedMessage id="books.warnings.amount" />
                      </th>
                      <th scope="col" className="number">
                        <FormattedMessage id="books.warnings.hours" />
                      </th>
                      <th scope="col" className="number">
                        <FormattedMessage id="books.warnings.perHour" />
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {flat.map((row) => (
                      <tr key={row.id}>
                        <th scope="row">{row.volunteer.displayName}</th>
                        <td>{row.team.name}</td>
                        <td>{monthName(row.month)}</td>
                        <td className="number">{money(row.amount)}</td>
                        <td className="number">{formatHours(row.approvedMinutes)}</td>
                        <td className="number">
                          <FormattedMessage
                            id={row.limitsConfirmed ? 'books.warnings.perHourOfMax' : 'books.warnings.perHourOfUnconfirmedMax'}
                            values={{ perHour: row.perHour ? money(row.perHour) : '–', max: money(row.maxHourly) }}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {withoutHours.length > 0 && (
            <details className="books-without-hours" data-testid="flat-without-hours">
              <summary>
                <FormattedMessage
                  id="books.warnings.withoutHours"
                  values={{ year, count: withoutHours.reduce((sum, rows) => sum + rows.length, 0), people: withoutHours.length }}
                />
              </summary>
              <p>
                <FormattedMessage id="books.warnings.withoutHoursExplain" />
              </p>
              <ul>
                {withoutHours.map((rows) => (
                  <li key={`${rows[0].volunteer.id}|${rows[0].team.id}`}>
                    <FormattedMessage
                      id="books.warnings.withoutHoursOf"
                      values={{
                        name: rows[0].volunteer.displayName,
                        team: rows[0].team.name,
                        months: new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL').format(rows.map((row) => monthName(row.month))),
                      }}
                    />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

function LedgerCheck({ data, missing, reload }: { data: BooksPageQuery; missing: boolean; reload(): void }) {
  const check = data.ledgerCheck;
  return (
    <section className="card" aria-labelledby="books-ledger">
      <h2 id="books-ledger">
        <FormattedMessage id="books.ledger.title" />
      </h2>
      {!check || missing ? (
        <MissingPart onRetry={reload} />
      ) : (
        <>
          {check.balanced ? (
            <div className="alert alert--success">
              <p>
                <strong>
                  <FormattedMessage id="books.ledger.balanced" />
                </strong>
              </p>
            </div>
          ) : (
            <div className="alert alert--error">
              <p>
                <strong>
                  <FormattedMessage id="books.ledger.unbalanced" values={{ count: check.problems.length }} />
                </strong>
              </p>
              <ul className="admin-money-problems" lang="en">
                {check.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <FormattedMessage
              id="books.ledger.counts"
              values={{
                entries: check.entries,
                accounts: check.accounts,
                entriesText: formatNumber(check.entries),
                accountsText: formatNumber(check.accounts),
              }}
            />
          </p>
          <p className="muted">
            <FormattedMessage id="books.ledger.explain" />
          </p>
        </>
      )}
    </section>
  );
}

function downloadCsv(csv: string, fileName: string) {
  saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** The year-end for the accountant: every movement of a year and the budgets per team and category, as two CSV files. */
function YearEnd({ year }: { year: number }) {
  const [fetchYear, state] = useMutation(BooksPageYearEnd);
  // The year to close is usually the one just ended.
  const [chosen, setChosen] = useState(year - 1);
  const [done, setDone] = useState<string[] | null>(null);

  async function onDownload(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = (await fetchYear({ year: chosen })).data?.yearEndExport;
    if (!result) return;
    downloadCsv(result.movements, result.fileName);
    downloadCsv(result.summary, result.summaryFileName);
    setDone([result.fileName, result.summaryFileName]);
  }

  return (
    <section className="card" aria-labelledby="books-year-end">
      <h2 id="books-year-end">
        <FormattedMessage id="books.yearEnd.title" />
      </h2>
      <p>
        <FormattedMessage id="books.yearEnd.explain" />
      </p>
      {!state.data?.yearEndExport && <ProblemMessage problems={state.problems} />}
      <div role="status">
        {done && (
          <p className="alert alert--success">
            <FormattedMessage id="books.yearEnd.done" values={{ movements: done[0], summary: done[1] }} />
          </p>
        )}
      </div>
      <form onSubmit={onDownload}>
        <FormField label={<FormattedMessage id="books.yearEnd.year" />}>
          {(props) => (
            <select {...props} value={chosen} onChange={(event) => setChosen(Number(event.target.value))}>
              {[0, 1, 2, 3, 4, 5, 6].map((back) => (
                <option key={back} value={year - back}>
                  {year - back}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={state.running}>
            <FormattedMessage id={state.running ? 'books.yearEnd.busy' : 'books.yearEnd.download'} />
          </button>
        </div>
      </form>
    </section>
  );
}

function Receivables({ data, missing, reload }: { data: BooksPageQuery; missing: boolean; reload(): void }) {
  const intl = useIntl();
  const receivables = data.receivables;
  const total = (receivables ?? []).reduce((sum, receivable) => sum + receivable.owed.cents, 0);
  return (
    <section className="card" aria-labelledby="books-receivables">
      <h2 id="books-receivables">
        <FormattedMessage id="books.receivables.title" />
      </h2>
      <p>
        <FormattedMessage id="books.receivables.explain" />
      </p>
      {!receivables || missing ? (
        <MissingPart onRetry={reload} />
      ) : receivables.length === 0 ? (
        <p>
          <FormattedMessage id="books.receivables.none" />
        </p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="books-receivables" tabIndex={0}>
          <table>
            <caption>{intl.formatMessage({ id: 'books.receivables.caption' }, { count: receivables.length })}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="books.receivables.name" />
                </th>
                <th scope="col" className="number">
                  <FormattedMessage id="books.receivables.owed" />
                </th>
              </tr>
            </thead>
            <tbody>
              {receivables.map((receivable) => (
                <tr key={receivable.volunteer.id}>
                  <th scope="row">{receivable.volunteer.displayName}</th>
                  <td className="number">{formatMoney(receivable.owed.cents, receivable.owed.currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">
                  <FormattedMessage id="books.receivables.total" />
                </th>
                <td className="number">{formatMoney(total, receivables[0].owed.currency)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

function ErasedPayees({ data, missing, reload }: { data: BooksPageQuery; missing: boolean; reload(): void }) {
  const erased = data.erasedPayeesWithOpenMoney;
  return (
    <section className="card" aria-labelledby="books-erased">
      <h2 id="books-erased">
        <FormattedMessage id="books.erased.title" />
      </h2>
      {!erased || missing ? (
        <MissingPart onRetry={reload} />
      ) : (
        <>
          <p className="figure" data-testid="erased-with-open-money">
            {formatNumber(erased.length)}
          </p>
          <p>
            <FormattedMessage id="books.erased.explain" values={{ count: erased.length }} />
          </p>
        </>
      )}
    </section>
  );
}

function AllowanceLimits({ rates, reload }: { rates: Rate[]; reload(): void }) {
  const intl = useIntl();
  const nextYear = Number(todayInAmsterdam().slice(0, 4)) + 1;
  const standing = nextYearStanding(rates, nextYear);
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const latest = [...rates].sort((a, b) => b.year - a.year)[0];
  const editingRate = rates.find((rate) => rate.year === editing);
  const money = (value: { cents: number; currency: string }) => formatMoney(value.cents, value.currency);

  function saved(year: number, confirmed: boolean, added: boolean) {
    setEditing(null);
    setAdding(false);
    setDone(intl.formatMessage({ id: added ? 'books.rates.added' : 'books.rates.corrected' }, { year, confirmed: String(confirmed) }));
    reload();
  }

  return (
    <section className="card" aria-labelledby="books-rates">
      <h2 id="books-rates">
        <FormattedMessage id="books.rates.title" />
      </h2>
      <p>
        <FormattedMessage id="books.rates.explain" />
      </p>
      {standing !== 'confirmed' && (
        <div className="alert alert--warning" role="alert" data-testid="next-year-limits">
          <p>
            <strong>
              <FormattedMessage
                id={standing === 'missing' ? 'books.rates.nextMissing' : 'books.rates.nextUnconfirmed'}
                values={{ year: nextYear }}
              />
            </strong>
          </p>
          <p>
            <FormattedMessage
              id={standing === 'missing' ? 'books.rates.nextMissingExplain' : 'books.rates.nextUnconfirmedExplain'}
              values={{ year: nextYear }}
            />
          </p>
          {standing === 'missing' && !adding && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setEditing(null);
                setDone(null);
                setAdding(true);
              }}
            >
              <FormattedMessage id="books.rates.add" values={{ year: nextYear }} />
            </button>
          )}
        </div>
      )}
      <div role="status">{done && <p className="alert alert--success">{done}</p>}</div>
      <div className="table-wrap" role="region" aria-labelledby="books-rates-caption" tabIndex={0}>
        <table>
          <caption id="books-rates-caption">{intl.formatMessage({ id: 'books.rates.caption' })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="books.rates.year" />
              </th>
              <th scope="col" className="number">
                <FormattedMessage id="books.rates.hourly21Plus" />
              </th>
              <th scope="col" className="number">
                <FormattedMessage id="books.rates.hourlyUnder21" />
              </th>
              <th scope="col" className="number">
                <FormattedMessage id="books.rates.monthlyCap" />
              </th>
              <th scope="col" className="number">
                <FormattedMessage id="books.rates.yearlyCap" />
              </th>
              <th scope="col">
                <FormattedMessage id="books.rates.confirmed" />
              </th>
              <th scope="col">
                <FormattedMessage id="books.rates.source" />
              </th>
              <th scope="col">
                <span className="visually-hidden">
                  <FormattedMessage id="books.rates.actions" />
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.year}>
                <th scope="row">{rate.year}</th>
                <td className="number">{money(rate.hourly21Plus)}</td>
                <td className="number">{money(rate.hourlyUnder21)}</td>
                <td className="number">{money(rate.monthlyCap)}</td>
                <td className="number">{money(rate.yearlyCap)}</td>
                <td>
                  <span className={`status status--${rate.confirmed ? 'APPROVED' : 'SUBMITTED'}`}>
                    <FormattedMessage id={rate.confirmed ? 'books.rates.yes' : 'books.rates.no'} />
                  </span>
                </td>
                <td>{rate.source}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={intl.formatMessage({ id: 'books.rates.correctLabel' }, { year: rate.year })}
                    onClick={() => {
                      setAdding(false);
                      setDone(null);
                      setEditing(rate.year);
                    }}
                  >
                    <FormattedMessage id="books.rates.correct" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editingRate && (
        <RateForm
          key={`correct-${editingRate.year}-${editingRate.version}`}
          rate={editingRate}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      {adding && !editingRate && latest && (
        <RateForm key={`add-${nextYear}`} rate={latest} newYear={nextYear} onSaved={saved} onCancel={() => setAdding(false)} />
      )}
      {adding && !latest && <RateForm key={`add-${nextYear}`} newYear={nextYear} onSaved={saved} onCancel={() => setAdding(false)} />}
    </section>
  );
}

const FIELDS = ['hourly21PlusCents', 'hourlyUnder21Cents', 'monthlyCapCents', 'yearlyCapCents'] as const;
type AmountField = (typeof FIELDS)[number];

/** Corrects a year's limits (with the version read), or enters a new year's, starting from the latest year's values. */
function RateForm({
  rate,
  newYear,
  onSaved,
  onCancel,
}: {
  rate?: Rate;
  newYear?: number;
  onSaved(year: number, confirmed: boolean, added: boolean): void;
  onCancel(): void;
}) {
  const intl = useIntl();
  const year = newYear ?? rate!.year;
  const [amounts, setAmounts] = useState<Record<AmountField, string>>({
    hourly21PlusCents: rate ? eurosText(rate.hourly21Plus.cents) : '',
    hourlyUnder21Cents: rate ? eurosText(rate.hourlyUnder21.cents) : '',
    monthlyCapCents: rate ? eurosText(rate.monthlyCap.cents) : '',
    yearlyCapCents: rate ? eurosText(rate.yearlyCap.cents) : '',
  });
  const [confirmed, setConfirmed] = useState(newYear ? false : (rate?.confirmed ?? false));
  const [source, setSource] = useState(newYear ? '' : (rate?.source ?? ''));
  const [local, setLocal] = useState<FieldProblem[]>([]);
  const [correct, correcting] = useMutation(BooksPageCorrectRate);
  const [add, adding] = useMutation(BooksPageAddRate);
  const state = newYear ? adding : correcting;
  const headingId = `books-rate-form-${year}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const cents = Object.fromEntries(FIELDS.map((field) => [field, centsFromEuros(amounts[field])])) as Record<
      AmountField,
      number | undefined
    >;
    const mistakes: FieldProblem[] = [
      ...FIELDS.filter((field) => cents[field] === undefined).map((field) => ({
        field,
        serverMessage: '',
        messageId: 'books.error.amount',
      })),
      ...(source.trim().length < 3 ? [{ field: 'source', serverMessage: '', messageId: 'books.error.source' }] : []),
    ];
    setLocal(mistakes);
    if (mistakes.length) return;
    const values = {
      year,
      hourly21PlusCents: cents.hourly21PlusCents!,
      hourlyUnder21Cents: cents.hourlyUnder21Cents!,
      monthlyCapCents: cents.monthlyCapCents!,
      yearlyCapCents: cents.yearlyCapCents!,
      confirmed,
      source: source.trim(),
    };
    if (newYear) {
      const outcome = await add({ input: values });
      if (outcome.data) onSaved(year, confirmed, true);
    } else {
      const outcome = await correct({ input: { ...values, version: rate!.version } });
      if (outcome.data) onSaved(year, confirmed, false);
    }
  }

  const at = (field: string): FieldProblem[] => [
    ...local.filter((problem) => problem.field === field),
    ...fieldProblemsOf(state.problems, field).map((problem) => ({
      ...problem,
      messageId:
        field === 'yearlyCapCents' && /monthly/i.test(problem.serverMessage)
          ? 'books.error.yearlyBelowMonthly'
          : field === 'source'
            ? 'books.error.source'
            : 'books.error.amount',
    })),
  ];
  const pageProblems: Problem[] = state.problems
    .filter((problem) => !problem.fields.some((field) => [...FIELDS, 'source'].includes(field.field as AmountField)))
    .map((problem) =>
      problem.kind === 'CONFLICT' ? { ...problem, messageId: newYear ? 'books.error.alreadyEntered' : 'books.error.changed' } : problem,
    );
  const labels: Record<AmountField, string> = {
    hourly21PlusCents: 'books.form.hourly21Plus',
    hourlyUnder21Cents: 'books.form.hourlyUnder21',
    monthlyCapCents: 'books.form.monthlyCap',
    yearlyCapCents: 'books.form.yearlyCap',
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} className="card">
      <h3 id={headingId}>
        <FormattedMessage id={newYear ? 'books.form.addTitle' : 'books.form.correctTitle'} values={{ year }} />
      </h3>
      {newYear && rate && (
        <p>
          <FormattedMessage id="books.form.startFrom" values={{ year: rate.year }} />
        </p>
      )}
      {FIELDS.map((field) => (
        <FormField key={field} label={intl.formatMessage({ id: labels[field] })} problems={at(field)}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={amounts[field]}
              onChange={(event) => setAmounts((previous) => ({ ...previous, [field]: event.target.value }))}
            />
          )}
        </FormField>
      ))}
      <FormField
        label={<FormattedMessage id="books.form.source" />}
        hint={<FormattedMessage id="books.form.sourceHint" />}
        problems={at('source')}
      >
        {(props) => <input {...props} type="text" maxLength={300} value={source} onChange={(event) => setSource(event.target.value)} />}
      </FormField>
      <div className="field">
        <label className="option">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <FormattedMessage id="books.form.confirmed" />
        </label>
      </div>
      <ProblemMessage problems={pageProblems} />
      <div className="button-row">
        <button type="submit" className="button" disabled={state.running}>
          <FormattedMessage id={newYear ? 'books.form.add' : 'books.form.save'} values={{ year }} />
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}
