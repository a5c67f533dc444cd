import { type FormEvent, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useMutation, useQuery } from '../../api/hooks';
import { usePortal } from '../../app/portal-context';
import { formatLocalDate, todayInAmsterdam } from '../../format/format';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';
import { fieldProblemsOf, MissingPart, ProblemMessage } from '../../ui/problem-message';

const SocialAssistanceQuery = graphql(`
  query SocialAssistance($volunteerId: ID!) {
    volunteer(id: $volunteerId) {
      id
      socialAssistance {
        id
        since
        until
        recordedByAdmin
      }
      municipalAllowanceConsents {
        id
        givenOn
        municipality
        reference
      }
    }
  }
`);

const RecordSocialAssistance = graphql(`
  mutation RecordSocialAssistance($input: RecordSocialAssistanceInput!) {
    recordSocialAssistance(input: $input) {
      id
    }
  }
`);

const EndSocialAssistance = graphql(`
  mutation EndSocialAssistance($input: EndSocialAssistanceInput!) {
    endSocialAssistance(input: $input) {
      id
    }
  }
`);

const RecordMunicipalAllowanceConsent = graphql(`
  mutation RecordMunicipalAllowanceConsent($input: RecordMunicipalAllowanceConsentInput!) {
    recordMunicipalAllowanceConsent(input: $input) {
      id
    }
  }
`);

/**
 * "Bijstand": whether the person receives social assistance, with what it changes explained. The person records and
 * ends it on Mijn gegevens; an admin does so on the person's page, and also records the municipality's written
 * consent for an allowance (`admin`). Coordinators never see it.
 */
export function SocialAssistanceSection({ volunteerId, admin = false }: { volunteerId: string; admin?: boolean }) {
  const { language } = usePortal();
  const { data, problems, loading, reload } = useQuery(SocialAssistanceQuery, { volunteerId });
  const [record, recording] = useMutation(RecordSocialAssistance);
  const [end, ending] = useMutation(EndSocialAssistance);
  const [since, setSince] = useState(todayInAmsterdam());
  const [until, setUntil] = useState(todayInAmsterdam());
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const periods = data?.volunteer?.socialAssistance;
  const open = periods?.find((period) => !period.until);
  const prefix = admin ? 'bijstand.admin' : 'bijstand';

  const submitRecord = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await record({ input: { volunteerId, since } });
    if (outcome.data) {
      setAnnouncement('bijstand.recorded');
      reload();
    }
  };
  const submitEnd = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await end({ input: { volunteerId, until } });
    if (outcome.data) {
      setAnnouncement('bijstand.ended');
      reload();
    }
  };

  return (
    <section className="card me-section" aria-labelledby="bijstand-title" data-testid="bijstand">
      <h2 id="bijstand-title">
        <FormattedMessage id="bijstand.title" />
      </h2>
      <p>
        <FormattedMessage id={`${prefix}.intro`} />
      </p>
      <p>
        <FormattedMessage id="bijstand.under27" />
      </p>
      <p>
        <FormattedMessage id="bijstand.privacy" />
      </p>
      {loading && !data ? null : periods ? null : <MissingPart onRetry={reload} />}
      <ProblemMessage problems={problems} onRetry={reload} />
      <div role="status">
        {announcement && (
          <p className="alert alert--success">
            <FormattedMessage id={announcement} />
          </p>
        )}
      </div>
      {periods && periods.length > 0 && (
        <ul className="list">
          {periods.map((period) => (
            <li key={period.id}>
              {period.until ? (
                <FormattedMessage
                  id="bijstand.period"
                  values={{ since: formatLocalDate(period.since, language), until: formatLocalDate(period.until, language) }}
                />
              ) : (
                <FormattedMessage id="bijstand.periodOpen" values={{ since: formatLocalDate(period.since, language) }} />
              )}
              {period.recordedByAdmin && (
                <>
                  {' '}
                  <FormattedMessage id="bijstand.recordedByAdmin" />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {periods && periods.length === 0 && (
        <p>
          <FormattedMessage id={`${prefix}.none`} />
        </p>
      )}
      {periods &&
        (open ? (
          <form onSubmit={submitEnd} noValidate>
            <ProblemMessage problems={ending.problems.filter((problem) => problem.fields.length === 0)} />
            <FormField label={<FormattedMessage id="bijstand.until" />} problems={fieldProblemsOf(ending.problems, 'until')}>
              {(props) => (
                <input {...props} type="date" value={until} min={open.since} onChange={(e) => setUntil(e.target.value)} required />
              )}
            </FormField>
            <button type="submit" className="button button--secondary" disabled={ending.running}>
              <FormattedMessage id="bijstand.end" />
            </button>
          </form>
        ) : (
          <form onSubmit={submitRecord} noValidate>
            <ProblemMessage problems={recording.problems.filter((problem) => problem.fields.length === 0)} />
            <FormField label={<FormattedMessage id="bijstand.since" />} problems={fieldProblemsOf(recording.problems, 'since')}>
              {(props) => <input {...props} type="date" value={since} onChange={(e) => setSince(e.target.value)} required />}
            </FormField>
            <button type="submit" className="button" disabled={recording.running}>
              <FormattedMessage id={`${prefix}.record`} />
            </button>
          </form>
        ))}
      {admin && data?.volunteer?.municipalAllowanceConsents && (
        <MunicipalConsent volunteerId={volunteerId} consents={data.volunteer.municipalAllowanceConsents} onRecorded={reload} />
      )}
    </section>
  );
}

function MunicipalConsent({
  volunteerId,
  consents,
  onRecorded,
}: {
  volunteerId: string;
  consents: { id: string; givenOn: string; municipality: string; reference?: string | null }[];
  onRecorded(): void;
}) {
  const { language } = usePortal();
  const [recordConsent, state] = useMutation(RecordMunicipalAllowanceConsent);
  const [givenOn, setGivenOn] = useState(todayInAmsterdam());
  const [municipality, setMunicipality] = useState('');
  const [reference, setReference] = useState('');
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await recordConsent({ input: { volunteerId, givenOn, municipality, reference: reference || null } });
    if (outcome.data) {
      setSaved(true);
      setMunicipality('');
      setReference('');
      onRecorded();
    }
  };

  return (
    <div data-testid="municipal-consent">
      <h3>
        <FormattedMessage id="bijstand.consent.title" />
      </h3>
      <p>
        <FormattedMessage id="bijstand.consent.intro" />
      </p>
      {consents.length > 0 ? (
        <ul className="list">
          {consents.map((consent) => (
            <li key={consent.id}>
              <FormattedMessage
                id="bijstand.consent.item"
                values={{ date: formatLocalDate(consent.givenOn, language), municipality: consent.municipality }}
              />
              {consent.reference && ` · ${consent.reference}`}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <FormattedMessage id="bijstand.consent.none" />
        </p>
      )}
      <div role="status">
        {saved && (
          <p className="alert alert--success">
            <FormattedMessage id="bijstand.consent.recorded" />
          </p>
        )}
      </div>
      <form onSubmit={submit} noValidate>
        <ProblemMessage problems={state.problems.filter((problem) => problem.fields.length === 0)} />
        <FormField label={<FormattedMessage id="bijstand.consent.givenOn" />} problems={fieldProblemsOf(state.problems, 'givenOn')}>
          {(props) => <input {...props} type="date" value={givenOn} onChange={(e) => setGivenOn(e.target.value)} required />}
        </FormField>
        <FormField
          label={<FormattedMessage id="bijstand.consent.municipality" />}
          problems={fieldProblemsOf(state.problems, 'municipality')}
        >
          {(props) => <input {...props} value={municipality} onChange={(e) => setMunicipality(e.target.value)} required maxLength={200} />}
        </FormField>
        <FormField label={<FormattedMessage id="bijstand.consent.reference" />} problems={fieldProblemsOf(state.problems, 'reference')}>
          {(props) => <input {...props} value={reference} onChange={(e) => setReference(e.target.value)} maxLength={500} />}
        </FormField>
        <button type="submit" className="button" disabled={state.running}>
          <FormattedMessage id="bijstand.consent.record" />
        </button>
      </form>
    </div>
  );
}
