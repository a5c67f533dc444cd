import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';
import { useMutation, useQuery } from '../../api/hooks';
import { graphql } from '../../gql';
import type { MessageKind, MessageLanguage } from '../../gql/graphql';
import { FormField } from '../../ui/form-field';
import { MissingPart, ProblemMessage } from '../../ui/problem-message';
import { CHECKS_PATH } from '../../app/navigation';

const MessagePreferencesQuery = graphql(`
  query MessagePreferences($volunteerId: ID!) {
    volunteer(id: $volunteerId) {
      id
      messagePreferences {
        language
        enabledKinds
        version
      }
    }
  }
`);

const SetMessagePreferences = graphql(`
  mutation SetMessagePreferences($input: SetMessagePreferencesInput!) {
    setMessagePreferences(input: $input) {
      language
      enabledKinds
      version
    }
  }
`);

/** The kinds a person chooses from, in the order the page lists them (answers to requesters are not a person's). */
export const CHOOSABLE_KINDS: MessageKind[] = ['HOURS', 'COURSE_PLACE', 'CLAIMS', 'PAYMENTS', 'CHECKS_DUE'];

/**
 * "Berichten per e-mail": which e-mails the person gets and in which language. Only the person sets it (the server
 * refuses anyone else); every kind is on, in Dutch, until they choose.
 */
export function MessagePreferencesSection({ volunteerId }: { volunteerId: string }) {
  const { data, problems, loading, reload } = useQuery(MessagePreferencesQuery, { volunteerId });
  const [save, saving] = useMutation(SetMessagePreferences);
  const current = data?.volunteer?.messagePreferences ?? null;
  const [language, setLanguage] = useState<MessageLanguage>('NL');
  const [enabled, setEnabled] = useState<MessageKind[]>(CHOOSABLE_KINDS);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!current) return;
    setLanguage(current.language);
    setEnabled(current.enabledKinds);
  }, [current]);

  const toggle = (kind: MessageKind, on: boolean) => {
    setSaved(false);
    setEnabled((previous) => (on ? [...previous.filter((other) => other !== kind), kind] : previous.filter((other) => other !== kind)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await save({ input: { language, enabledKinds: CHOOSABLE_KINDS.filter((kind) => enabled.includes(kind)) } });
    if (outcome.data) setSaved(true);
  };

  return (
    <section className="card me-section" aria-labelledby="me-messages" data-testid="message-preferences">
      <h2 id="me-messages">
        <FormattedMessage id="messagePreferences.title" />
      </h2>
      <p>
        <FormattedMessage id="messagePreferences.intro" />
      </p>
      {loading && !data ? null : current ? null : <MissingPart onRetry={reload} />}
      <ProblemMessage problems={problems} onRetry={reload} />
      {current && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ProblemMessage problems={saving.problems} />
          <fieldset>
            <legend>
              <FormattedMessage id="messagePreferences.kinds" />
            </legend>
            {CHOOSABLE_KINDS.map((kind) => (
              <FormField key={kind} label={<FormattedMessage id={`messagePreferences.kind.${kind}`} />}>
                {(props) => (
                  <input
                    {...props}
                    type="checkbox"
                    checked={enabled.includes(kind)}
                    onChange={(event) => toggle(kind, event.target.checked)}
                  />
                )}
              </FormField>
            ))}
          </fieldset>
          <FormField label={<FormattedMessage id="messagePreferences.language" />}>
            {(props) => (
              <select
                {...props}
                value={language}
                onChange={(event) => {
                  setSaved(false);
                  setLanguage(event.target.value as MessageLanguage);
                }}
              >
                <option value="NL">Nederlands</option>
                <option value="EN">English</option>
              </select>
            )}
          </FormField>
          <div role="status">
            {saved && (
              <p className="alert alert--success">
                <FormattedMessage id="messagePreferences.saved" />
              </p>
            )}
          </div>
          <button type="submit" className="button" disabled={saving.running}>
            <FormattedMessage id="messagePreferences.save" />
          </button>
        </form>
      )}
      <p>
        <Link href={CHECKS_PATH}>
          <FormattedMessage id="messagePreferences.checksLink" />
        </Link>
      </p>
    </section>
  );
}
