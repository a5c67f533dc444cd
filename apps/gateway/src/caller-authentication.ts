import { type CallerVerifier, type Identity, InvalidTokenError } from '@buurtvolk/identity';
import { unauthenticated } from '@buurtvolk/subgraph-kit';
import type { NextFunction, Request, Response } from 'express';

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

type Authentication = { identity: Identity | null } | { error: unknown };

/**
 * Verifies the caller once per HTTP request, before rate limiting, which needs to know who is calling. The outcome
 * waits in `res.locals` for the GraphQL context, so a refused token is still answered by Apollo Server as before.
 */
export function authenticateRequests(verify: CallerVerifier) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    res.locals.authentication = await authenticateCaller(req.headers.authorization, verify).then(
      (identity): Authentication => ({ identity }),
      (error): Authentication => ({ error }),
    );
    next();
  };
}

/** The verified caller, or `null` for one without a token or with a token that was refused. */
export function verifiedIdentity(res: Response): Identity | null {
  const authentication = res.locals.authentication as Authentication | undefined;
  return authentication && 'identity' in authentication ? authentication.identity : null;
}

/** The verified caller for the GraphQL context: throws the refusal of an invalid token. */
export function authenticatedCaller(res: Response): Identity | null {
  const authentication = res.locals.authentication as Authentication | undefined;
  if (!authentication) throw new Error('authenticateRequests must run before the GraphQL context is built');
  if ('error' in authentication) throw authentication.error;
  return authentication.identity;
}
