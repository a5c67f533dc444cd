import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useMutation, useQuery } from '../../api/hooks';
import { useSession } from '../../app/portal-context';
import { todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { LonelinessAnswer, WellbeingDomain } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';

const ChecksPageQuery = graphql(`
  query ChecksPage($volunteerId: ID!) {
    volunteer(id: $volunteerId) {
      id
      consents {
        purpose
        withdrawnOn
      }
    }
  }
`);

const RecordOwnWellbeingCheck = graphql(`
  mutation RecordOwnWellbeingCheck($input: RecordWellbeingCheckInput!) {
    recordWellbeingCheck(input: $input) {
      id
    }
  }
`);

const RecordOwnLonelinessCheck = graphql(`
  mutation RecordOwnLonelinessCheck($input: RecordLonelinessCheckInput!) {
    recordLonelinessCheck(input: $input) {
      takenOn
    }
  }
`);

type Score =
  'language' | 'socialNetwork' | 'meaning' | 'dailyLife' | 'homeSituation' | 'mentalHealth' | 'physicalHealth' | 'financialHealth';
const DOMAINS: { domain: WellbeingDomain; field: Score }[] = [
  { domain: 'LANGUAGE', field: 'language' },
  { domain: 'SOCIAL_NETWORK', field: 'socialNetwork' },
  { domain: 'MEANING', field: 'meaning' },
  { domain: 'DAILY_LIFE', field: 'dailyLife' },
  { domain: 'HOME_SITUATION', field: 'homeSituation' },
  { domain: 'MENTAL_HEALTH', field: 'mentalHealth' },
  { domain: 'PHYSICAL_HEALTH', field: 'physicalHealth' },
  { domain: 'FINANCIAL_HEALTH', field: 'financialHealth' },
];
const MIDDLE = Object.fromEntries(DOMAINS.map(({ field }) => [field, 5])) as Record<Score, number>;

type Item = 'emptiness' | 'missPeople' | 'feelRejected' | 'canRelyOn' | 'canTrust' | 'feelClose';
const ITEMS: Item[] = ['emptiness', 'missPeople', 'feelRejected', 'canRelyOn', 'canTrust', 'feelClose'];
const ANSWERS: LonelinessAnswer[] = ['YES', 'MORE_OR_LESS', 'NO'];

/**
 * "Vragenlijsten": the person fills in their own wellbeing check and loneliness questionnaire, each only with their
 * consent to it; the e-mail that says one is due links here. Earlier answers are not shown here: a new check starts
 * fresh, so nobody filling it in on a shared phone sees what was answered before.
 */
export default function ChecksPage() {
  const session = useSession();
  const volunteerId = session.volunteerId ?? '';
  const query = useQuery(ChecksPageQuery, { volunteerId }, { skip: !volunteerId });
  if (!volunteerId)
    return (
      <Page titleId="checks.title">
        <p>
          <FormattedMessage id="me.noVolunteer" />
        </p>
      </Page>
    );
  if (query.loading && !query.data) return <Loading />;
  const consents = query.data?.volunteer?.consents ?? [];
  const consented = (purpose: string) => consents.some((consent) => consent.purpose === purpose && !consent.withdrawnOn);
  return (
    <Page titleId="checks.title">
      <p>
        <FormattedMessage id="checks.intro" />
      </p>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.data?.volunteer && (
        <>
          {consented('WELLBEING_MONITOR') ? <WellbeingForm volunteerId={volunteerId} /> : <NoConsent titleId="checks.wellbeing.title" />}
          {consented('LONELINESS_SCALE') ? <LonelinessForm volunteerId={volunteerId} /> : <NoConsent titleId="checks.loneliness.title" />}
        </>
      )}
    </Page>
  );
}

function NoConsent({ titleId }: { titleId: string }) {
  return (
    <section className="card me-section">
      <h2>
        <FormattedMessage id={titleId} />
      </h2>
      <p>
        <FormattedMessage id="checks.noConsent" />{' '}
        <Link href="/ik">
          <FormattedMessage id="nav.me" />
        </Link>
      </p>
    </section>
  );
}

function WellbeingForm({ volunteerId }: { volunteerId: string }) {
  const intl = useIntl();
  const [scores, setScores] = useState(MIDDLE);
  const [done, setDone] = useState(false);
  const [record, state] = useMutation(RecordOwnWellbeingCheck);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await record({ input: { volunteerId, takenOn: todayInAmsterdam(), ...scores, remark: null } });
    if (outcome.data) {
      setDone(true);
      setScores(MIDDLE);
    }
  };
  return (
    <section className="card me-section" aria-labelledby="checks-wellbeing" data-testid="checks-wellbeing">
      <h2 id="checks-wellbeing">
        <FormattedMessage id="checks.wellbeing.title" />
      </h2>
      <p>
        <FormattedMessage id="checks.wellbeing.intro" />
      </p>
      <div role="status">
        {done && (
          <p className="alert alert--success">
            <FormattedMessage id="checks.saved" />
          </p>
        )}
      </div>
      {!done && (
        <form onSubmit={(event) => void submit(event)}>
          <ProblemMessage problems={state.problems} />
          <fieldset>
            <legend>
              <FormattedMessage id="plan.wellbeing.scale" />
            </legend>
            {DOMAINS.map(({ domain, field }) => (
              <FormField
                key={domain}
                label={<FormattedMessage id={`plan.wellbeing.domain.${domain}`} />}
                hint={<FormattedMessage id={`plan.wellbeing.domainHint.${domain}`} />}
                problems={fieldProblemsOf(state.problems, field)}
              >
                {(props) => (
                  <div className="plan-slider">
                    <input
                      {...props}
                      type="range"
                      min={0}
                      max={10}
                      step={1}
                      value={scores[field]}
                      aria-valuetext={intl.formatMessage({ id: 'plan.wellbeing.valueText' }, { value: scores[field] })}
                      onChange={(event) => setScores((previous) => ({ ...previous, [field]: Number(event.target.value) }))}
                    />
                    <output htmlFor={props.id} className="plan-slider__value" aria-hidden="true">
                      {scores[field]}
                    </output>
                  </div>
                )}
              </FormField>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={state.running}>
            <FormattedMessage id="checks.send" />
          </button>
        </form>
      )}
    </section>
  );
}

function LonelinessForm({ volunteerId }: { volunteerId: string }) {
  const [answers, setAnswers] = useState<Partial<Record<Item, LonelinessAnswer>>>({});
  const [done, setDone] = useState(false);
  const [record, state] = useMutation(RecordOwnLonelinessCheck);
  const complete = ITEMS.every((item) => answers[item]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    const outcome = await record({ input: { volunteerId, takenOn: todayInAmsterdam(), ...(answers as Record<Item, LonelinessAnswer>) } });
    if (outcome.data) {
      setDone(true);
      setAnswers({});
    }
  };
  return (
    <section className="card me-section" aria-labelledby="checks-loneliness" data-testid="checks-loneliness">
      <h2 id="checks-loneliness">
        <FormattedMessage id="checks.loneliness.title" />
      </h2>
      <p>
        <FormattedMessage id="checks.loneliness.intro" />
      </p>
      <div role="status">
        {done && (
          <p className="alert alert--success">
            <FormattedMessage id="checks.saved" />
          </p>
        )}
      </div>
      {!done && (
        <form onSubmit={(event) => void submit(event)}>
          <ProblemMessage problems={state.problems} />
          {ITEMS.map((item) => (
            <fieldset key={item}>
              <legend>
                <FormattedMessage id={`checks.loneliness.item.${item}`} />
              </legend>
              {ANSWERS.map((answer) => (
                <label key={answer} className="checks-answer">
                  <input
                    type="radio"
                    name={item}
                    value={answer}
                    checked={answers[item] === answer}
                    onChange={() => setAnswers((previous) => ({ ...previous, [item]: answer }))}
                    required
                  />{' '}
                  <FormattedMessage id={`checks.loneliness.answer.${answer}`} />
                </label>
              ))}
            </fieldset>
          ))}
          <button type="submit" className="button" disabled={state.running || !complete}>
            <FormattedMessage id="checks.send" />
          </button>
        </form>
      )}
    </section>
  );
}
