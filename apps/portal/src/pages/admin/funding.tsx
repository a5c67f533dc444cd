import { type FormEvent, type RefObject, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, formatMoney, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { FundingPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import { centsFromEuros } from '../volunteer/me-amount';
import { AgreementInstalments, OverdueInvoices } from './funding-instalments';
import { UnmatchedCredits } from './unmatched-credits';
import './admin-money.css';

const FundingPageQueryDocument = graphql(`
  query FundingPage {
    fundingAgreements {
      id
      title
      startsOn
      endsOn
      socialReturnCentsPerEuro
      funder {
        id
        name
      }
      amount {
        cents
        currency
      }
      allocated {
        cents
        currency
      }
      unallocated {
        cents
        currency
      }
      instalments {
        id
        dueOn
        amount {
          cents
          currency
        }
        invoice {
          id
          number
          dueOn
          status
          daysOverdue
        }
      }
      allocations {
        year
        category
        amount {
          cents
          currency
        }
        team {
          id
          name
        }
      }
      teams {
        id
        name
        status
      }
      neighbourhoods {
        id
        name
        city
        teams {
          id
          name
          status
        }
      }
    }
    unmatchedBankCredits {
      id
      bankReference
      bookedOn
      debtorName
      remittance
      reason
      amount {
        cents
        currency
      }
    }
    overdueFundingInvoices {
      id
      number
      dueOn
      daysOverdue
      open {
        cents
        currency
      }
      agreement {
        id
        title
        funder {
          id
          name
        }
      }
    }
    partners {
      id
      name
    }
    neighbourhoods {
      id
      name
      city
      teams {
        id
        name
        status
      }
    }
  }
`);

const FundingPageAllocate = graphql(`
  mutation FundingPageAllocate($input: AllocateBudgetInput!) {
    allocateBudget(input: $input) {
      id
      amount {
        cents
        currency
      }
    }
  }
`);

const FundingPageCreate = graphql(`
  mutation FundingPageCreate($input: CreateFundingAgreementInput!) {
    createFundingAgreement(input: $input) {
      id
      title
    }
  }
`);

type Data = FundingPageQuery;
type Agreement = Data['fundingAgreements'][number];
type TeamOption = { id: string; name: string };

const CATEGORIES = ['ALLOWANCES', 'ACTIVITIES', 'TRAINING', 'COORDINATION'] as const;

/** The teams an agreement pays for: those it names, and those working in the neighbourhoods it names; closed teams not. */
export function coveredTeams(agreement: Pick<Agreement, 'teams' | 'neighbourhoods'>): TeamOption[] {
  const all = [...agreement.teams, ...agreement.neighbourhoods.flatMap((neighbourhood) => neighbourhood.teams)].filter(
    (team) => team.status !== 'CLOSED',
  );
  const unique = new Map(all.map((team) => [team.id, { id: team.id, name: team.name }]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The calendar years an agreement runs in, first to last. */
export function yearsOf(agreement: Pick<Agreement, 'startsOn' | 'endsOn'>): number[] {
  const first = Number(agreement.startsOn.slice(0, 4));
  const last = Number(agreement.endsOn.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** The server's refusals of one field, each with the Dutch message that fits its reason (the rest: the generic one). */
function problemsAt(
  problems: Problem[],
  field: string,
  reasons: { pattern: RegExp; messageId: string }[] = [],
  fallback?: string,
): FieldProblem[] {
  return fieldProblemsOf(problems, field).map((problem) => {
    const known = reasons.find((reason) => reason.pattern.test(problem.serverMessage));
    return known ? { ...problem, messageId: known.messageId } : fallback ? { ...problem, messageId: fallback } : problem;
  });
}

/** The national office's funding: agreements with funders, what each has allocated to team budgets, and new ones. */
export default function FundingPage() {
  const query = useQuery(FundingPageQueryDocument, {});
  const [chosen, setChosen] = useState<string | null>(null);
  const allocateForm = useRef<HTMLSelectElement>(null);

  if (query.loading && !query.data) return <Loading />;
  const data = query.data;
  const agreements = data?.fundingAgreements;

  function allocateFrom(agreementId: string) {
    setChosen(agreementId);
    allocateForm.current?.focus();
    allocateForm.current?.scrollIntoView({ block: 'center' });
  }

  return (
    <Page titleId="funding.title">
      <p>
        <FormattedMessage id="funding.intro" />
      </p>
      {!agreements && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {agreements && (
        <>
          <section aria-labelledby="funding-agreements">
            <h2 id="funding-agreements">
              <FormattedMessage id="funding.agreements.title" />
            </h2>
            {agreements.length === 0 ? (
              <p>
                <FormattedMessage id="funding.agreements.none" />
              </p>
            ) : (
              agreements.map((agreement) => (
                <AgreementCard
                  key={agreement.id}
                  agreement={agreement}
                  onAllocate={() => allocateFrom(agreement.id)}
                  onRetry={query.reload}
                />
              ))
            )}
          </section>
          {data.overdueFundingInvoices ? (
            <OverdueInvoices invoices={data.overdueFundingInvoices} />
          ) : (
            <MissingPart onRetry={query.reload} />
          )}
          {data.unmatchedBankCredits ? (
            <UnmatchedCredits credits={data.unmatchedBankCredits} agreements={agreements} onAssigned={query.reload} />
          ) : (
            <MissingPart onRetry={query.reload} />
          )}
          {agreements.length > 0 && (
            <AllocateForm
              agreements={agreements}
              chosen={chosen}
              onChoose={setChosen}
              selectRef={allocateForm}
              onAllocated={query.reload}
            />
          )}
          {data.partners && data.neighbourhoods ? (
            <CreateForm data={data} onCreated={query.reload} />
          ) : (
            <MissingPart onRetry={query.reload} />
          )}
        </>
      )}
    </Page>
  );
}

function AgreementCard({ agreement, onAllocate, onRetry }: { agreement: Agreement; onAllocate(): void; onRetry(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const headingId = `funding-agreement-${agreement.id}`;
  const covers = [
    ...agreement.neighbourhoods.map((neighbourhood) => `${neighbourhood.name} (${neighbourhood.city})`),
    ...agreement.teams.map((team) => team.name),
  ];
  const money = (value: { cents: number; currency: string } | null | undefined) => (value ? formatMoney(value.cents, value.currency) : '—');
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="admin-money-title">
        {agreement.title}
      </h3>
      <dl className="admin-money-facts">
        <dt>
          <FormattedMessage id="funding.agreement.funder" />
        </dt>
        <dd>{agreement.funder.name}</dd>
        <dt>
          <FormattedMessage id="funding.agreement.period" />
        </dt>
        <dd>
          <FormattedMessage
            id="funding.agreement.periodValue"
            values={{ from: formatLocalDate(agreement.startsOn, language), until: formatLocalDate(agreement.endsOn, language) }}
          />
        </dd>
        <dt>
          <FormattedMessage id="funding.agreement.covers" />
        </dt>
        <dd>{covers.join(', ') || '—'}</dd>
        <dt>
          <FormattedMessage id="funding.agreement.amount" />
        </dt>
        <dd className="admin-money-amount">{money(agreement.amount)}</dd>
        <dt>
          <FormattedMessage id="funding.agreement.socialReturn" />
        </dt>
        <dd>
          <FormattedMessage
            id="funding.agreement.socialReturnValue"
            values={{ amount: formatMoney(agreement.socialReturnCentsPerEuro, 'EUR') }}
          />
        </dd>
        <dt>
          <FormattedMessage id="funding.agreement.allocated" />
        </dt>
        <dd className="admin-money-amount">{money(agreement.allocated)}</dd>
        <dt>
          <FormattedMessage id="funding.agreement.left" />
        </dt>
        <dd className="admin-money-amount admin-money-left" data-testid="agreement-left">
          {money(agreement.unallocated)}
        </dd>
      </dl>
      {agreement.allocations ? (
        agreement.allocations.length ? (
          <details className="admin-money-details">
            <summary>
              <FormattedMessage id="funding.allocations.show" values={{ count: agreement.allocations.length }} />
            </summary>
            <div
              className="table-wrap"
              role="region"
              aria-label={intl.formatMessage({ id: 'funding.allocations.caption' }, { title: agreement.title })}
              tabIndex={0}
            >
              <table>
                <caption>{intl.formatMessage({ id: 'funding.allocations.caption' }, { title: agreement.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="funding.allocations.team" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="funding.allocations.year" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="funding.allocations.category" />
                    </th>
                    <th scope="col" className="number">
                      <FormattedMessage id="funding.allocations.amount" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {agreement.allocations.map((allocation) => (
                    <tr key={`${allocation.team.id}|${allocation.year}|${allocation.category}`}>
                      <th scope="row">{allocation.team.name}</th>
                      <td>{allocation.year}</td>
                      <td>
                        <FormattedMessage id={`money.category.${allocation.category}`} />
                      </td>
                      <td className="number">{formatMoney(allocation.amount.cents, allocation.amount.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ) : (
          <p>
            <FormattedMessage id="funding.allocations.none" />
          </p>
        )
      ) : (
        <MissingPart onRetry={onRetry} />
      )}
      {agreement.instalments ? <AgreementInstalments agreement={agreement} onChanged={onRetry} /> : <MissingPart onRetry={onRetry} />}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={onAllocate}
          aria-label={intl.formatMessage({ id: 'funding.agreement.allocateLabel' }, { title: agreement.title })}
        >
          <FormattedMessage id="funding.agreement.allocate" />
        </button>
      </div>
    </article>
  );
}

function AllocateForm({
  agreements,
  chosen,
  onChoose,
  selectRef,
  onAllocated,
}: {
  agreements: Agreement[];
  chosen: string | null;
  onChoose(id: string): void;
  selectRef: RefObject<HTMLSelectElement | null>;
  onAllocated(): void;
}) {
  const intl = useIntl();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const agreement = agreements.find((candidate) => candidate.id === chosen) ?? agreements[0];
  const teams = useMemo(() => coveredTeams(agreement), [agreement]);
  const years = yearsOf(agreement);
  const [teamId, setTeamId] = useState('');
  const [year, setYear] = useState('');
  const [category, setCategory] = useState<(typeof CATEGORIES)[number]>('ACTIVITIES');
  const [amount, setAmount] = useState('');
  const [unreadable, setUnreadable] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [allocate, allocated, reset] = useMutation(FundingPageAllocate);

  // A choice that the agreement does not offer (another agreement was chosen) falls back to its first.
  const team = teams.find((candidate) => candidate.id === teamId) ?? teams[0];
  const budgetYear = years.includes(Number(year)) ? Number(year) : years.includes(thisYear) ? thisYear : years[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const cents = centsFromEuros(amount);
    setUnreadable(cents === undefined);
    if (cents === undefined || !team || !budgetYear) {
      reset();
      return;
    }
    const outcome = await allocate({
      input: {
        agreementId: agreement.id,
        teamId: team.id,
        year: budgetYear,
        category,
        amount: { cents, currency: 'EUR' },
        idempotencyKey: crypto.randomUUID(),
      },
    });
    if (outcome.data) {
      setDone(
        intl.formatMessage(
          { id: 'funding.allocate.done' },
          {
            amount: formatMoney(cents, 'EUR'),
            team: team.name,
            category: intl.formatMessage({ id: `money.category.${category}` }),
            year: budgetYear,
            title: agreement.title,
          },
        ),
      );
      setAmount('');
      onAllocated();
    }
  }

  const problems = allocated.problems;
  const amountProblems: FieldProblem[] = unreadable
    ? [{ field: 'amount', serverMessage: '', messageId: 'funding.error.amount' }]
    : [
        ...problemsAt(problems, 'amount.cents', [{ pattern: /left/i, messageId: 'funding.error.overAllocated' }], 'funding.error.amount'),
        ...problemsAt(problems, 'amount', [], 'funding.error.amount'),
      ];
  const fielded = new Set(['amount.cents', 'amount', 'teamId', 'year', 'category', 'agreementId']);
  const pageProblems = problems.filter((problem) => !problem.fields.some((field) => fielded.has(field.field)));

  return (
    <section className="card" aria-labelledby="funding-allocate">
      <h2 id="funding-allocate">
        <FormattedMessage id="funding.allocate.title" />
      </h2>
      <p>
        <FormattedMessage id="funding.allocate.intro" />
      </p>
      <form onSubmit={submit} noValidate>
        <FormField
          label={<FormattedMessage id="funding.allocate.agreement" />}
          problems={problemsAt(problems, 'agreementId', [], 'funding.error.agreement')}
        >
          {(props) => (
            <select
              {...props}
              ref={selectRef}
              value={agreement.id}
              onChange={(event) => {
                onChoose(event.target.value);
                reset();
                setDone(null);
              }}
            >
              {agreements.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={<FormattedMessage id="funding.allocate.team" />}
          problems={problemsAt(problems, 'teamId', [], 'funding.error.notCovered')}
        >
          {(props) => (
            <select {...props} value={team?.id ?? ''} onChange={(event) => setTeamId(event.target.value)} disabled={teams.length === 0}>
              {teams.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={<FormattedMessage id="funding.allocate.year" />}
          problems={problemsAt(problems, 'year', [], 'funding.error.year')}
        >
          {(props) => (
            <select {...props} value={budgetYear ?? ''} onChange={(event) => setYear(event.target.value)}>
              {years.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {candidate}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={<FormattedMessage id="funding.allocate.category" />} problems={problemsAt(problems, 'category')}>
          {(props) => (
            <select {...props} value={category} onChange={(event) => setCategory(event.target.value as (typeof CATEGORIES)[number])}>
              {CATEGORIES.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {intl.formatMessage({ id: `money.category.${candidate}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={<FormattedMessage id="funding.allocate.amount" />}
          hint={
            <FormattedMessage
              id="funding.allocate.amountHint"
              values={{ left: agreement.unallocated ? formatMoney(agreement.unallocated.cents, agreement.unallocated.currency) : '—' }}
            />
          }
          problems={amountProblems}
        >
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
        {teams.length === 0 && (
          <p className="alert alert--warning">
            <FormattedMessage id="funding.allocate.noTeams" />
          </p>
        )}
        <ProblemMessage problems={pageProblems} />
        <div className="button-row">
          <button type="submit" className="button" disabled={allocated.running || teams.length === 0}>
            <FormattedMessage id={allocated.running ? 'funding.allocate.running' : 'funding.allocate.submit'} />
          </button>
        </div>
      </form>
      <div role="status">{done && <p className="alert alert--success">{done}</p>}</div>
    </section>
  );
}

function CreateForm({ data, onCreated }: { data: Data; onCreated(): void }) {
  const intl = useIntl();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const partners = useMemo(() => [...(data.partners ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [data.partners]);
  const neighbourhoods = useMemo(
    () => [...(data.neighbourhoods ?? [])].sort((a, b) => `${a.city} ${a.name}`.localeCompare(`${b.city} ${b.name}`, 'nl')),
    [data.neighbourhoods],
  );
  const teams = useMemo(() => coveredTeams({ teams: [], neighbourhoods }), [neighbourhoods]);
  const empty = {
    partnerId: '',
    title: '',
    amount: '',
    startsOn: `${thisYear + 1}-01-01`,
    endsOn: `${thisYear + 4}-12-31`,
    socialReturn: '',
    neighbourhoodIds: [] as string[],
    teamIds: [] as string[],
  };
  const [form, setForm] = useState(empty);
  const [local, setLocal] = useState<FieldProblem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [create, created, reset] = useMutation(FundingPageCreate);

  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const toggle = (key: 'neighbourhoodIds' | 'teamIds', id: string, on: boolean) =>
    set(key, on ? [...form[key], id] : form[key].filter((candidate) => candidate !== id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const cents = centsFromEuros(form.amount);
    const socialReturn = centsFromEuros(form.socialReturn);
    const mistakes: FieldProblem[] = [
      ...(form.partnerId ? [] : [{ field: 'partnerId', serverMessage: '', messageId: 'funding.error.partner' }]),
      ...(form.title.trim() ? [] : [{ field: 'title', serverMessage: '', messageId: 'funding.error.title' }]),
      ...(cents === undefined ? [{ field: 'amount.cents', serverMessage: '', messageId: 'funding.error.amount' }] : []),
      ...(socialReturn === undefined
        ? [{ field: 'socialReturnCentsPerEuro', serverMessage: '', messageId: 'funding.error.socialReturn' }]
        : []),
      ...(form.neighbourhoodIds.length || form.teamIds.length
        ? []
        : [{ field: 'teamIds', serverMessage: '', messageId: 'funding.error.covers' }]),
    ];
    setLocal(mistakes);
    if (mistakes.length || cents === undefined || socialReturn === undefined) {
      reset();
      return;
    }
    const outcome = await create({
      input: {
        partnerId: form.partnerId,
        title: form.title.trim(),
        amount: { cents, currency: 'EUR' },
        startsOn: form.startsOn,
        endsOn: form.endsOn,
        neighbourhoodIds: form.neighbourhoodIds,
        teamIds: form.teamIds,
        socialReturnCentsPerEuro: socialReturn,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    if (outcome.data) {
      setDone(intl.formatMessage({ id: 'funding.create.done' }, { title: outcome.data.createFundingAgreement.title }));
      setForm(empty);
      onCreated();
    }
  }

  const problems = created.problems;
  const at = (field: string, fallback: string, reasons: { pattern: RegExp; messageId: string }[] = []) => [
    ...local.filter((problem) => problem.field === field),
    ...problemsAt(problems, field, reasons, fallback),
  ];
  const fielded = new Set([
    'partnerId',
    'title',
    'amount.cents',
    'startsOn',
    'endsOn',
    'socialReturnCentsPerEuro',
    'teamIds',
    'neighbourhoodIds',
  ]);
  const pageProblems = problems.filter((problem) => !problem.fields.some((field) => fielded.has(field.field)));
  const coversProblems = [
    ...at('teamIds', 'funding.error.covers'),
    ...problemsAt(problems, 'neighbourhoodIds', [], 'funding.error.covers'),
  ];

  return (
    <section className="card" aria-labelledby="funding-create">
      <h2 id="funding-create">
        <FormattedMessage id="funding.create.title" />
      </h2>
      <form onSubmit={submit} noValidate>
        <FormField label={<FormattedMessage id="funding.create.partner" />} problems={at('partnerId', 'funding.error.partner')}>
          {(props) => (
            <select {...props} value={form.partnerId} onChange={(event) => set('partnerId', event.target.value)}>
              <option value="">{intl.formatMessage({ id: 'funding.create.choosePartner' })}</option>
              {partners.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={<FormattedMessage id="funding.create.name" />}
          hint={<FormattedMessage id="funding.create.nameHint" />}
          problems={at('title', 'funding.error.title')}
        >
          {(props) => (
            <input {...props} type="text" maxLength={150} value={form.title} onChange={(event) => set('title', event.target.value)} />
          )}
        </FormField>
        <FormField label={<FormattedMessage id="funding.create.amount" />} problems={at('amount.cents', 'funding.error.amount')}>
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.amount}
              onChange={(event) => set('amount', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={<FormattedMessage id="funding.create.startsOn" />} problems={at('startsOn', 'funding.error.date')}>
          {(props) => <input {...props} type="date" value={form.startsOn} onChange={(event) => set('startsOn', event.target.value)} />}
        </FormField>
        <FormField label={<FormattedMessage id="funding.create.endsOn" />} problems={at('endsOn', 'funding.error.endsOn')}>
          {(props) => <input {...props} type="date" value={form.endsOn} onChange={(event) => set('endsOn', event.target.value)} />}
        </FormField>
        <FormField
          label={<FormattedMessage id="funding.create.socialReturn" />}
          hint={<FormattedMessage id="funding.create.socialReturnHint" />}
          problems={at('socialReturnCentsPerEuro', 'funding.error.socialReturn')}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.socialReturn}
              onChange={(event) => set('socialReturn', event.target.value)}
            />
          )}
        </FormField>
        <fieldset aria-describedby={coversProblems.length ? 'funding-create-covers-error' : undefined}>
          <legend>
            <FormattedMessage id="funding.create.covers" />
          </legend>
          <p className="field__hint">
            <FormattedMessage id="funding.create.coversHint" />
          </p>
          {coversProblems.length > 0 && (
            <p id="funding-create-covers-error" className="field__error">
              {coversProblems.map((problem) => (
                <span key={problem.messageId + problem.serverMessage}>
                  <FormattedMessage id={problem.messageId} values={{ serverMessage: problem.serverMessage }} />{' '}
                </span>
              ))}
            </p>
          )}
          <fieldset>
            <legend>
              <FormattedMessage id="funding.create.neighbourhoods" />
            </legend>
            <div className="admin-money-checks">
              {neighbourhoods.map((neighbourhood) => (
                <label key={neighbourhood.id} className="option">
                  <input
                    type="checkbox"
                    checked={form.neighbourhoodIds.includes(neighbourhood.id)}
                    onChange={(event) => toggle('neighbourhoodIds', neighbourhood.id, event.target.checked)}
                  />
                  {neighbourhood.name} ({neighbourhood.city})
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>
              <FormattedMessage id="funding.create.teams" />
            </legend>
            <div className="admin-money-checks">
              {teams.map((team) => (
                <label key={team.id} className="option">
                  <input
                    type="checkbox"
                    checked={form.teamIds.includes(team.id)}
                    onChange={(event) => toggle('teamIds', team.id, event.target.checked)}
                  />
                  {team.name}
                </label>
              ))}
            </div>
          </fieldset>
        </fieldset>
        <ProblemMessage problems={pageProblems} />
        <div className="button-row">
          <button type="submit" className="button" disabled={created.running}>
            <FormattedMessage id={created.running ? 'funding.create.running' : 'funding.create.submit'} />
          </button>
        </div>
      </form>
      <div role="status">{done && <p className="alert alert--success">{done}</p>}</div>
    </section>
  );
}
