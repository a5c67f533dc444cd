import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { useMutation } from '../../api/hooks';
import { graphql } from '../../gql';
import type { RequesterKind, RequestLanguage } from '../../gql/graphql';
import { usePortal } from '../../app/portal-context';
import { FormField } from '../../ui/form-field';
import { Page } from '../../ui/page';
import { fieldProblemsOf, ProblemMessage } from '../../ui/problem-message';

const RequestTeam = graphql(`
  mutation RequestTeam($input: RequestTeamInput!) {
    requestTeam(input: $input) {
      received
    }
  }
`);

const KINDS: RequesterKind[] = ['RESIDENT', 'MUNICIPALITY', 'HOUSING_CORPORATION', 'CARE_OR_WELFARE', 'OTHER'];

/**
 * "Een team in uw buurt?": the public form, without signing in. The field "website" is hidden from people (and from
 * screen readers); software that fills in every field gets the same thank-you, and nothing is stored.
 */
export default function RequestTeamPage() {
  const intl = useIntl();
  const { language } = usePortal();
  const [send, sending] = useMutation(RequestTeam);
  const [sent, setSent] = useState(false);
  const [form, setForm] = useState({
    postcode: '',
    requesterKind: 'RESIDENT' as RequesterKind,
    organisation: '',
    reason: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    // The answers by e-mail come in the language the form is read in, unless the requester chooses otherwise.
    language: (language === 'en' ? 'EN' : 'NL') as RequestLanguage,
    consentToContact: false,
    website: '',
  });
  const set = (field: keyof typeof form) => (value: string | boolean) => setForm((previous) => ({ ...previous, [field]: value }));
  const problems = (field: string) => fieldProblemsOf(sending.problems, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await send({
      input: {
        ...form,
        organisation: form.organisation.trim() || null,
        contactPhone: form.contactPhone.trim() || null,
        website: form.website || null,
      },
    });
    if (outcome.data?.requestTeam.received) setSent(true);
  };

  if (sent) {
    return (
      <Page titleId="requestTeam.title">
        <p className="alert alert--success" role="status">
          <FormattedMessage id="requestTeam.thanks" />
        </p>
        <p>
          <Link href="/">
            <FormattedMessage id="requestTeam.back" />
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page titleId="requestTeam.title">
      <p>
        <FormattedMessage id="requestTeam.intro" />
      </p>
      <ProblemMessage problems={sending.problems.filter((problem) => !problem.fields.length)} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormField
          label={intl.formatMessage({ id: 'requestTeam.postcode' })}
          hint={intl.formatMessage({ id: 'requestTeam.postcodeHint' })}
          problems={problems('postcode')}
        >
          {(props) => (
            <input
              {...props}
              value={form.postcode}
              onChange={(event) => set('postcode')(event.target.value)}
              autoComplete="postal-code"
              required
            />
          )}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'requestTeam.requesterKind' })} problems={problems('requesterKind')}>
          {(props) => (
            <select {...props} value={form.requesterKind} onChange={(event) => set('requesterKind')(event.target.value)}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {intl.formatMessage({ id: `requestTeam.kind.${kind}` })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {form.requesterKind !== 'RESIDENT' && (
          <FormField label={intl.formatMessage({ id: 'requestTeam.organisation' })} problems={problems('organisation')}>
            {(props) => (
              <input
                {...props}
                value={form.organisation}
                onChange={(event) => set('organisation')(event.target.value)}
                autoComplete="organization"
              />
            )}
          </FormField>
        )}
        <FormField
          label={intl.formatMessage({ id: 'requestTeam.reason' })}
          hint={intl.formatMessage({ id: 'requestTeam.reasonHint' })}
          problems={problems('reason')}
        >
          {(props) => (
            <textarea
              {...props}
              rows={5}
              maxLength={2000}
              value={form.reason}
              onChange={(event) => set('reason')(event.target.value)}
              required
            />
          )}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'requestTeam.contactName' })} problems={problems('contactName')}>
          {(props) => (
            <input
              {...props}
              value={form.contactName}
              onChange={(event) => set('contactName')(event.target.value)}
              autoComplete="name"
              required
            />
          )}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'requestTeam.contactEmail' })} problems={problems('contactEmail')}>
          {(props) => (
            <input
              {...props}
              type="email"
              value={form.contactEmail}
              onChange={(event) => set('contactEmail')(event.target.value)}
              autoComplete="email"
              required
            />
          )}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'requestTeam.contactPhone' })} problems={problems('contactPhone')}>
          {(props) => (
            <input
              {...props}
              type="tel"
              value={form.contactPhone}
              onChange={(event) => set('contactPhone')(event.target.value)}
              autoComplete="tel"
            />
          )}
        </FormField>
        <FormField label={intl.formatMessage({ id: 'requestTeam.language' })} problems={problems('language')}>
          {(props) => (
            <select {...props} value={form.language} onChange={(event) => set('language')(event.target.value)}>
              <option value="NL">{intl.formatMessage({ id: 'requestTeam.language.NL' })}</option>
              <option value="EN">{intl.formatMessage({ id: 'requestTeam.language.EN' })}</option>
            </select>
          )}
        </FormField>
        <div className="request-team__trap" aria-hidden="true">
          <label>
            Website
            <input tabIndex={-1} autoComplete="off" value={form.website} onChange={(event) => set('website')(event.target.value)} />
          </label>
        </div>
        <FormField label={intl.formatMessage({ id: 'requestTeam.consent' })} problems={problems('consentToContact')}>
          {(props) => (
            <input
              {...props}
              type="checkbox"
              checked={form.consentToContact}
              onChange={(event) => set('consentToContact')(event.target.checked)}
            />
          )}
        </FormField>
        <button type="submit" className="button" disabled={sending.running}>
          <FormattedMessage id="requestTeam.send" />
        </button>
      </form>
    </Page>
  );
}
