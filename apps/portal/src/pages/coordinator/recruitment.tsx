import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal, useSession } from '../../app/portal-context';
import { formatLocalDate, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { IntakeOutcome, NotJoinedReason, OutreachKind, RecruitmentPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';
import { RecruitmentFunnelTable } from '../shared/recruitment-funnel';
import { personName } from './plan-people';

const RecruitmentPageQueryDocument = graphql(`
  query RecruitmentPage($teamId: ID!, $year: Int) {
    team(id: $teamId) {
      id
      name
      memberships {
        id
        volunteer {
          id
          displayName
          givenName
          familyName
        }
      }
      recruitmentFunnel(year: $year) {
        year
        suppressed
        spokenTo
        interested
        intake
        joined
        after3Months {
          active
          lost
          notYetDue
        }
        after12Months {
          active
          lost
          notYetDue
        }
      }
      outreachMoments {
        id
        kind
        heldOn
        place
        spokenTo
        interested
      }
      recruitmentCandidates {
        id
        version
        firstName
        phone
        email
        firstConversationOn
        introductionOn
        outcome
        outcomeOn
        notJoinedReason
        volunteerId
        contactDeletedAt
      }
    }
  }
`);

const RecordOutreachMoment = graphql(`
  mutation RecordOutreachMoment($input: RecordOutreachMomentInput!) {
    recordOutreachMoment(input: $input) {
      id
    }
  }
`);

const AddRecruitmentCandidate = graphql(`
  mutation AddRecruitmentCandidate($input: AddRecruitmentCandidateInput!) {
    addRecruitmentCandidate(input: $input) {
      id
    }
  }
`);

const RecordIntakeStep = graphql(`
  mutation RecordIntakeStep($input: RecordIntakeStepInput!) {
    recordIntakeStep(input: $input) {
      id
      version
    }
  }
`);

const CloseIntake = graphql(`
  mutation CloseIntake($input: CloseIntakeInput!) {
    closeIntake(input: $input) {
      id
      outcome
    }
  }
`);

type Candidate = NonNullable<NonNullable<RecruitmentPageQuery['team']>['recruitmentCandidates']>[number];
type Member = { id: string; displayName: string; givenName?: string | null; familyName?: string | null };
const KINDS: OutreachKind[] = ['DOOR_TO_DOOR', 'MARKET_STAND', 'VIA_PARTNER', 'OTHER'];
const REASONS: NotJoinedReason[] = ['NO_TIME', 'NOT_INTERESTED', 'HEALTH', 'MOVED', 'NO_CONTACT', 'OTHER_INITIATIVE', 'OTHER'];

/** A coordinator's "Werving": outreach moments, interested residents through intake, and the funnel as figures. */
export default function RecruitmentPage() {
  const intl = useIntl();
  const session = useSession();
  const teamId = session.teamIds[0] ?? '';
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const [year, setYear] = useState<number | null>(thisYear);
  const query = useQuery(RecruitmentPageQueryDocument, { teamId, year }, { skip: !teamId });
  const team = query.data?.team;
  return (
    <Page titleId="recruitment.title">
      <p>
        <FormattedMessage id="recruitment.intro" />
      </p>
      <ProblemMessage problems={query.problems} onRetry={query.reload} />
      {query.loading && !team && <Loading />}
      {team && (
        <>
          <section aria-labelledby="recruitment-funnel">
            <h2 id="recruitment-funnel">
              <FormattedMessage id="recruitment.funnel.title" />
            </h2>
            <FormField label={intl.formatMessage({ id: 'recruitment.year' })}>
              {(props) => (
                <select {...props} value={year ?? ''} onChange={(event) => setYear(event.target.value ? Number(event.target.value) : null)}>
                  <option value="">{intl.formatMessage({ id: 'recruitment.allYears' })}</option>
                  {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {team.recruitmentFunnel && <RecruitmentFunnelTable funnel={team.recruitmentFunnel} caption={team.name} />}
          </section>
          <OutreachSection teamId={team.id} moments={team.outreachMoments ?? []} onChanged={query.reload} />
          <CandidatesSection
            teamId={team.id}
            candidates={team.recruitmentCandidates ?? []}
            members={(team.memberships ?? []).map((membership) => membership.volunteer)}
            onChanged={query.reload}
          />
        </>
      )}
    </Page>
  );
}

function OutreachSection({
  teamId,
  moments,
  onChanged,
}: {
  teamId: string;
  moments: NonNullable<NonNullable<RecruitmentPageQuery['team']>['outreachMoments']>;
  onChanged(): void;
}) {
  const intl = useIntl();
  const { language } = usePortal();
  const [record, recording] = useMutation(RecordOutreachMoment);
  const [kind, setKind] = useState<OutreachKind>('DOOR_TO_DOOR');
  const [heldOn, setHeldOn] = useState(todayInAmsterdam());
  const [place, setPlace] = useState('');
  const [spokenTo, setSpokenTo] = useState('0');
  const [interested, setInterested] = useState('0');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await record({
      input: { teamId, kind, heldOn, place: place.trim(), spokenTo: Number(spokenTo), interested: Number(interested) },
    });
    if (outcome.data) {
      setPlace('');
      onChanged();
    }
  };
  return (
    <section aria-labelledby="recruitment-outreach">
      <h2 id="recruitment-outreach">
        <FormattedMessage id="recruitment.outreach.title" />
      </h2>
      {moments.length === 0 ? (
        <p>
          <FormattedMessage id="recruitment.outreach.none" />
        </p>
      ) : (
        <ul className="list">
          {moments.map((moment) => (
            <li key={moment.id} className="card" data-testid="outreach-moment">
              <FormattedMessage
                id="recruitment.outreach.line"
                values={{
                  date: formatLocalDate(moment.heldOn, language),
                  kind: intl.formatMessage({ id: `recruitment.kind.${moment.kind}` }),
                  place: moment.place,
                  spokenTo: moment.spokenTo,
                  interested: moment.interested,
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} className="card">
        <h3>
          <FormattedMessage id="recruitment.outreach.add" />
        </h3>
        <ProblemMessage problems={recording.problems.filter((problem) => !problem.fields.length)} />
        <FormField label={intl.formatMessage({ id: 'recruitment.outreach.kind' })}>
          {(props) => (
            <select {...props} value={kind} onChange={(event) => setKind(event.target.value as OutreachKind)}>
              {KINDS.map((value) => (
                <option key={value} value={value}>
                  {intl.formatMessage({ id: `recruitment.kind.${value}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={intl.formatMessage({ id: 'recruitment.outreach.heldOn' })}
          problems={fieldProblemsOf(recording.problems, 'heldOn')}
        >
          {(props) => <input {...props} type="date" required value={heldOn} onChange={(event) => setHeldOn(event.target.value)} />}
        </FormField>
        <FormField
          label={intl.formatMessage({ id: 'recruitment.outreach.place' })}
          hint={intl.formatMessage({ id: 'recruitment.outreach.placeHint' })}
          problems={fieldProblemsOf(recording.problems, 'place')}
        >
          {(props) => <input {...props} required maxLength={150} value={place} onChange={(event) => setPlace(event.target.value)} />}
        </FormField>
        <FormField
          label={intl.formatMessage({ id: 'recruitment.outreach.spokenTo' })}
          problems={fieldProblemsOf(recording.problems, 'spokenTo')}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              inputMode="numeric"
              value={spokenTo}
              onChange={(event) => setSpokenTo(event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={intl.formatMessage({ id: 'recruitment.outreach.interested' })}
          problems={fieldProblemsOf(recording.problems, 'interested')}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              inputMode="numeric"
              value={interested}
              onChange={(event) => setInterested(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={recording.running}>
          <FormattedMessage id="recruitment.outreach.save" />
        </button>
      </form>
    </section>
  );
}

function CandidatesSection({
  teamId,
  candidates,
  members,
  onChanged,
}: {
  teamId: string;
  candidates: Candidate[];
  members: Member[];
  onChanged(): void;
}) {
  const intl = useIntl();
  const [add, adding] = useMutation(AddRecruitmentCandidate);
  const [firstName, setFirstName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await add({ input: { teamId, firstName: firstName.trim(), phone: phone.trim() || null, email: email.trim() || null } });
    if (outcome.data) {
      setFirstName('');
      setPhone('');
      setEmail('');
      onChanged();
    }
  };
  return (
    <section aria-labelledby="recruitment-candidates">
      <h2 id="recruitment-candidates">
        <FormattedMessage id="recruitment.candidates.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="recruitment.candidates.privacy" />
      </p>
      {candidates.length === 0 ? (
        <p>
          <FormattedMessage id="recruitment.candidates.none" />
        </p>
      ) : (
        <ul className="list">
          {candidates.map((candidate) => (
            <CandidateCard key={candidate.id} candidate={candidate} members={members} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} className="card">
        <h3>
          <FormattedMessage id="recruitment.candidates.add" />
        </h3>
        <ProblemMessage problems={adding.problems.filter((problem) => !problem.fields.length)} />
        <FormField
          label={intl.formatMessage({ id: 'recruitment.candidates.firstName' })}
          problems={fieldProblemsOf(adding.problems, 'firstName')}
        >
          {(props) => <input {...props} required maxLength={50} value={firstName} onChange={(event) => setFirstName(event.target.value)} />}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'recruitment.candidates.phone' })} problems={fieldProblemsOf(adding.problems, 'phone')}>
          {(props) => <input {...props} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'recruitment.candidates.email' })} problems={fieldProblemsOf(adding.problems, 'email')}>
          {(props) => <input {...props} type="email" value={email} onChange={(event) => setEmail(event.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={adding.running}>
          <FormattedMessage id="recruitment.candidates.save" />
        </button>
      </form>
    </section>
  );
}

function CandidateCard({ candidate, members, onChanged }: { candidate: Candidate; members: Member[]; onChanged(): void }) {
  const intl = useIntl();
  const { language } = usePortal();
  const [step, stepping] = useMutation(RecordIntakeStep);
  const [close, closing] = useMutation(CloseIntake);
  const [firstConversationOn, setFirstConversationOn] = useState(candidate.firstConversationOn ?? '');
  const [introductionOn, setIntroductionOn] = useState(candidate.introductionOn ?? '');
  const [outcome, setOutcome] = useState<IntakeOutcome>('JOINED');
  const [volunteerId, setVolunteerId] = useState('');
  const [reason, setReason] = useState<NotJoinedReason>('NO_TIME');
  const headingId = `candidate-${candidate.id}`;
  const name =
    candidate.firstName ??
    intl.formatMessage({ id: candidate.outcome === 'JOINED' ? 'recruitment.candidates.joinedName' : 'recruitment.candidates.deletedName' });

  const saveSteps = async (event: FormEvent) => {
    event.preventDefault();
    const result = await step({
      input: {
        id: candidate.id,
        version: candidate.version,
        firstConversationOn: firstConversationOn || null,
        introductionOn: introductionOn || null,
      },
    });
    if (result.data || result.problems.some((problem) => problem.kind === 'CONFLICT')) onChanged();
  };
  const closeIntake = async (event: FormEvent) => {
    event.preventDefault();
    const result = await close({
      input: {
        id: candidate.id,
        version: candidate.version,
        outcome,
        volunteerId: outcome === 'JOINED' ? volunteerId || null : null,
        notJoinedReason: outcome === 'NOT_JOINED' ? reason : null,
      },
    });
    if (result.data || result.problems.some((problem) => problem.kind === 'CONFLICT')) onChanged();
  };

  return (
    <li className="card" data-testid="recruitment-candidate" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {(candidate.phone || candidate.email) && (
        <p>
          {candidate.phone}
          {candidate.phone && candidate.email && ' · '}
          {candidate.email && <a href={`mailto:${candidate.email}`}>{candidate.email}</a>}
        </p>
      )}
      {candidate.outcome ? (
        <p>
          {candidate.outcome === 'JOINED' ? (
            <FormattedMessage id="recruitment.candidates.joined" values={{ date: formatLocalDate(candidate.outcomeOn ?? '', language) }} />
          ) : (
            <FormattedMessage
              id="recruitment.candidates.notJoined"
              values={{
                date: formatLocalDate(candidate.outcomeOn ?? '', language),
                reason: intl.formatMessage({ id: `recruitment.reason.${candidate.notJoinedReason ?? 'OTHER'}` }),
              }}
            />
          )}
        </p>
      ) : (
        <>
          <form onSubmit={(event) => void saveSteps(event)}>
            <ProblemMessage problems={stepping.problems.filter((problem) => !problem.fields.length)} />
            <FormField
              label={intl.formatMessage({ id: 'recruitment.candidates.firstConversationOn' })}
              problems={fieldProblemsOf(stepping.problems, 'firstConversationOn')}
            >
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={firstConversationOn}
                  onChange={(event) => setFirstConversationOn(event.target.value)}
                />
              )}
            </FormField>
            <FormField
              label={intl.formatMessage({ id: 'recruitment.candidates.introductionOn' })}
              problems={fieldProblemsOf(stepping.problems, 'introductionOn')}
            >
              {(props) => (
                <input {...props} type="date" value={introductionOn} onChange={(event) => setIntroductionOn(event.target.value)} />
              )}
            </FormField>
            <button type="submit" className="button button--secondary" disabled={stepping.running}>
              <FormattedMessage id="recruitment.candidates.saveSteps" />
            </button>
          </form>
          {candidate.firstConversationOn && (
            <form onSubmit={(event) => void closeIntake(event)}>
              <ProblemMessage problems={closing.problems.filter((problem) => !problem.fields.length)} />
              <FormField label={intl.formatMessage({ id: 'recruitment.candidates.outcome' })}>
                {(props) => (
                  <select {...props} value={outcome} onChange={(event) => setOutcome(event.target.value as IntakeOutcome)}>
                    <option value="JOINED">{intl.formatMessage({ id: 'recruitment.outcome.JOINED' })}</option>
                    <option value="NOT_JOINED">{intl.formatMessage({ id: 'recruitment.outcome.NOT_JOINED' })}</option>
                  </select>
                )}
              </FormField>
              {outcome === 'JOINED' ? (
                <FormField
                  label={intl.formatMessage({ id: 'recruitment.candidates.volunteer' })}
                  hint={intl.formatMessage({ id: 'recruitment.candidates.volunteerHint' })}
                  problems={fieldProblemsOf(closing.problems, 'volunteerId')}
                >
                  {(props) => (
                    <select {...props} value={volunteerId} onChange={(event) => setVolunteerId(event.target.value)}>
                      <option value="">{intl.formatMessage({ id: 'recruitment.candidates.chooseVolunteer' })}</option>
                      {members.map((member) => (
                        <option key={member.id} value={member.id}>
                          {personName(member)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              ) : (
                <FormField
                  label={intl.formatMessage({ id: 'recruitment.candidates.reason' })}
                  problems={fieldProblemsOf(closing.problems, 'notJoinedReason')}
                >
                  {(props) => (
                    <select {...props} value={reason} onChange={(event) => setReason(event.target.value as NotJoinedReason)}>
                      {REASONS.map((value) => (
                        <option key={value} value={value}>
                          {intl.formatMessage({ id: `recruitment.reason.${value}` })}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              )}
              <button type="submit" className="button" disabled={closing.running}>
                <FormattedMessage id="recruitment.candidates.close" />
              </button>
            </form>
          )}
        </>
      )}
    </li>
  );
}
