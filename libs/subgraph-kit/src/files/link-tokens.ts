import { usesDevelopmentKeys } from '@buurtvolk/identity';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';

/**
 * Tokens in file links (upload and view). A link is opened by a browser without the caller's bearer token (an
 * <img src>, a PUT from the portal through the gateway), so the link itself carries what the service decided when it
 * issued it. Signed by the issuing service alone (HS256, its own secret): only it issues and checks them. An upload
 * link cannot be used to view, nor the other way round.
 */
export type LinkPurpose = 'upload' | 'view';

export class LinkTokenError extends Error {
  constructor(
    message: string,
    readonly expired = false,
  ) {
    super(message);
  }
}

export interface LinkTokenSettings {
  /** e.g. buurtvolk-activities. */
  issuer: string;
  /** e.g. buurtvolk-photos: the audience is `<kind>:<purpose>`. */
  kind: string;
  /** The environment variable holding the secret (at least 32 characters), e.g. PHOTO_URL_SECRET. */
  secretVariable: string;
  /** Used only when NODE_ENV is development or test. */
  developmentSecret: string;
}

export interface LinkTokens {
  sign(claims: Record<string, string | string[]>, purpose: LinkPurpose, expiresAt: Date): Promise<string>;
  /** The claims of a valid, unexpired token of this purpose; LinkTokenError otherwise. */
  verify(token: string, purpose: LinkPurpose): Promise<Record<string, unknown>>;
}

export function linkTokenKey(settings: LinkTokenSettings, env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const secret = env[settings.secretVariable] ?? (usesDevelopmentKeys(env) ? settings.developmentSecret : undefined);
  if (!secret) throw new Error(`${settings.secretVariable} (at least 32 characters) must be set unless NODE_ENV is development or test`);
  if (secret.length < 32) throw new Error(`${settings.secretVariable} must have at least 32 characters`);
  return new TextEncoder().encode(secret);
}

export function linkTokens(settings: LinkTokenSettings): LinkTokens {
  const audience = (purpose: LinkPurpose) => `${settings.kind}:${purpose}`;
  return {
    sign: (claims, purpose, expiresAt) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(settings.issuer)
        .setAudience(audience(purpose))
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(linkTokenKey(settings)),
    async verify(token, purpose) {
      try {
        const { payload } = await jwtVerify(token, linkTokenKey(settings), {
          issuer: settings.issuer,
          audience: audience(purpose),
          algorithms: ['HS256'],
          requiredClaims: ['exp'],
        });
        return payload;
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) throw new LinkTokenError('This link has expired; ask for a new one', true);
        throw new LinkTokenError('This link is not valid');
      }
    },
  };
}
