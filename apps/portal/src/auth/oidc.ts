import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { SignInSettings } from '../app/portal-context';
import { type Session, sessionFromToken } from './session';

export const OIDC_CALLBACK_PATH = '/aanmelden/terug';

type OidcSettings = Extract<SignInSettings, { kind: 'oidc' }>;

function userManager(settings: OidcSettings): UserManager {
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${location.origin}${OIDC_CALLBACK_PATH}`,
    post_logout_redirect_uri: location.origin,
    // Authorization code flow; oidc-client-ts adds PKCE (S256) to every code request.
    response_type: 'code',
    scope: settings.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

export async function startOidcSignIn(settings: OidcSettings): Promise<void> {
  await userManager(settings).signinRedirect();
}

/** Finishes the sign-in at the callback: the access token, with the claims the gateway reads, becomes the session. */
export async function finishOidcSignIn(settings: OidcSettings): Promise<Session | undefined> {
  const user = await userManager(settings).signinRedirectCallback();
  return sessionFromToken(user.access_token);
}
