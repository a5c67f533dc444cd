import { type CallerVerifier, type Identity, InvalidTokenError } from '@buurtvolk/identity';
import { unauthenticated } from '@buurtvolk/subgraph-kit';

/**
 * The caller from `Authorization: Bearer <JWT>`: `null` without the header (public data only), an error for a
 * token that is malformed, forged, expired or meant for someone else.
 */
export async function authenticateCaller(authorization: string | undefined, verify: CallerVerifier): Promise<Identity | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(`${error.message}; sign in again`);
    throw error;
  }
}
