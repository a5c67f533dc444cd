import { type FormEvent, type ReactNode, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'wouter';
import { useMutation, useQuery } from '../../api/hooks';
import { problemsAt } from '../../api/problems';
import { usePortal } from '../../app/portal-context';
import { formatDateTime, formatLocalDate, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import type { PersonPageQuery } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { Loading, Page } from '../../ui/page';
import { MissingPart, ProblemMessage } from '../../ui/problem-message';
import { PEOPLE_PATH } from './people';
import { ERASURE_SERVICES, erasureOutcome } from './person-erasure';
import { FinancialStatements } from '../volunteer/financial-statements';
import { SocialAssistanceSection } from '../volunteer/social-assistance';
import './people.css';
import { saveFile } from '../../format/save-file';

const PersonPage = graphql(`
  query PersonPage($id: ID!) {
    volunteer(id: $id) {
      id
      displayName
      givenName
      familyName
      email
      phone
      dateOfBirth
      postalCode
      houseNumber
      status
      statusSince
      joinedOn
      languages
      talents
      vogStatus
      vogValidUntil
      neighbourhood {
        id
        name
        city
      }
      consents {
        purpose
        givenOn
        withdrawnOn
      }
      memberships {
        id
        role
        from
        until
        team {
          id
          name
        }
      }
    }
  }
`);

const PersonExport = graphql(`
  query PersonExport($id: ID!) {
    volunteer(id: $id) {
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

const PersonErase = graphql(`
  mutation PersonErase($id: ID!) {
    eraseVolunteer(id: $id)
  }
`);

const PersonErasureReceipts = graphql(`
  query PersonErasureReceipts($id: ID!) {
    volunteersAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
      edges {
        node {
          id
          action
          occurredAt
        }
      }
    }
    teamsAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
      edges {
        node {
          id
          action
          occurredAt
        }
      }
    }
    activitiesAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
      edges {
        node {
          id
          action
          occurredAt
        }
      }
    }
    trainingAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
      edges {
        node {
          id
          action
          occurredAt
        }
      }
    }
    financeAuditLog(entityId: $id, entityType: "Volunteer", first: 50) {
      edges {
        node {
          id
          action
          occurredAt
        }
      }
    }
  }
`);

type Volunteer = NonNullable<PersonPageQuery['volunteer']>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One person as the national office sees them: their details, their data export, and erasing them. */
export default function Person() {
  const { id = '' } = useParams<{ id: string }>();
  const valid = UUID.test(id);
  const query = useQuery(PersonPage, { id }, { skip: !valid });
  const [erased, setErased] = useState(false);
  const volunteer = query.data?.volunteer;

  if (erased) return <ErasedPerson id={id} justNow />;
  if (valid && query.loading && !query.data) {
    return (
      <Page titleId="nav.person">
        <Loading />
      </Page>
    );
  }
  if (!volunteer) {
    // Someone erased (or an id that was never anyone's): the audit logs say which.
    if (valid && query.problems.length === 0) return <ErasedPerson id={id} />;
    return (
      <Page titleId="nav.person">
        <ProblemMessage problems={query.problems} onRetry={query.reload} />
        {query.problems.length === 0 && <NotFound />}
      </Page>
    );
  }
  return (
    <Page titleId="people.person.title" titleValues={{ name: volunteer.displayName }}>
      <p>
        <Link href={PEOPLE_PATH}>
          <FormattedMessage id="people.person.back" />
        </Link>
      </p>
      <ProblemMessage problems={query.problems.filter((problem) => problem.kind !== 'FORBIDDEN')} onRetry={query.reload} />
      <Details
        volunteer={volunteer}
        teamsMissing={problemsAt(query.problems, 'volunteer', 'memberships').length > 0}
        onRetry={query.reload}
      />
      <SocialAssistanceSection volunteerId={volunteer.id} admin />
      <FinancialStatements volunteerId={volunteer.id} />
      <DataExport volunteerId={volunteer.id} />
      <Erasure volunteer={volunteer} onErased={() => setErased(true)} />
    </Page>
  );
}

function NotFound() {
  return (
    <>
      <p className="alert alert--warning">
        <FormattedMessage id="people.person.notFound" />
      </p>
      <p>
        <Link href={PEOPLE_PATH}>
          <FormattedMessage id="people.person.back" />
        </Link>
      </p>
    </>
  );
}

function Row({ labelId, children }: { labelId: string; children: ReactNode }) {
  const intl = useIntl();
  return (
    <div className="person__row">
      <dt>{intl.formatMessage({ id: labelId })}</dt>
      <dd>{children ?? <span className="muted">{intl.formatMessage({ id: 'people.person.empty' })}</span>}</dd>
    </div>
  );
}

function Details({ volunteer, teamsMissing, onRetry }: { volunteer: Volunteer; teamsMissing: boolean; onRetry: () => void }) {
  const { language } = usePortal();
  const intl = useIntl();
  const date = (value: string | null | undefined) => (value ? formatLocalDate(value, language) : null);
  const list = (values: string[]) => (values.length ? values.join(', ') : null);
  const today = todayInAmsterdam();
  return (
    <>
      <section className="card" aria-labelledby="person-details">
        <h2 id="person-details">
          <FormattedMessage id="people.person.details" />
        </h2>
        <dl className="person__details">
          <Row labelId="people.person.field.displayName">{volunteer.displayName}</Row>
          <Row labelId="people.person.field.givenName">{volunteer.givenName}</Row>
          <Row labelId="people.person.field.familyName">{volunteer.familyName}</Row>
          <Row labelId="people.person.field.status">
            <FormattedMessage
              id="people.person.statusSince"
              values={{
                status: intl.formatMessage({ id: `people.status.${volunteer.status}`, defaultMessage: volunteer.status }),
                date: date(volunteer.statusSince),
              }}
            />
          </Row>
          <Row labelId="people.person.field.joinedOn">{date(volunteer.joinedOn)}</Row>
          <Row labelId="people.person.field.email">{volunteer.email}</Row>
          <Row labelId="people.person.field.phone">{volunteer.phone}</Row>
          <Row labelId="people.person.field.dateOfBirth">{date(volunteer.dateOfBirth)}</Row>
          <Row labelId="people.person.field.address">{[volunteer.postalCode, volunteer.houseNumber].filter(Boolean).join(' ') || null}</Row>
          <Row labelId="people.person.field.neighbourhood">
            {volunteer.neighbourhood ? `${volunteer.neighbourhood.name}, ${volunteer.neighbourhood.city}` : null}
          </Row>
          <Row labelId="people.person.field.languages">{list(volunteer.languages)}</Row>
          <Row labelId="people.person.field.talents">{list(volunteer.talents)}</Row>
          <Row labelId="people.person.field.vog">
            {volunteer.vogStatus
              ? intl.formatMessage(
                  { id: `people.vog.${volunteer.vogStatus}`, defaultMessage: volunteer.vogStatus },
                  { date: date(volunteer.vogValidUntil) ?? '—' },
                )
              : null}
          </Row>
          <Row labelId="people.person.field.consents">
            {volunteer.consents?.some((consent) => !consent.withdrawnOn) ? (
              <ul className="person__consents">
                {volunteer.consents
                  .filter((consent) => !consent.withdrawnOn)
                  .map((consent) => (
                    <li key={consent.purpose}>
                      <FormattedMessage
                        id="people.person.consentGiven"
                        values={{
                          purpose: intl.formatMessage({ id: `people.consent.${consent.purpose}`, defaultMessage: consent.purpose }),
                          date: date(consent.givenOn),
                        }}
                      />
                    </li>
                  ))}
              </ul>
            ) : null}
          </Row>
        </dl>
      </section>

      <section className="card" aria-labelledby="person-teams">
        <h2 id="person-teams">
          <FormattedMessage id="people.person.teams" />
        </h2>
        {teamsMissing && <MissingPart onRetry={onRetry} />}
        {volunteer.memberships && volunteer.memberships.length === 0 && (
          <p>
            <FormattedMessage id="people.person.noTeams" />
          </p>
        )}
        {volunteer.memberships && volunteer.memberships.length > 0 && (
          <ul className="list">
            {volunteer.memberships.map((membership) => (
              <li key={membership.id}>
                <strong>{membership.team.name}</strong>{' '}
                <FormattedMessage id={`people.person.role.${membership.role}`} defaultMessage={membership.role} />
                <br />
                {membership.until && membership.until < today ? (
                  <FormattedMessage
                    id="people.person.membershipEnded"
                    values={{ from: date(membership.from), until: date(membership.until) }}
                  />
                ) : (
                  <FormattedMessage id="people.person.membershipSince" values={{ from: date(membership.from) }} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function download(json: string, fileName: string) {
  saveFile(new Blob([json], { type: 'application/json' }), fileName);
}

function DataExport({ volunteerId }: { volunteerId: string }) {
  const [fetchExport, state] = useMutation(PersonExport);
  const [done, setDone] = useState<{ fileName: string; partly: boolean } | null>(null);

  async function onDownload() {
    setDone(null);
    const outcome = await fetchExport({ id: volunteerId });
    const data = outcome.data?.volunteer?.personalDataExport;
    if (!data) return;
    const today = todayInAmsterdam();
    const fileName = `buurtvolk-gegevens-${volunteerId}-${today}.json`;
    download(JSON.stringify({ exportedOn: today, ...data }, null, 2), fileName);
    setDone({ fileName, partly: outcome.problems.length > 0 });
  }

  return (
    <section className="card" aria-labelledby="person-export">
      <h2 id="person-export">
        <FormattedMessage id="people.export.title" />
      </h2>
      <p>
        <FormattedMessage id="people.export.intro" />
      </p>
      {!state.data?.volunteer?.personalDataExport && <ProblemMessage problems={state.problems} />}
      <div role="status">
        {done && (
          <p className={`alert ${done.partly ? 'alert--warning' : 'alert--success'}`}>
            <FormattedMessage id={done.partly ? 'people.export.partly' : 'people.export.done'} values={{ name: done.fileName }} />
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={state.running} onClick={onDownload}>
          <FormattedMessage id={state.running ? 'people.export.busy' : 'people.export.download'} />
        </button>
      </div>
    </section>
  );
}

function ServiceEffects() {
  return (
    <ul>
      {ERASURE_SERVICES.map((service) => (
        <li key={service}>
          <strong>
            <FormattedMessage id={`people.erasure.service.${service}`} />
          </strong>
          {': '}
          <FormattedMessage id={`people.erasure.effect.${service}`} />
        </li>
      ))}
    </ul>
  );
}

function Erasure({ volunteer, onErased }: { volunteer: Volunteer; onErased: () => void }) {
  const [typed, setTyped] = useState('');
  const [erase, state] = useMutation(PersonErase);
  const matches = typed === volunteer.displayName;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!matches) return;
    const outcome = await erase({ id: volunteer.id });
    if (outcome.data?.eraseVolunteer) onErased();
  }

  return (
    <section className="card person__erasure" aria-labelledby="person-erasure">
      <h2 id="person-erasure">
        <FormattedMessage id="people.erasure.title" />
      </h2>
      <p>
        <FormattedMessage id="people.erasure.intro" />
      </p>
      <ServiceEffects />
      <p className="alert alert--warning">
        <FormattedMessage id="people.erasure.final" />
      </p>
      <form onSubmit={onSubmit} noValidate>
        <FormField
          label={<FormattedMessage id="people.erasure.confirmLabel" values={{ name: volunteer.displayName }} />}
          hint={<FormattedMessage id="people.erasure.confirmHint" />}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </FormField>
        <ProblemMessage problems={state.problems} />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={!matches || state.running}>
            <FormattedMessage id={state.running ? 'people.erasure.running' : 'people.erasure.submit'} />
          </button>
        </div>
      </form>
    </section>
  );
}

/** What each service did with an erasure, read back from its audit log; events travel asynchronously, so it can be refreshed. */
function ErasedPerson({ id, justNow = false }: { id: string; justNow?: boolean }) {
  const { language } = usePortal();
  const query = useQuery(PersonErasureReceipts, { id });
  const outcomes = ERASURE_SERVICES.map((service) => ({ service, ...erasureOutcome(query.data, query.problems, service) }));
  const erasedHere = outcomes[0].state === 'done';
  const finished = outcomes.filter((outcome) => outcome.state === 'done').length;

  if (!query.data && query.loading) {
    return (
      <Page titleId={justNow ? 'people.erased.title' : 'nav.person'}>
        <Loading />
      </Page>
    );
  }
  if (!justNow && query.data && !erasedHere && outcomes[0].state !== 'unavailable') {
    return (
      <Page titleId="nav.person">
        <NotFound />
      </Page>
    );
  }
  return (
    <Page titleId="people.erased.title">
      <p>
        <Link href={PEOPLE_PATH}>
          <FormattedMessage id="people.person.back" />
        </Link>
      </p>
      {justNow && (
        <p className="alert alert--success" role="status">
          <FormattedMessage id="people.erased.justNow" />
        </p>
      )}
      <section className="card" aria-labelledby="person-erased">
        <h2 id="person-erased">
          <FormattedMessage id="people.erased.perService" />
        </h2>
        <p>
          <FormattedMessage id="people.erased.intro" />
        </p>
        <p role="status" aria-live="polite">
          {query.loading ? (
            <FormattedMessage id="common.loading" />
          ) : (
            <FormattedMessage id="people.erased.summary" values={{ done: finished, total: outcomes.length }} />
          )}
        </p>
        <ul className="list person__services">
          {outcomes.map(({ service, state, at }) => (
            <li key={service} data-service={service}>
              <h3>
                <FormattedMessage id={`people.erasure.service.${service}`} />
              </h3>
              <p>
                <span
                  className={`status ${state === 'done' ? 'status--APPROVED' : state === 'pending' ? 'status--SUBMITTED' : state === 'unavailable' ? 'status--REJECTED' : ''}`}
                >
                  <FormattedMessage id={`people.erased.state.${state}`} values={{ time: at ? formatDateTime(at, language) : '' }} />
                </span>
              </p>
              <p className="muted">
                <FormattedMessage id={`people.erasure.effect.${service}`} />
              </p>
            </li>
          ))}
        </ul>
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={query.loading} onClick={query.reload}>
            <FormattedMessage id="people.erased.refresh" />
          </button>
        </div>
      </section>
    </Page>
  );
}
