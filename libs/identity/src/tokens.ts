import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { devCallerKey, GATEWAY_ALGORITHM, gatewaySigningKey, gatewayVerifyingKey } from './keys';
import { type Identity, identityFromClaims, identityToClaims } from './identity';

export const DEV_ISSUER = 'buurtvolk-dev';
export const API_AUDIENCE = 'buurtvolk';
const GATEWAY_ISSUER = 'buurtvolk-gateway';
/** A header made for one subgraph is refused by every other: a subgraph that leaks one cannot replay it elsewhere. */
const subgraphAudience = (service: string) => `buurtvolk-subgraph:${service}`;
/** The header in which the gateway forwards the verified caller to subgraphs. */
export const IDENTITY_HEADER = 'x-buurtvolk-identity';
const GATEWAY_TOKEN_TTL = '60s';

export class InvalidTokenError extends Error {}

/** Issues a development bearer token (refused in production). */
export async function issueDevToken(identity: Identity, options: { expiresIn?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new SignJWT(identityToClaims(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(DEV_ISSUER)
    .setAudience(API_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(devCallerKey(options.env));
}

/** Verifies a development bearer token: signature, issuer, audience and expiry. */
export async function verifyDevToken(token: string, env: NodeJS.ProcessEnv = process.env): Promise<Identity> {
  return verifyWith(token, devCallerKey(env), DEV_ISSUER, API_AUDIENCE);
}

/** Signs the identity the gateway forwards to one subgraph (`service`); `null` forwards an anonymous caller. */
export async function signGatewayIdentity(
  identity: Identity | null,
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const claims = identity ? identityToClaims(identity) : { anonymous: true };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: GATEWAY_ALGORITHM })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(subgraphAudience(service))
    .setIssuedAt()
    .setExpirationTime(GATEWAY_TOKEN_TTL)
    .sign(await gatewaySigningKey(env));
}

/** Verifies the gateway's header in subgraph `service`. Returns `null` for an anonymous caller. */
export async function verifyGatewayIdentity(
  token: string,
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Identity | null> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, await gatewayVerifyingKey(env), {
      issuer: GATEWAY_ISSUER,
      audience: subgraphAudience(service),
      algorithms: [GATEWAY_ALGORITHM],
      requiredClaims: ['exp'],
    }));
  } catch (error) {
    throw new InvalidTokenError(describeJoseError(error));
  }
  if (payload.anonymous === true) return null;
  const identity = identityFromClaims(payload);
  if (!identity) throw new InvalidTokenError('The forwarded identity has no subject or role');
  return identity;
}

export async function verifyWith(token: string, key: Uint8Array, issuer: string, audience: string): Promise<Identity> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, { issuer, audience, algorithms: ['HS256'] }));
  } catch (error) {
    throw new InvalidTokenError(describeJoseError(error));
  }
  const identity = identityFromClaims(payload);
  if (!identity) throw new InvalidTokenError('The token has no subject or no known role');
  return identity;
}

export function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is not valid';
  return 'The token is not a valid signed JWT';
}
