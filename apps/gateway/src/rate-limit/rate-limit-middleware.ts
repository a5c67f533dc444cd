import type { NextFunction, Request, Response } from 'express';
import { verifiedIdentity } from '../caller-authentication';
import { type RateLimitCaller, rateLimitCaller } from './rate-limit-caller';
import type { RateLimiter } from './rate-limiter';
import { refusalBody } from './rate-limit-refusal';
import type { Draw } from './token-bucket';

function refuse(res: Response, draw: Draw): void {
  res.status(429).set('Retry-After', String(draw.retryAfterSeconds)).json(refusalBody(draw));
}

/**
 * Every HTTP request draws one token before its body is even read, so a flood of garbage that never reaches
 * GraphQL is limited too. Runs after `authenticateRequests`; leaves the caller in `res.locals` for the context.
 */
export function rateLimitRequests(limiter: RateLimiter) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const caller = rateLimitCaller(verifiedIdentity(res), req.ip ?? req.socket.remoteAddress);
    res.locals.rateLimitCaller = caller;
    const draw = await limiter.draw(caller, 1);
    if (!draw.allowed) return refuse(res, draw);
    next();
  };
}

/** Each operation of a batch draws a token; the request's own token paid for the first. Runs after the body is read. */
export function rateLimitBatches(limiter: RateLimiter) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const caller = rateLimitCallerOf(res);
    if (caller && Array.isArray(req.body) && req.body.length > 1) {
      const draw = await limiter.draw(caller, req.body.length - 1);
      if (!draw.allowed) return refuse(res, draw);
    }
    next();
  };
}

/** The caller `rateLimitRequests` charged, for the GraphQL context; undefined when rate limiting is off. */
export function rateLimitCallerOf(res: Response): RateLimitCaller | undefined {
  return res.locals.rateLimitCaller as RateLimitCaller | undefined;
}
