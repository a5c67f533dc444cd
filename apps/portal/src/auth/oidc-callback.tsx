import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocation } from 'wouter';
import { usePortal } from '../app/portal-context';
import { landingPath } from '../app/navigation';
import { Loading } from '../ui/page';

/** The page the OpenID Connect provider sends the browser back to with its code. */
export function finishOidcCallback() {
  return <OidcCallback />;
}

function OidcCallback() {
  const { signInSettings, signIn } = usePortal();
  const [, navigate] = useLocation();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (signInSettings.kind !== 'oidc') return setFailed(true);
    import('./oidc')
      .then(({ finishOidcSignIn }) => finishOidcSignIn(signInSettings))
      .then((session) => {
        if (!session) return setFailed(true);
        signIn(session);
        navigate(landingPath(session.role), { replace: true });
      })
      .catch(() => setFailed(true));
  }, [signInSettings, signIn, navigate]);
  return failed ? (
    <p className="alert alert--error" role="alert">
      <FormattedMessage id="signIn.failed" />
    </p>
  ) : (
    <Loading />
  );
}
