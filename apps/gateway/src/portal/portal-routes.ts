import { isProduction, issueDevToken, usesDevelopmentKeys } from '@buurtvolk/identity';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoPeople } from './demo-people';

/** How the portal signs people in, served as `/portal/config` so one build runs in every environment. */
export type PortalSignIn = { kind: 'development' } | { kind: 'oidc'; issuer: string; clientId: string; scope: string };

export function portalSignInFromEnv(env: NodeJS.ProcessEnv = process.env): PortalSignIn {
  if (env.OIDC_ISSUER) {
    return {
      kind: 'oidc',
      issuer: env.OIDC_ISSUER,
      clientId: env.PORTAL_OIDC_CLIENT_ID ?? 'buurtvolk-portal',
      scope: env.PORTAL_OIDC_SCOPE ?? 'openid profile',
    };
  }
  // Development tokens are verified with a key that is in the repository: never offer them outside development.
  if (isProduction(env) || !usesDevelopmentKeys(env)) throw new Error('The portal needs OIDC_ISSUER outside development');
  return { kind: 'development' };
}

/**
 * The portal on the gateway's own origin, so its `/graphql` needs no CORS: the sign-in settings, in development the
 * demo sign-in, and the built single-page app (hashed assets cached for a year, every other path its index.html).
 */
export function mountPortal(app: Express, options: { directory?: string; signIn: PortalSignIn }): void {
  app.get('/portal/config', (_req, res) => {
    res.json({ signIn: options.signIn });
  });
  if (options.signIn.kind === 'development') mountDevelopmentSignIn(app);

  const directory = options.directory;
  if (!directory || !existsSync(join(directory, 'index.html'))) return;
  app.use(securityHeaders(options.signIn));
  app.use('/assets', express.static(join(directory, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(directory, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|health|portal\/|dev\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(directory, 'index.html'));
  });
}

/**
 * The portal runs only its own scripts and talks only to this origin (and the sign-in provider): a script that got in
 * some other way could read personal data, so the browser is told to refuse anything else.
 */
function securityHeaders(signIn: PortalSignIn) {
  const provider = signIn.kind === 'oidc' ? ` ${new URL(signIn.issuer).origin}` : '';
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${provider}`,
    `frame-src 'self'${provider}`,
    `form-action 'self'${provider}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
  return (req: Request, res: Response, next: NextFunction) => {
    if (!/^\/(graphql|health)/.test(req.path)) {
      res.setHeader('Content-Security-Policy', policy);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'same-origin');
    }
    next();
  };
}

function mountDevelopmentSignIn(app: Express): void {
  const people = demoPeople();
  app.get('/dev/demo-people', (_req, res) => {
    res.json(people.map(({ key, role, teamName, partnerName }) => ({ key, role, teamName, partnerName })));
  });
  app.post('/dev/token', express.json({ limit: '1kb' }), async (req, res) => {
    const key = (req.body as { key?: unknown } | undefined)?.key;
    const person = people.find((candidate) => candidate.key === key);
    if (!person) {
      res.status(400).json({ error: 'Unknown demo person' });
      return;
    }
    res.json({ accessToken: await issueDevToken(person.identity, { expiresIn: '8h' }) });
  });
}
