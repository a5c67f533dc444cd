import { demoId } from '@buurtvolk/domain';
import { Role, verifyDevToken } from '@buurtvolk/identity';
import { createHttpApp, listen } from '@buurtvolk/subgraph-kit';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountPortal, type PortalSignIn, portalSignInFromEnv } from './portal-routes';

let builtPortal: string;

beforeAll(() => {
  builtPortal = mkdtempSync(join(tmpdir(), 'portal-'));
  mkdirSync(join(builtPortal, 'assets'));
  writeFileSync(join(builtPortal, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(builtPortal, 'assets', 'index-abc123.js'), 'console.log(1)');
});
afterAll(() => rmSync(builtPortal, { recursive: true, force: true }));

async function portalServer(signIn: PortalSignIn) {
  const app = createHttpApp();
  app.post('/graphql', (_req, res) => {
    res.json({ data: null });
  });
  mountPortal(app, { signIn, directory: builtPortal });
  const running = await listen(app, 0);
  return {
    base: `http://localhost:${running.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        running.server.close(() => resolve());
        running.server.closeAllConnections();
      }),
  };
}

describe('the portal on the gateway’s origin', () => {
  it('serves the app for every page path, hashed assets for a year, and leaves the API alone', async () => {
    const server = await portalServer({ kind: 'development' });
    try {
      for (const path of ['/', '/uren', '/team/uren']) {
        const page = await fetch(`${server.base}${path}`, { headers: { accept: 'text/html' } });
        expect({ path, status: page.status, cache: page.headers.get('cache-control') }).toEqual({ path, status: 200, cache: 'no-cache' });
        expect(await page.text()).toContain('<div id="root">');
      }
      const home = await fetch(`${server.base}/`, { headers: { accept: 'text/html' } });
      expect(home.headers.get('content-security-policy')).toContain("script-src 'self';");
      expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const asset = await fetch(`${server.base}/assets/index-abc123.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await fetch(`${server.base}/assets/missing.js`)).status).toBe(404);
      expect(await (await fetch(`${server.base}/graphql`, { method: 'POST' })).json()).toEqual({ data: null });
      expect((await fetch(`${server.base}/health/live`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('in development lists the demo people and signs in as one of them, with the identity the services know', async () => {
    const server = await portalServer({ kind: 'development' });
    try {
      expect(await (await fetch(`${server.base}/portal/config`)).json()).toEqual({ signIn: { kind: 'development' } });
      const people = (await (await fetch(`${server.base}/dev/demo-people`)).json()) as { key: string; role: string; teamName?: string }[];
      expect(people.filter((person) => person.teamName === 'Feijenoord').map((person) => person.role)).toEqual([
        'COORDINATOR',
        'VOLUNTEER',
        'PARTNER',
      ]);
      expect(people.filter((person) => person.role === 'ADMIN')).toHaveLength(1);
      // The list names roles and teams, never a token or an id.
      expect(JSON.stringify(people)).not.toMatch(/eyJ|[0-9a-f]{8}-[0-9a-f]{4}/);

      const response = await fetch(`${server.base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'volunteer:feijenoord' }),
      });
      const { accessToken } = (await response.json()) as { accessToken: string };
      expect(await verifyDevToken(accessToken)).toEqual({
        subject: 'demo-feijenoord-02',
        role: Role.VOLUNTEER,
        teamIds: [demoId('team:feijenoord')],
        volunteerId: demoId('volunteer:feijenoord-02'),
        partnerId: undefined,
      });
      const unknown = await fetch(`${server.base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'admin', role: 'ADMIN' }),
      });
      expect(unknown.status).toBe(200);
      const forged = await fetch(`${server.base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'nobody' }),
      });
      expect(forged.status).toBe(400);
    } finally {
      await server.stop();
    }
  });

  it('with OpenID Connect has no demo sign-in at all, and tells the portal where to sign in', async () => {
    const signIn = portalSignInFromEnv({
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://login.example.org/realms/buurtvolk',
      PORTAL_OIDC_CLIENT_ID: 'portal',
    });
    expect(signIn).toEqual({
      kind: 'oidc',
      issuer: 'https://login.example.org/realms/buurtvolk',
      clientId: 'portal',
      scope: 'openid profile',
    });
    const server = await portalServer(signIn);
    try {
      expect(await (await fetch(`${server.base}/portal/config`)).json()).toEqual({ signIn });
      const home = await fetch(`${server.base}/`, { headers: { accept: 'text/html' } });
      expect(home.headers.get('content-security-policy')).toContain("connect-src 'self' https://login.example.org;");
      expect((await fetch(`${server.base}/dev/demo-people`, { headers: { accept: 'application/json' } })).status).toBe(404);
      expect(
        (
          await fetch(`${server.base}/dev/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"key":"admin"}',
          })
        ).status,
      ).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('refuses to offer development sign-in outside development', () => {
    expect(() => portalSignInFromEnv({ NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER/);
    expect(() => portalSignInFromEnv({ NODE_ENV: 'staging' })).toThrow(/OIDC_ISSUER/);
    expect(portalSignInFromEnv({ NODE_ENV: 'development' })).toEqual({ kind: 'development' });
  });
});
