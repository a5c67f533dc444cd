import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { amsterdamDate, formatLocalDate, formatMoney, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { ConsentPurpose, ExpenseCategory, MePageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import { centsFromEuros, sha256Of } from './me-amount';
import { type ReceiptProblem, ReceiptUpload, receiptProblemOf, RECEIPT_ACCEPT, useReceiptUpload } from './receipt-upload';
import { FinancialStatements } from './financial-statements';
import { SocialAssistanceSection } from './social-assistance';
import { MessagePreferencesSection } from './message-preferences';
import './me.css';
import { saveFile } from '../../format/save-file';

const MePageQueryDocument = graphql(`
  query MePage($volunteerId: ID!) {
    volunteer(id: $volunteerId) {
      id
      version
      displayName
      givenName
      familyName
      email
      phone
      postalCode
      houseNumber
      neighbourhood {
        id
        name
      }
      consents {
        purpose
        givenOn
        withdrawnOn
      }
      currentTeam {
        id
        name
      }
      expenseClaims(first: 50) {
        totalCount
        edges {
          node {
            id
            status
            description
            reason
            version
            createdAt
            total {
              cents
              currency
            }
            items {
              id
              category
              spentOn
              amount {
                cents
                currency
              }
              receipt {
                contentType
                size
              }
            }
          }
        }
      }
    }
  }
`);

const MeUpdateContact = graphql(`
  mutation MeUpdateContact($input: UpdateVolunteerInput!) {
    updateVolunteer(input: $input) {
      id
      version
      email
      phone
    }
  }
`);

const MeGiveConsent = graphql(`
  mutation MeGiveConsent($input: ConsentInput!) {
    giveConsent(input: $input) {
      purpose
      givenOn
      withdrawnOn
    }
  }
`);

const MeWithdrawConsent = graphql(`
  mutation MeWithdrawConsent($input: ConsentInput!) {
    withdrawConsent(input: $input) {
      purpose
      givenOn
      withdrawnOn
    }
  }
`);

const MePersonalDataExport = graphql(`
  query MePersonalDataExport($volunteerId: ID!) {
    volunteer(id: $volunteerId) {
      id
      personalDataExport {
        volunteerId
        volunteers
        teams
        activities
        training
        finance
      }
    }
  }
`);

const MeDraftClaim = graphql(`
  mutation MeDraftClaim($input: DraftExpenseClaimInput!) {
    draftExpenseClaim(input: $input) {
      id
      status
      version
      items {
        id
      }
    }
  }
`);

const MeSubmitClaim = graphql(`
  mutation MeSubmitClaim($id: ID!, $version: Int!) {
    submitExpenseClaim(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

type Volunteer = NonNullable<MePageQuery['volunteer']>;
type Claim = NonNullable<Volunteer['expenseClaims']>['edges'][number]['node'];

const PURPOSES: ConsentPurpose[] = [
  'CONTACT',
  'WELLBEING_MONITOR',
  'LONELINESS_SCALE',
  'PARTICIPATION_OUTCOMES',
  'PHOTOS',
  'SHARE_WITH_PARTNERS',
];
const CATEGORIES: ExpenseCategory[] = ['TRAVEL', 'MATERIALS', 'FOOD', 'OTHER'];

/** The person's own page: their details, their consents, a copy of all their data, and their expense claims. */
export default function MePage() {
  const session = useSession();
  const query = useQuery(MePageQueryDocument, { volunteerId: session.volunteerId ?? '' }, { skip: !session.volunteerId });
  if (!session.volunteerId) {
    return (
      <Page titleId="me.title">
        <p>
          <FormattedMessage id="me.noVolunteer" />
        </p>
      </Page>
    );
  }
  if (query.loading && !query.data) return <Loading />;
  const volunteer = query.data?.volunteer;
  return (
    <Page titleId="me.title">
      {!volunteer && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {volunteer && (
        <>
          <Details volunteer={volunteer} onChanged={query.reload} />
          <Consents volunteer={volunteer} onChanged={query.reload} />
          <MessagePreferencesSection volunteerId={volunteer.id} />
          <DataExport volunteerId={volunteer.id} />
          <Claims volunteer={volunteer} onChanged={query.reload} />
          <SocialAssistanceSection volunteerId={volunteer.id} />
          <FinancialStatements volunteerId={volunteer.id} />
        </>
      )}
    </Page>
  );
}

function Details({ volunteer, onChanged }: { volunteer: Volunteer; onChanged(): void }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const name = [volunteer.givenName, volunteer.familyName].filter(Boolean).join(' ');
  const address = [volunteer.postalCode, volunteer.houseNumber].filter(Boolean).join(' ');
  const unknown = <FormattedMessage id="me.details.unknown" />;
  return (
    <section className="card me-section" aria-labelledby="me-details">
      <h2 id="me-details">
        <FormattedMessage id="me.details.title" />
      </h2>
      <dl className="me-details">
        <dt>
          <FormattedMessage id="me.details.displayName" />
        </dt>
        <dd>{volunteer.displayName}</dd>
        <dt>
          <FormattedMessage id="me.details.name" />
        </dt>
        <dd>{name || unknown}</dd>
        <dt>
          <FormattedMessage id="me.details.address" />
        </dt>
        <dd>{address || unknown}</dd>
        <dt>
          <FormattedMessage id="me.details.neighbourhood" />
        </dt>
        <dd>{volunteer.neighbourhood?.name ?? unknown}</dd>
        {!editing && (
          <>
            <dt>
              <FormattedMessage id="me.details.email" />
            </dt>
            <dd>{volunteer.email || unknown}</dd>
            <dt>
              <FormattedMessage id="me.details.phone" />
            </dt>
            <dd>{volunteer.phone || unknown}</dd>
          </>
        )}
      </dl>
      <div role="status">
        {saved && !editing && (
          <p className="alert alert--success">
            <FormattedMessage id="me.details.saved" />
          </p>
        )}
      </div>
      {editing ? (
        <ContactForm
          volunteer={volunteer}
          onReload={onChanged}
          onDone={(changed) => {
            setEditing(false);
            setSaved(changed);
            if (changed) onChanged();
          }}
        />
      ) : (
        <>
          <p className="muted">
            <FormattedMessage id="me.details.otherChanges" />
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            <FormattedMessage id="me.details.changeContact" />
          </button>
        </>
      )}
    </section>
  );
}

function ContactForm({ volunteer, onDone, onReload }: { volunteer: Volunteer; onDone(changed: boolean): void; onReload(): void }) {
  const [email, setEmail] = useState(volunteer.email ?? '');
  const [phone, setPhone] = useState(volunteer.phone ?? '');
  const [update, state] = useMutation(MeUpdateContact);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await update({ input: { id: volunteer.id, version: volunteer.version, email: email.trim(), phone: phone.trim() } });
    if (outcome.data?.updateVolunteer) onDone(true);
    // Changed elsewhere in the meantime: the message says so, and the next save uses what is stored now.
    else if (outcome.problems.some((problem) => problem.kind === 'CONFLICT')) onReload();
  };
  return (
    <form onSubmit={submit} noValidate>
      <PageProblems problems={state.problems} />
      <FormField label={<FormattedMessage id="me.details.email" />} problems={fieldProblemsOf(state.problems, 'email')}>
        {(props) => <input {...props} type="email" autoComplete="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
      </FormField>
      <FormField
        label={<FormattedMessage id="me.details.phone" />}
        hint={<FormattedMessage id="me.details.phoneHint" />}
        problems={fieldProblemsOf(state.problems, 'phone')}
      >
        {(props) => <input {...props} type="tel" autoComplete="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" disabled={state.running}>
          <FormattedMessage id="common.save" />
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}

/** Page-level problems of a change: the first one, unless it is a refusal at a field (shown there). */
function PageProblems({ problems }: { problems: Problem[] }) {
  const pageLevel = problems.filter((problem) => problem.kind !== 'BAD_USER_INPUT' || problem.fields.length === 0);
  const atFields = problems.some((problem) => problem.kind === 'BAD_USER_INPUT' && problem.fields.length > 0);
  if (pageLevel.length) return <ProblemMessage problems={pageLevel} />;
  if (atFields) return <ProblemMessage problems={problems} />;
  return null;
}

function Consents({ volunteer, onChanged }: { volunteer: Volunteer; onChanged(): void }) {
  const { language } = usePortal();
  const intl = useIntl();
  const [confirming, setConfirming] = useState<ConsentPurpose | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [give, giving] = useMutation(MeGiveConsent);
  const [withdraw, withdrawing] = useMutation(MeWithdrawConsent);
  const problems = [...giving.problems, ...withdrawing.problems];

  const change = async (purpose: ConsentPurpose, to: 'given' | 'withdrawn') => {
    setAnnouncement(null);
    const run = to === 'given' ? give : withdraw;
    const outcome = await run({ input: { volunteerId: volunteer.id, purpose } });
    setConfirming(null);
    if (outcome.problems.length === 0) {
      setAnnouncement(
        intl.formatMessage(
          { id: to === 'given' ? 'me.consent.nowGiven' : 'me.consent.nowWithdrawn' },
          { purpose: intl.formatMessage({ id: `me.consent.${purpose}.title` }) },
        ),
      );
    }
    onChanged();
  };

  return (
    <section className="card me-section" aria-labelledby="me-consents">
      <h2 id="me-consents">
        <FormattedMessage id="me.consent.title" />
      </h2>
      <p>
        <FormattedMessage id="me.consent.intro" />
      </p>
      {volunteer.consents ? null : <MissingPart />}
      <ProblemMessage problems={problems} />
      <div role="status">{announcement && <p className="alert alert--success">{announcement}</p>}</div>
      <ul className="list">
        {PURPOSES.map((purpose) => {
          const records = (volunteer.consents ?? []).filter((consent) => consent.purpose === purpose);
          const active = records.find((consent) => !consent.withdrawnOn);
          const lastWithdrawn = records
            .filter((consent) => consent.withdrawnOn)
            .sort((a, b) => (b.withdrawnOn ?? '').localeCompare(a.withdrawnOn ?? ''))[0];
          const headingId = `me-consent-${purpose}`;
          return (
            <li key={purpose} aria-labelledby={headingId} data-testid={`consent-${purpose}`}>
              <h3 id={headingId}>
                <FormattedMessage id={`me.consent.${purpose}.title`} />
              </h3>
              <p>
                <FormattedMessage id={`me.consent.${purpose}.explanation`} />
              </p>
              <p>
                {active ? (
                  <span className="status status--APPROVED">
                    <FormattedMessage id="me.consent.given" values={{ date: formatLocalDate(active.givenOn, language) }} />
                  </span>
                ) : (
                  <span className="status me-status--neutral">
                    {lastWithdrawn?.withdrawnOn ? (
                      <FormattedMessage id="me.consent.withdrawn" values={{ date: formatLocalDate(lastWithdrawn.withdrawnOn, language) }} />
                    ) : (
                      <FormattedMessage id="me.consent.notGiven" />
                    )}
                  </span>
                )}
              </p>
              {active && confirming === purpose ? (
                <div className="alert alert--warning">
                  <p>
                    <FormattedMessage
                      id="me.consent.confirmWithdraw"
                      values={{ purpose: intl.formatMessage({ id: `me.consent.${purpose}.title` }) }}
                    />
                  </p>
                  <p>
                    <FormattedMessage id={`me.consent.${purpose}.whenWithdrawn`} />
                  </p>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--danger"
                      disabled={withdrawing.running}
                      onClick={() => change(purpose, 'withdrawn')}
                    >
                      <FormattedMessage id="me.consent.yesWithdraw" />
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                      <FormattedMessage id="me.consent.noKeep" />
                    </button>
                  </div>
                </div>
              ) : active ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setAnnouncement(null);
                    setConfirming(purpose);
                  }}
                >
                  <FormattedMessage
                    id="me.consent.withdraw"
                    values={{ purpose: intl.formatMessage({ id: `me.consent.${purpose}.title` }) }}
                  />
                </button>
              ) : (
                <button type="button" className="button" disabled={giving.running} onClick={() => change(purpose, 'given')}>
                  <FormattedMessage id="me.consent.give" values={{ purpose: intl.formatMessage({ id: `me.consent.${purpose}.title` }) }} />
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function DataExport({ volunteerId }: { volunteerId: string }) {
  const [fetchExport, state] = useMutation(MePersonalDataExport);
  const [done, setDone] = useState<'all' | 'partly' | null>(null);
  const download = async () => {
    setDone(null);
    const outcome = await fetchExport({ volunteerId });
    const data = outcome.data?.volunteer?.personalDataExport;
    if (!data) return;
    const today = todayInAmsterdam();
    const document = { exportedOn: today, ...data };
    saveFile(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }), `buurtvolk-mijn-gegevens-${today}.json`);
    setDone(outcome.problems.length ? 'partly' : 'all');
  };
  return (
    <section className="card me-section" aria-labelledby="me-export">
      <h2 id="me-export">
        <FormattedMessage id="me.export.title" />
      </h2>
      <p>
        <FormattedMessage id="me.export.intro" />
      </p>
      <ul>
        <li>
          <FormattedMessage id="me.export.partVolunteers" />
        </li>
        <li>
          <FormattedMessage id="me.export.partTeams" />
        </li>
        <li>
          <FormattedMessage id="me.export.partActivities" />
        </li>
        <li>
          <FormattedMessage id="me.export.partTraining" />
        </li>
        <li>
          <FormattedMessage id="me.export.partFinance" />
        </li>
      </ul>
      <p>
        <FormattedMessage id="me.export.keepSafe" />
      </p>
      {!state.data?.volunteer?.personalDataExport && <ProblemMessage problems={state.problems} />}
      <div role="status">
        {done === 'all' && (
          <p className="alert alert--success">
            <FormattedMessage id="me.export.done" />
          </p>
        )}
        {done === 'partly' && (
          <p className="alert alert--warning">
            <FormattedMessage id="me.export.partly" />
          </p>
        )}
      </div>
      <button type="button" className="button" disabled={state.running} onClick={download}>
        <FormattedMessage id={state.running ? 'me.export.busy' : 'me.export.download'} />
      </button>
    </section>
  );
}

function Claims({ volunteer, onChanged }: { volunteer: Volunteer; onChanged(): void }) {
  const { language } = usePortal();
  const intl = useIntl();
  const [drafting, setDrafting] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [submitClaim, submitting] = useMutation(MeSubmitClaim);
  const claims = (volunteer.expenseClaims?.edges ?? []).map((edge) => edge.node);
  const teamId = volunteer.currentTeam?.id;

  const submit = async (claim: Claim) => {
    setAnnouncement(null);
    const outcome = await submitClaim({ id: claim.id, version: claim.version });
    if (outcome.data?.submitExpenseClaim)
      setAnnouncement(intl.formatMessage({ id: 'me.claims.submitted' }, { amount: formatMoney(claim.total.cents, claim.total.currency) }));
    onChanged();
  };

  return (
    <section className="card me-section" aria-labelledby="me-claims">
      <h2 id="me-claims">
        <FormattedMessage id="me.claims.title" />
      </h2>
      <p>
        <FormattedMessage id="me.claims.intro" />
      </p>
      <ProblemMessage problems={submitting.problems} />
      <div role="status">{announcement && <p className="alert alert--success">{announcement}</p>}</div>
      {drafting && teamId ? (
        <ClaimForm
          teamId={teamId}
          onDone={(drafted) => {
            setDrafting(false);
            if (drafted) {
              setAnnouncement(intl.formatMessage({ id: 'me.claims.drafted' }));
              onChanged();
            }
          }}
        />
      ) : (
        teamId && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setAnnouncement(null);
              setDrafting(true);
            }}
          >
            <FormattedMessage id="me.claims.new" />
          </button>
        )
      )}
      {!teamId && (
        <p>
          <FormattedMessage id="me.claims.noTeam" />
        </p>
      )}
      <h3>
        <FormattedMessage id="me.claims.listTitle" />
      </h3>
      {volunteer.expenseClaims ? (
        claims.length ? (
          <ul className="list" aria-label={intl.formatMessage({ id: 'me.claims.listTitle' })}>
            {claims.map((claim) => {
              const spentOn = claim.items[0]?.spentOn;
              const category = claim.items[0]?.category;
              return (
                <li key={claim.id} data-testid="my-claim">
                  <strong>{claim.description || <FormattedMessage id="me.claims.noDescription" />}</strong>{' '}
                  <span className={`status status--${claim.status} me-status--${claim.status}`}>
                    <FormattedMessage id={`me.claimStatus.${claim.status}`} />
                  </span>
                  <br />
                  {formatMoney(claim.total.cents, claim.total.currency)}
                  {category && (
                    <>
                      {' · '}
                      <FormattedMessage id={`me.category.${category}`} />
                    </>
                  )}
                  {spentOn && ` · ${formatLocalDate(spentOn, language)}`}
                  <br />
                  <span className="muted">
                    <FormattedMessage
                      id="me.claims.madeOn"
                      values={{ date: formatLocalDate(amsterdamDate(new Date(claim.createdAt)), language) }}
                    />
                  </span>
                  <ul className="me-claim-items" aria-label={intl.formatMessage({ id: 'me.receipt.itemsLabel' })}>
                    {claim.items.map((item, index) => {
                      const label = intl.formatMessage(
                        { id: 'me.receipt.itemLabel' },
                        {
                          number: index + 1,
                          category: intl.formatMessage({ id: `me.category.${item.category}` }),
                          amount: formatMoney(item.amount.cents, item.amount.currency),
                        },
                      );
                      return (
                        <li key={item.id}>
                          <span>{label}</span>
                          <ReceiptUpload
                            itemId={item.id}
                            label={label}
                            receipt={item.receipt}
                            editable={claim.status === 'DRAFT' || claim.status === 'INCOMPLETE'}
                            language={language}
                            onUploaded={onChanged}
                          />
                        </li>
                      );
                    })}
                  </ul>
                  {claim.reason && (claim.status === 'REJECTED' || claim.status === 'INCOMPLETE') && (
                    <p className="me-reason">
                      <FormattedMessage id="me.claims.reason" values={{ reason: claim.reason }} />
                    </p>
                  )}
                  {(claim.status === 'DRAFT' || claim.status === 'INCOMPLETE') && (
                    <p>
                      <button type="button" className="button" disabled={submitting.running} onClick={() => submit(claim)}>
                        <FormattedMessage
                          id={claim.status === 'DRAFT' ? 'me.claims.submit' : 'me.claims.submitAgain'}
                          values={{ amount: formatMoney(claim.total.cents, claim.total.currency) }}
                        />
                      </button>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>
            <FormattedMessage id="me.claims.none" />
          </p>
        )
      ) : (
        <MissingPart onRetry={onChanged} />
      )}
    </section>
  );
}

function ClaimForm({ teamId, onDone }: { teamId: string; onDone(drafted: boolean): void }) {
  const today = todayInAmsterdam();
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<ExpenseCategory | ''>('');
  const [spentOn, setSpentOn] = useState(today);
  const [amount, setAmount] = useState('');
  const [receipt, setReceipt] = useState<File | null>(null);
  const [ownProblems, setOwnProblems] = useState<FieldProblem[]>([]);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [draft, state] = useMutation(MeDraftClaim);
  const upload = useReceiptUpload();
  const [uploading, setUploading] = useState(false);
  const [receiptProblem, setReceiptProblem] = useState<ReceiptProblem | null>(null);
  const own = (field: string) => ownProblems.filter((problem) => problem.field === field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cents = centsFromEuros(amount);
    const mine: FieldProblem[] = [];
    if (description.trim().length < 3) mine.push({ field: 'description', serverMessage: '', messageId: 'me.claimForm.descriptionNeeded' });
    if (!category) mine.push({ field: 'category', serverMessage: '', messageId: 'me.claimForm.categoryNeeded' });
    if (!spentOn || spentOn > today) mine.push({ field: 'spentOn', serverMessage: '', messageId: 'me.claimForm.dateNeeded' });
    if (cents === undefined) mine.push({ field: 'amount', serverMessage: '', messageId: 'me.claimForm.amountInvalid' });
    if (!receipt) mine.push({ field: 'receipt', serverMessage: '', messageId: 'me.claimForm.receiptNeeded' });
    const early = receipt && receiptProblemOf(receipt);
    if (early) mine.push({ field: 'receipt', serverMessage: '', messageId: `me.receipt.${early}` });
    setOwnProblems(mine);
    setReceiptProblem(null);
    if (mine.length || cents === undefined || !receipt || !category) {
      // After the messages are drawn, to the first field that needs a change, so a screen reader reads its message.
      requestAnimationFrame(() => window.document.querySelector<HTMLElement>('.me-claim-form [aria-invalid="true"]')?.focus());
      return;
    }
    const outcome = await draft({
      input: {
        teamId,
        description: description.trim(),
        idempotencyKey,
        items: [
          {
            category,
            spentOn,
            amount: { cents, currency: 'EUR' },
            receiptRef: `bonnetje:${receipt.name}`.slice(0, 300),
            receiptSha256: await sha256Of(receipt),
          },
        ],
      },
    });
    const itemId = outcome.data?.draftExpenseClaim.items[0]?.id;
    if (!itemId) return;
    // Saved as a draft first, then the file goes to the item; the same form sent again finds the same draft.
    setUploading(true);
    const failed = await upload(itemId, receipt);
    setUploading(false);
    if (failed) {
      setReceiptProblem(failed);
      requestAnimationFrame(() => window.document.querySelector<HTMLElement>('.me-claim-form [aria-invalid="true"]')?.focus());
    } else onDone(true);
  };

  const server = (field: string) => fieldProblemsOf(state.problems, field);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="me-claim-form" className="me-claim-form">
      <h3 id="me-claim-form">
        <FormattedMessage id="me.claimForm.title" />
      </h3>
      <PageProblems problems={state.problems} />
      <FormField
        label={<FormattedMessage id="me.claimForm.description" />}
        hint={<FormattedMessage id="me.claimForm.descriptionHint" />}
        problems={[...own('description'), ...server('description')]}
      >
        {(props) => (
          <input {...props} type="text" maxLength={200} value={description} onChange={(event) => setDescription(event.target.value)} />
        )}
      </FormField>
      <FormField label={<FormattedMessage id="me.claimForm.category" />} problems={[...own('category'), ...server('items.0.category')]}>
        {(props) => (
          <select {...props} value={category} onChange={(event) => setCategory(event.target.value as ExpenseCategory)}>
            <option value="">—</option>
            {CATEGORIES.map((value) => (
              <CategoryOption key={value} value={value} />
            ))}
          </select>
        )}
      </FormField>
      <FormField label={<FormattedMessage id="me.claimForm.spentOn" />} problems={[...own('spentOn'), ...server('items.0.spentOn')]}>
        {(props) => <input {...props} type="date" max={today} value={spentOn} onChange={(event) => setSpentOn(event.target.value)} />}
      </FormField>
      <FormField
        label={<FormattedMessage id="me.claimForm.amount" />}
        hint={<FormattedMessage id="me.claimForm.amountHint" />}
        problems={[...own('amount'), ...server('items.0.amount.cents')]}
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
      <FormField
        label={<FormattedMessage id="me.claimForm.receipt" />}
        hint={<FormattedMessage id="me.claimForm.receiptHint" />}
        problems={[
          ...own('receipt'),
          ...(receiptProblem ? [{ field: 'receipt', serverMessage: '', messageId: `me.receipt.${receiptProblem}` }] : []),
          ...server('items.0.receiptSha256'),
          ...server('items.0.receiptRef'),
        ]}
      >
        {(props) => (
          <input {...props} type="file" accept={RECEIPT_ACCEPT} onChange={(event) => setReceipt(event.target.files?.[0] ?? null)} />
        )}
      </FormField>
      <p className="muted">
        <FormattedMessage id="me.claimForm.afterSaving" />
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={state.running || uploading}>
          <FormattedMessage id={uploading ? 'me.receipt.busy' : 'me.claimForm.save'} />
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}

function CategoryOption({ value }: { value: ExpenseCategory }) {
  const intl = useIntl();
  return <option value={value}>{intl.formatMessage({ id: `me.category.${value}` })}</option>;
}
