import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { type Identity, identityFromClaims } from './identity';
import { isProduction } from './keys';
import { describeJoseError, InvalidTokenError, verifyDevToken } from './tokens';

/** Verifies a caller's bearer token and returns who they are. */
export type CallerVerifier = (token: string) => Promise<Identity>;

export interface OidcSettings {
  issuer: string;
  audience: string;
  /** Defaults to the `jwks_uri` the issuer's discovery document names. */
  jwksUri?: string;
  /** Signature algorithms accepted; anything else (e.g. `none`, or HMAC with a public key) is refused. */
  algorithms?: string[];
}

/** What common providers (Keycloak's default is RS256) sign access tokens with. */
export const DEFAULT_OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/**
 * Production verifies against the OIDC provider's JWKS (signature, issuer, audience, expiry); development uses
 * the local key unless OIDC_ISSUER is set. The provider must put the claims `role` (ADMIN, COORDINATOR,
 * VOLUNTEER or PARTNER) and, where they apply, `teams`, `volunteer` and `partner` into its access tokens.
 */
export function callerVerifierFromEnv(env: NodeJS.ProcessEnv = process.env): CallerVerifier {
  if (env.OIDC_ISSUER || env.OIDC_AUDIENCE) {
    if (!env.OIDC_ISSUER || !env.OIDC_AUDIENCE) throw new Error('Set both OIDC_ISSUER and OIDC_AUDIENCE');
    const algorithms = env.OIDC_ALGORITHMS?.split(',')
      .map((algorithm) => algorithm.trim())
      .filter(Boolean);
    return oidcVerifier({ issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE, jwksUri: env.OIDC_JWKS_URI, algorithms });
  }
  if (isProduction(env)) throw new Error('NODE_ENV=production needs OIDC_ISSUER and OIDC_AUDIENCE: development tokens are refused there.');
  return (token) => verifyDevToken(token, env);
}

export function oidcVerifier(settings: OidcSettings): CallerVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  // jose caches the key set and refetches it when a token names an unknown key (key rotation).
  const keySet = () =>
    (keys ??= discoverJwksUri(settings).then((uri) => createRemoteJWKSet(new URL(uri)))).catch((error) => {
      keys = undefined;
      throw error;
    });
  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      // A token without an expiry would be valid for ever once leaked.
      ({ payload } = await jwtVerify(token, await keySet(), {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms ?? DEFAULT_OIDC_ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new InvalidTokenError(describeJoseError(error));
    }
    const identity = identityFromClaims(payload);
    if (!identity) throw new InvalidTokenError('The token has no subject or no known role');
    return identity;
  };
}

async function discoverJwksUri({ issuer, jwksUri }: OidcSettings): Promise<string> {
  if (jwksUri) return jwksUri;
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`OIDC discovery at ${issuer} answered ${response.status}`);
  const { jwks_uri: uri } = (await response.json()) as { jwks_uri?: string };
  if (!uri) throw new Error(`OIDC discovery at ${issuer} names no jwks_uri`);
  return uri;
}
