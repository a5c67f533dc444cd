import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from '../../api/hooks';
import type { FieldProblem, Problem } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { WellbeingDomain } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import { personName } from './plan-people';

const PlanPageWellbeingCheck = graphql(`
  mutation PlanPageWellbeingCheck($input: RecordWellbeingCheckInput!) {
    recordWellbeingCheck(input: $input) {
      id
      takenOn
    }
  }
`);

/** The eight domains and the input field of each, in the order the foundation reports them. */
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
type Score =
  'language' | 'socialNetwork' | 'meaning' | 'dailyLife' | 'homeSituation' | 'mentalHealth' | 'physicalHealth' | 'financialHealth';
type Scores = Record<Score, number>;
const MIDDLE: Scores = {
  language: 5,
  socialNetwork: 5,
  meaning: 5,
  dailyLife: 5,
  homeSituation: 5,
  mentalHealth: 5,
  physicalHealth: 5,
  financialHealth: 5,
};

export interface WellbeingMember {
  id: string;
  displayName: string;
  givenName?: string | null;
  familyName?: string | null;
  /** Empty when the coordinator may not read them; then the server decides. */
  consents?: { purpose: string; withdrawnOn?: string | null }[] | null;
}

function hasMonitorConsent(member: WellbeingMember): boolean | undefined {
  if (!member.consents) return undefined;
  return member.consents.some((consent) => consent.purpose === 'WELLBEING_MONITOR' && !consent.withdrawnOn);
}

/** The server's refusal for a person without WELLBEING_MONITOR consent. */
function refusedForConsent(problems: Problem[]): boolean {
  return fieldProblemsOf(problems, 'volunteerId').some((problem) => /WELLBEING_MONITOR|consent/i.test(problem.serverMessage));
}

/** A wellbeing check with a member who agreed to the wellbeing monitor: eight domains, each 0 to 10. */
export function WellbeingSection({ members, consentUnreadable }: { members: WellbeingMember[]; consentUnreadable: boolean }) {
  const intl = useIntl();
  const { language } = usePortal();
  const today = todayInAmsterdam();
  const [memberId, setMemberId] = useState('');
  const [takenOn, setTakenOn] = useState(today);
  const [scores, setScores] = useState<Scores>(MIDDLE);
  const [remark, setRemark] = useState('');
  const [recorded, setRecorded] = useState<{ name: string; takenOn: string }>();
  const [refusedIds, setRefusedIds] = useState<string[]>([]);
  const [record, state, reset] = useMutation(PlanPageWellbeingCheck);

  const sorted = members
    .map((candidate) => ({ ...candidate, name: personName(candidate) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const member = sorted.find((candidate) => candidate.id === memberId);
  const consent = member ? (refusedIds.includes(member.id) ? false : hasMonitorConsent(member)) : undefined;
  const dateProblems: FieldProblem[] = fieldProblemsOf(state.problems, 'takenOn');
  const pageProblems = state.problems.filter((problem) => problem.kind !== 'BAD_USER_INPUT');

  const choose = (id: string) => {
    setMemberId(id);
    setScores(MIDDLE);
    setRemark('');
    setTakenOn(today);
    setRecorded(undefined);
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!member) return;
    setRecorded(undefined);
    const outcome = await record({ input: { volunteerId: member.id, takenOn, ...scores, remark: remark.trim() || null } });
    if (outcome.data) {
      setRecorded({ name: member.name, takenOn: outcome.data.recordWellbeingCheck.takenOn });
      setScores(MIDDLE);
      setRemark('');
    } else if (refusedForConsent(outcome.problems)) {
      setRefusedIds((previous) => [...previous, member.id]);
    }
  };

  return (
    <>
      <p>
        <FormattedMessage id="plan.wellbeing.intro" />
      </p>
      <FormField label={<FormattedMessage id="plan.wellbeing.member" />}>
        {(props) => (
          <select {...props} value={memberId} onChange={(event) => choose(event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'plan.wellbeing.chooseMember' })}</option>
            {sorted.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div role="status">
        {recorded && (
          <p className="alert alert--success">
            <FormattedMessage
              id="plan.wellbeing.recorded"
              values={{ name: recorded.name, date: formatLocalDate(recorded.takenOn, language) }}
            />
          </p>
        )}
        {member && consent === false && (
          <p className="alert alert--info">
            <FormattedMessage id="plan.wellbeing.noConsent" />
          </p>
        )}
      </div>
      {member && consent === undefined && consentUnreadable && (
        <p className="muted">
          <FormattedMessage id="plan.wellbeing.consentUnknown" />
        </p>
      )}
      {member && consent !== false && (
        <form onSubmit={submit}>
          <h3>
            <FormattedMessage id="plan.wellbeing.with" values={{ name: member.name }} />
          </h3>
          <ProblemMessage problems={pageProblems} />
          <FormField label={<FormattedMessage id="plan.wellbeing.takenOn" />} problems={dateProblems}>
            {(props) => <input {...props} type="date" max={today} value={takenOn} onChange={(event) => setTakenOn(event.target.value)} />}
          </FormField>
          <fieldset>
            <legend>
              <FormattedMessage id="plan.wellbeing.scores" />
            </legend>
            <p className="field__hint">
              <FormattedMessage id="plan.wellbeing.scale" />
            </p>
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
          <FormField
            label={<FormattedMessage id="plan.wellbeing.remark" />}
            hint={<FormattedMessage id="plan.wellbeing.remarkHint" />}
            problems={fieldProblemsOf(state.problems, 'remark')}
          >
            {(props) => (
              <textarea {...props} rows={3} maxLength={1000} value={remark} onChange={(event) => setRemark(event.target.value)} />
            )}
          </FormField>
          <div className="button-row">
            <button type="submit" className="button" disabled={state.running}>
              <FormattedMessage id="plan.wellbeing.submit" />
            </button>
          </div>
        </form>
      )}
    </>
  );
}
