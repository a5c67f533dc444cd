import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { usePortal, useSession } from '../../app/portal-context';
import { formatDateTime, formatMoney, formatNumber, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { ProposalsPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';
import './proposals.css';

const ProposalsPageQueryDocument = graphql(`
  query ProposalsPage($teamId: ID!, $year: Int!, $withCommitments: Boolean!) {
    team(id: $teamId) {
      id
      name
      decisionRule {
        quorumPercent
        majorityPercent
        inDutch
        inEnglish
        isDefault
        version
      }
      proposals {
        id
        kind
        title
        description
        subject
        theme
        focusYear
        status
        closesAt
        version
        proposedByMe
        myVote
        amount {
          cents
          currency
        }
        counts {
          votesFor
          votesAgainst
          abstentions
          voted
        }
        rule {
          inDutch
          inEnglish
        }
        result {
          votesFor
          votesAgainst
          abstentions
          eligibleMembers
          turnoutPercent
          quorumMet
          majorityMet
          outcome
        }
      }
      budgetCommitments(year: $year) @include(if: $withCommitments) {
        id
        status
        version
        fundingIssue
        executedOn
        executedFor
        amount {
          cents
          currency
        }
        executedAmount {
          cents
          currency
        }
        proposal {
          id
          title
        }
        ledgerEntry {
          id
        }
      }
    }
  }
`);

const ProposeDocument = graphql(`
  mutation ProposeToTeam($input: ProposeToTeamInput!) {
    proposeToTeam(input: $input) {
      id
    }
  }
`);

const VoteDocument = graphql(`
  mutation VoteOnTeamProposal($input: VoteOnTeamProposalInput!) {
    voteOnTeamProposal(input: $input) {
      id
      myVote
    }
  }
`);

const WithdrawDocument = graphql(`
  mutation WithdrawTeamProposal($id: ID!, $version: Int!) {
    withdrawTeamProposal(id: $id, version: $version) {
      id
      status
    }
  }
`);

const SetRuleDocument = graphql(`
  mutation SetTeamDecisionRule($input: SetTeamDecisionRuleInput!) {
    setTeamDecisionRule(input: $input) {
      version
    }
  }
`);

const ExecuteDocument = graphql(`
  mutation ExecuteBudgetCommitment($input: ExecuteBudgetCommitmentInput!) {
    executeBudgetCommitment(input: $input) {
      id
      status
    }
  }
`);

type Team = NonNullable<ProposalsPageQuery['team']>;
type Proposal = NonNullable<Team['proposals']>[number];
type Commitment = NonNullable<Team['budgetCommitments']>[number];

const KINDS = ['SPEND_BUDGET', 'NEW_ACTIVITY_SERIES', 'THEME_FOCUS'] as const;
const THEMES = ['NEIGHBOURHOOD', 'COMMUNITY', 'INFORMAL_CARE', 'SUSTAINABILITY', 'PERSONAL_DEVELOPMENT', 'HEALTH'] as const;
const CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;

/** "Voorstellen": a team decides together. Members vote and propose; coordinators also set the rule and execute commitments. */
export default function ProposalsPage() {
  const session = useSession();
  const teamId = session.teamIds[0];
  const year = Number(todayInAmsterdam().slice(0, 4));
  const coordinator = session.role === 'COORDINATOR';
  const query = useQuery(ProposalsPageQueryDocument, { teamId: teamId ?? '', year, withCommitments: coordinator }, { skip: !teamId });
  if (!teamId) {
    return (
      <Page titleId="proposals.title">
        <p>
          <FormattedMessage id="proposals.noTeam" />
        </p>
      </Page>
    );
  }
  if (query.loading && !query.data) return <Loading />;
  const team = query.data?.team;
  const proposals = team?.proposals ?? null;
  return (
    <Page titleId="proposals.title">
      {!team && <ProblemMessage problems={query.problems} onRetry={query.reload} />}
      {team && (
        <>
          <p>
            <FormattedMessage id="proposals.intro" values={{ team: team.name }} />
          </p>
          <RuleInWords rule={team.decisionRule} />
          {proposals ? (
            <>
              <ProposalList
                titleId="proposals.open.title"
                emptyId="proposals.open.none"
                proposals={proposals.filter((proposal) => proposal.status === 'OPEN')}
                reload={query.reload}
              />
              <ProposeForm teamId={team.id} onProposed={query.reload} />
              <ProposalList
                titleId="proposals.decided.title"
                emptyId="proposals.decided.none"
                proposals={proposals.filter((proposal) => proposal.status !== 'OPEN')}
                reload={query.reload}
              />
            </>
          ) : (
            <MissingPart onRetry={query.reload} />
          )}
          {coordinator && team.decisionRule && <RuleForm teamId={team.id} rule={team.decisionRule} onSaved={query.reload} />}
          {coordinator && <Commitments commitments={team.budgetCommitments ?? null} year={year} reload={query.reload} />}
        </>
      )}
    </Page>
  );
}

function RuleInWords({ rule }: { rule: Team['decisionRule'] }) {
  const { language } = usePortal();
  if (!rule) return null;
  return (
    <p className="proposals-rule">
      <FormattedMessage id="proposals.rule.current" values={{ rule: language === 'en' ? rule.inEnglish : rule.inDutch }} />
    </p>
  );
}

function ProposalList({
  titleId,
  emptyId,
  proposals,
  reload,
}: {
  titleId: string;
  emptyId: string;
  proposals: Proposal[];
  reload(): void;
}) {
  const headingId = `${titleId.replace(/\./g, '-')}`;
  return (
    <section className="card proposals-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <FormattedMessage id={titleId} />
      </h2>
      {proposals.length ? (
        <ul className="list">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="proposals-item" data-testid="proposal">
              <ProposalCard proposal={proposal} reload={reload} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <FormattedMessage id={emptyId} />
        </p>
      )}
    </section>
  );
}

function ProposalCard({ proposal, reload }: { proposal: Proposal; reload(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const [vote, voting] = useMutation(VoteDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawDocument);
  const [problems, setProblems] = useState<Problem[]>([]);
  const open = proposal.status === 'OPEN';

  async function cast(choice: (typeof CHOICES)[number]) {
    const outcome = await vote({ input: { proposalId: proposal.id, choice } });
    setProblems(outcome.problems);
    reload();
  }

  async function withdrawIt() {
    const outcome = await withdraw({ id: proposal.id, version: proposal.version });
    setProblems(outcome.problems);
    reload();
  }

  return (
    <article aria-label={proposal.title}>
      <h3>{proposal.title}</h3>
      <p className="muted">
        <FormattedMessage id={`proposals.kind.${proposal.kind}`} />
        {proposal.amount && <> · {formatMoney(proposal.amount.cents, proposal.amount.currency)}</>}
        {proposal.theme && (
          <>
            {' '}
            · <FormattedMessage id={`common.theme.${proposal.theme}`} />
          </>
        )}
        {proposal.focusYear && <> · {proposal.focusYear}</>}
      </p>
      {proposal.subject && <p>{proposal.subject}</p>}
      <p>{proposal.description}</p>
      <p className="proposals-rule">
        <FormattedMessage
          id="proposals.rule.ofProposal"
          values={{ rule: language === 'en' ? proposal.rule.inEnglish : proposal.rule.inDutch }}
        />
      </p>
      <p>
        <FormattedMessage
          id="proposals.counts"
          values={{ for: proposal.counts.votesFor, against: proposal.counts.votesAgainst, abstain: proposal.counts.abstentions }}
        />
      </p>
      {open ? (
        <>
          <p>
            <FormattedMessage id="proposals.closesAt" values={{ when: formatDateTime(proposal.closesAt, language) }} />{' '}
            {proposal.myVote ? (
              <FormattedMessage
                id="proposals.myVote"
                values={{ choice: intl.formatMessage({ id: `proposals.choice.${proposal.myVote}` }) }}
              />
            ) : (
              <FormattedMessage id="proposals.notVoted" />
            )}
          </p>
          <ProblemMessage problems={problems} />
          <div
            className="button-row"
            role="group"
            aria-label={intl.formatMessage({ id: 'proposals.voteLabel' }, { title: proposal.title })}
          >
            {CHOICES.map((choice) => (
              <button
                key={choice}
                type="button"
                className={proposal.myVote === choice ? 'button' : 'button button--secondary'}
                aria-pressed={proposal.myVote === choice}
                disabled={voting.running}
                onClick={() => cast(choice)}
              >
                <FormattedMessage id={`proposals.choice.${choice}`} />
              </button>
            ))}
            {proposal.proposedByMe && proposal.counts.voted === 0 && (
              <button type="button" className="button button--secondary" disabled={withdrawing.running} onClick={withdrawIt}>
                <FormattedMessage id="proposals.withdraw" />
              </button>
            )}
          </div>
        </>
      ) : (
        <Result proposal={proposal} />
      )}
    </article>
  );
}

function Result({ proposal }: { proposal: Proposal }) {
  const result = proposal.result;
  if (!result) {
    return (
      <p>
        <strong>
          <FormattedMessage id={`proposals.status.${proposal.status}`} />
        </strong>
      </p>
    );
  }
  return (
    <p>
      <strong>
        <FormattedMessage id={`proposals.status.${result.outcome}`} />
      </strong>{' '}
      <FormattedMessage
        id="proposals.result"
        values={{
          voted: result.votesFor + result.votesAgainst + result.abstentions,
          eligible: result.eligibleMembers,
          turnout: formatNumber(result.turnoutPercent, 1),
        }}
      />{' '}
      <FormattedMessage id={result.quorumMet ? 'proposals.quorumMet' : 'proposals.quorumNotMet'} />{' '}
      <FormattedMessage id={result.majorityMet ? 'proposals.majorityMet' : 'proposals.majorityNotMet'} />
    </p>
  );
}

function ProposeForm({ teamId, onProposed }: { teamId: string; onProposed(): void }) {
  const intl = useIntl();
  const [propose, state] = useMutation(ProposeDocument);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('SPEND_BUDGET');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [euros, setEuros] = useState('');
  const [subject, setSubject] = useState('');
  const [theme, setTheme] = useState<(typeof THEMES)[number]>('NEIGHBOURHOOD');
  const [days, setDays] = useState(7);
  const [done, setDone] = useState(false);
  const year = Number(todayInAmsterdam().slice(0, 4));
  const field = (name: string): FieldProblem[] => fieldProblemsOf(state.problems, name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const cents = Math.round(Number(euros.replace(',', '.')) * 100);
    const outcome = await propose({
      input: {
        teamId,
        kind,
        title: title.trim(),
        description: description.trim(),
        amount: kind === 'SPEND_BUDGET' && cents > 0 ? { cents } : null,
        subject: kind === 'THEME_FOCUS' ? null : subject.trim() || null,
        theme: kind === 'SPEND_BUDGET' ? null : theme,
        focusYear: kind === 'THEME_FOCUS' ? year + 1 : null,
        closesAt: new Date(Date.now() + days * 86_400_000).toISOString(),
      },
    });
    if (outcome.data?.proposeToTeam) {
      setDone(true);
      setTitle('');
      setDescription('');
      setEuros('');
      setSubject('');
      onProposed();
    }
  }

  return (
    <section className="card proposals-section" aria-labelledby="proposals-new">
      <h2 id="proposals-new">
        <FormattedMessage id="proposals.new.title" />
      </h2>
      <div role="status">
        {done && (
          <p className="alert alert--success">
            <FormattedMessage id="proposals.new.done" />
          </p>
        )}
      </div>
      <ProblemMessage problems={state.problems.filter((problem) => problem.fields.length === 0)} />
      <form onSubmit={submit} noValidate>
        <FormField label={<FormattedMessage id="proposals.new.kind" />} problems={field('kind')}>
          {(props) => (
            <select {...props} value={kind} onChange={(event) => setKind(event.target.value as (typeof KINDS)[number])}>
              {KINDS.map((value) => (
                <option key={value} value={value}>
                  {intl.formatMessage({ id: `proposals.kind.${value}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={<FormattedMessage id="proposals.new.titleField" />} problems={field('title')}>
          {(props) => <input {...props} value={title} maxLength={120} onChange={(event) => setTitle(event.target.value)} />}
        </FormField>
        <FormField label={<FormattedMessage id="proposals.new.description" />} problems={field('description')}>
          {(props) => (
            <textarea {...props} rows={3} maxLength={4000} value={description} onChange={(event) => setDescription(event.target.value)} />
          )}
        </FormField>
        {kind === 'SPEND_BUDGET' && (
          <FormField
            label={<FormattedMessage id="proposals.new.amount" />}
            hint={<FormattedMessage id="proposals.new.amountHint" />}
            problems={[...field('amount'), ...field('amount.cents')]}
          >
            {(props) => <input {...props} inputMode="decimal" value={euros} onChange={(event) => setEuros(event.target.value)} />}
          </FormField>
        )}
        {kind !== 'THEME_FOCUS' && (
          <FormField
            label={<FormattedMessage id={kind === 'SPEND_BUDGET' ? 'proposals.new.spendOn' : 'proposals.new.series'} />}
            problems={field('subject')}
          >
            {(props) => <input {...props} value={subject} maxLength={200} onChange={(event) => setSubject(event.target.value)} />}
          </FormField>
        )}
        {kind !== 'SPEND_BUDGET' && (
          <FormField label={<FormattedMessage id="proposals.new.theme" />} problems={field('theme')}>
            {(props) => (
              <select {...props} value={theme} onChange={(event) => setTheme(event.target.value as (typeof THEMES)[number])}>
                {THEMES.map((value) => (
                  <option key={value} value={value}>
                    {intl.formatMessage({ id: `common.theme.${value}` })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={<FormattedMessage id="proposals.new.days" />} problems={field('closesAt')}>
          {(props) => (
            <input {...props} type="number" min={1} max={30} value={days} onChange={(event) => setDays(Number(event.target.value))} />
          )}
        </FormField>
        <button type="submit" className="button" disabled={state.running}>
          <FormattedMessage id="proposals.new.submit" />
        </button>
      </form>
    </section>
  );
}

function RuleForm({ teamId, rule, onSaved }: { teamId: string; rule: NonNullable<Team['decisionRule']>; onSaved(): void }) {
  const [save, state] = useMutation(SetRuleDocument);
  const [quorum, setQuorum] = useState(rule.quorumPercent);
  const [majority, setMajority] = useState(rule.majorityPercent);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await save({ input: { teamId, quorumPercent: quorum, majorityPercent: majority, version: rule.version } });
    setSaved(Boolean(outcome.data));
    if (outcome.data) onSaved();
  }

  return (
    <section className="card proposals-section" aria-labelledby="proposals-rule-form">
      <h2 id="proposals-rule-form">
        <FormattedMessage id="proposals.ruleForm.title" />
      </h2>
      <p>
        <FormattedMessage id="proposals.ruleForm.intro" />
      </p>
      <div role="status">
        {saved && (
          <p className="alert alert--success">
            <FormattedMessage id="proposals.ruleForm.saved" />
          </p>
        )}
      </div>
      <ProblemMessage problems={state.problems.filter((problem) => problem.fields.length === 0)} />
      <form onSubmit={submit} noValidate>
        <FormField
          label={<FormattedMessage id="proposals.ruleForm.quorum" />}
          hint={<FormattedMessage id="proposals.ruleForm.quorumHint" />}
          problems={fieldProblemsOf(state.problems, 'quorumPercent')}
        >
          {(props) => (
            <input {...props} type="number" min={1} max={100} value={quorum} onChange={(event) => setQuorum(Number(event.target.value))} />
          )}
        </FormField>
        <FormField
          label={<FormattedMessage id="proposals.ruleForm.majority" />}
          hint={<FormattedMessage id="proposals.ruleForm.majorityHint" />}
          problems={fieldProblemsOf(state.problems, 'majorityPercent')}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              min={50}
              max={99}
              value={majority}
              onChange={(event) => setMajority(Number(event.target.value))}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={state.running}>
          <FormattedMessage id="common.save" />
        </button>
      </form>
    </section>
  );
}

function Commitments({ commitments, year, reload }: { commitments: Commitment[] | null; year: number; reload(): void }) {
  return (
    <section className="card proposals-section" aria-labelledby="proposals-commitments">
      <h2 id="proposals-commitments">
        <FormattedMessage id="proposals.commitments.title" values={{ year }} />
      </h2>
      {commitments ? (
        commitments.length ? (
          <ul className="list">
            {commitments.map((commitment) => (
              <li key={commitment.id} data-testid="commitment">
                <CommitmentItem commitment={commitment} reload={reload} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <FormattedMessage id="proposals.commitments.none" />
          </p>
        )
      ) : (
        <MissingPart onRetry={reload} />
      )}
    </section>
  );
}

function CommitmentItem({ commitment, reload }: { commitment: Commitment; reload(): void }) {
  const intl = useIntl();
  const [execute, state] = useMutation(ExecuteDocument);
  const [executing, setExecuting] = useState(false);
  const [euros, setEuros] = useState((commitment.amount.cents / 100).toFixed(2).replace('.', ','));
  const [spentOn, setSpentOn] = useState(todayInAmsterdam());
  const [spentFor, setSpentFor] = useState('');
  const title = commitment.proposal?.title ?? intl.formatMessage({ id: 'proposals.commitments.untitled' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await execute({
      input: {
        commitmentId: commitment.id,
        amount: { cents: Math.round(Number(euros.replace(',', '.')) * 100) },
        spentOn,
        spentFor: spentFor.trim(),
        version: commitment.version,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    if (outcome.data) {
      setExecuting(false);
      reload();
    }
  }

  return (
    <article aria-label={title}>
      <h3>{title}</h3>
      <p>
        <FormattedMessage id={`proposals.commitments.status.${commitment.status}`} /> ·{' '}
        {formatMoney(commitment.amount.cents, commitment.amount.currency)}
        {commitment.executedAmount && (
          <>
            {' '}
            ·{' '}
            <FormattedMessage
              id="proposals.commitments.spent"
              values={{
                amount: formatMoney(commitment.executedAmount.cents, commitment.executedAmount.currency),
                what: commitment.executedFor ?? '',
              }}
            />
          </>
        )}
      </p>
      {commitment.fundingIssue && (
        <p className="alert alert--warning">
          <FormattedMessage id={`proposals.commitments.issue.${commitment.fundingIssue}`} />
        </p>
      )}
      {commitment.ledgerEntry && (
        <p className="muted">
          <FormattedMessage id="proposals.commitments.booked" values={{ entry: commitment.ledgerEntry.id.slice(0, 8) }} />
        </p>
      )}
      {commitment.status === 'OPEN' &&
        (executing ? (
          <form onSubmit={submit} noValidate>
            <ProblemMessage problems={state.problems.filter((problem) => problem.fields.length === 0)} />
            <FormField
              label={<FormattedMessage id="proposals.commitments.amount" />}
              problems={fieldProblemsOf(state.problems, 'amount.cents')}
            >
              {(props) => <input {...props} inputMode="decimal" value={euros} onChange={(event) => setEuros(event.target.value)} />}
            </FormField>
            <FormField
              label={<FormattedMessage id="proposals.commitments.spentOn" />}
              problems={fieldProblemsOf(state.problems, 'spentOn')}
            >
              {(props) => <input {...props} type="date" value={spentOn} onChange={(event) => setSpentOn(event.target.value)} />}
            </FormField>
            <FormField
              label={<FormattedMessage id="proposals.commitments.spentFor" />}
              problems={fieldProblemsOf(state.problems, 'spentFor')}
            >
              {(props) => <input {...props} value={spentFor} maxLength={200} onChange={(event) => setSpentFor(event.target.value)} />}
            </FormField>
            <div className="button-row">
              <button type="submit" className="button" disabled={state.running}>
                <FormattedMessage id="proposals.commitments.confirm" />
              </button>
              <button type="button" className="button button--secondary" onClick={() => setExecuting(false)}>
                <FormattedMessage id="common.cancel" />
              </button>
            </div>
          </form>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => setExecuting(true)}
            aria-label={intl.formatMessage({ id: 'proposals.commitments.executeLabel' }, { title })}
          >
            <FormattedMessage id="proposals.commitments.execute" />
          </button>
        ))}
    </article>
  );
}
