import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { landingPath, REQUEST_TEAM_PATH } from '../app/navigation';
import { usePortal } from '../app/portal-context';
import { Page } from '../ui/page';
import { sessionFromToken } from './session';

interface DemoPerson {
  key: string;
  role: 'ADMIN' | 'COORDINATOR' | 'VOLUNTEER' | 'PARTNER';
  teamName?: string;
  partnerName?: string;
}

/** An id without spaces: aria-labelledby reads "team-Te Werve" as two ids, and the section would have no name. */
const headingId = (team: string) => `team-${team.replace(/\W+/g, '-')}`;

/** Production signs in at the OpenID Connect provider; development lists the demo people to choose from. */
export function SignIn() {
  const { signInSettings } = usePortal();
  return (
    <>
      {signInSettings.kind === 'oidc' ? <OidcSignIn /> : <DemoSignIn />}
      <p className="sign-in__request-team">
        <Link href={REQUEST_TEAM_PATH}>
          <FormattedMessage id="requestTeam.link" />
        </Link>
      </p>
    </>
  );
}

function OidcSignIn() {
  const { signInSettings } = usePortal();
  const [failed, setFailed] = useState(false);
  const start = async () => {
    if (signInSettings.kind !== 'oidc') return;
    const { startOidcSignIn } = await import('./oidc');
    await startOidcSignIn(signInSettings).catch(() => setFailed(true));
  };
  return (
    <Page titleId="signIn.title">
      <p>
        <FormattedMessage id="signIn.oidcIntro" />
      </p>
      {failed && (
        <p className="alert alert--error" role="alert">
          <FormattedMessage id="signIn.failed" />
        </p>
      )}
      <button type="button" className="button" onClick={() => void start()}>
        <FormattedMessage id="signIn.button" />
      </button>
    </Page>
  );
}

function DemoSignIn() {
  const { signIn } = usePortal();
  const [, navigate] = useLocation();
  const intl = useIntl();
  const [people, setPeople] = useState<DemoPerson[]>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    fetch('/dev/demo-people')
      .then((response) => (response.ok ? (response.json() as Promise<DemoPerson[]>) : Promise.reject(new Error(String(response.status)))))
      .then(setPeople, () => setFailed(true));
  }, []);

  const choose = async (person: DemoPerson) => {
    const response = await fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: person.key }),
    }).catch(() => undefined);
    const session = response?.ok ? sessionFromToken(((await response.json()) as { accessToken: string }).accessToken) : undefined;
    if (!session) return setFailed(true);
    signIn(session);
    navigate(landingPath(session.role), { replace: true });
  };

  const label = (person: DemoPerson) =>
    intl.formatMessage({ id: `signIn.demo.${person.role}` }, { team: person.teamName ?? '', partner: person.partnerName ?? '' });
  const teams = [...new Set((people ?? []).map((person) => person.teamName).filter((name): name is string => !!name))];
  return (
    <Page titleId="signIn.title">
      <p className="alert alert--info">
        <FormattedMessage id="signIn.demoIntro" />
      </p>
      {failed && (
        <p className="alert alert--error" role="alert">
          <FormattedMessage id="signIn.failed" />
        </p>
      )}
      {people && (
        <>
          <ul className="choices">
            {people
              .filter((person) => !person.teamName)
              .map((person) => (
                <li key={person.key}>
                  <button type="button" className="button button--secondary" onClick={() => void choose(person)}>
                    {label(person)}
                  </button>
                </li>
              ))}
          </ul>
          {teams.map((team) => (
            <section key={team} aria-labelledby={headingId(team)}>
              <h2 id={headingId(team)}>{team}</h2>
              <ul className="choices">
                {people
                  .filter((person) => person.teamName === team)
                  .map((person) => (
                    <li key={person.key}>
                      <button type="button" className="button button--secondary" onClick={() => void choose(person)}>
                        {label(person)}
                      </button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </Page>
  );
}
