import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callerVerifierFromEnv } from './caller-verifier';
import { Role } from './identity';
import { issueDevToken } from './tokens';

/** A minimal OIDC provider on localhost: a discovery document and a JWKS with one RS256 key. */
let server: Server;
let issuer: string;
let providerKey: KeyLike;
let strangerKey: KeyLike;
let jwksRequests = 0;

beforeAll(async () => {
  const provider = await generateKeyPair('RS256');
  providerKey = provider.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'provider-key', alg: 'RS256', use: 'sig' };
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/realms/buurtvolk/.well-known/openid-configuration')
      return res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/certs` }));
    if (req.url === '/realms/buurtvolk/certs') {
      jwksRequests += 1;
      return res.end(JSON.stringify({ keys: [jwk] }));
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/buurtvolk`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function providerToken(
  claims: Record<string, unknown>,
  options: { key?: KeyLike; audience?: string; expires?: string | null; alg?: string } = {},
) {
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: 'provider-key' })
    .setIssuer(issuer)
    .setAudience(options.audience ?? 'buurtvolk-api')
    .setIssuedAt();
  if (options.expires !== null) token.setExpirationTime(options.expires ?? '5m');
  return token.sign(options.key ?? providerKey);
}

describe('production verification against an OIDC provider', () => {
  const env = () => ({ NODE_ENV: 'production', OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'buurtvolk-api' });

  it("accepts the provider's tokens and reads role and scopes from their claims, fetching the keys once", async () => {
    const verify = callerVerifierFromEnv(env());
    const identity = await verify(await providerToken({ sub: 'kc-123', role: 'COORDINATOR', teams: ['t-1'] }));
    expect(identity).toEqual({ subject: 'kc-123', role: Role.COORDINATOR, teamIds: ['t-1'], volunteerId: undefined, partnerId: undefined });
    await verify(await providerToken({ sub: 'kc-124', role: 'ADMIN' }));
    expect(jwksRequests).toBe(1);
  });

  it('refuses a token signed by another key, for another audience, expired, or without a role', async () => {
    const verify = callerVerifierFromEnv(env());
    await expect(verify(await providerToken({ sub: 'x', role: 'ADMIN' }, { key: strangerKey }))).rejects.toThrow(
      'The token signature is not valid',
    );
    await expect(verify(await providerToken({ sub: 'x', role: 'ADMIN' }, { audience: 'other-app' }))).rejects.toThrow(
      "The token's aud claim is not accepted",
    );
    await expect(verify(await providerToken({ sub: 'x', role: 'ADMIN' }, { expires: '-1m' }))).rejects.toThrow('The token has expired');
    await expect(verify(await providerToken({ sub: 'x' }))).rejects.toThrow('no known role');
  });

  it('refuses a token without an expiry, and one signed with an algorithm outside the allow-list', async () => {
    const verify = callerVerifierFromEnv(env());
    await expect(verify(await providerToken({ sub: 'x', role: 'ADMIN' }, { expires: null }))).rejects.toThrow(
      "The token's exp claim is not accepted",
    );
    const onlyEs256 = callerVerifierFromEnv({ ...env(), OIDC_ALGORITHMS: 'ES256' });
    await expect(onlyEs256(await providerToken({ sub: 'x', role: 'ADMIN' }))).rejects.toThrow('not a valid signed JWT');
  });

  it('refuses development tokens', async () => {
    const verify = callerVerifierFromEnv(env());
    const devToken = await issueDevToken({ subject: 'x', role: Role.ADMIN, teamIds: [] });
    await expect(verify(devToken)).rejects.toThrow();
  });

  it('will not start in production without OIDC settings', () => {
    expect(() => callerVerifierFromEnv({ NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER and OIDC_AUDIENCE/);
    expect(() => callerVerifierFromEnv({ NODE_ENV: 'production', OIDC_ISSUER: issuer })).toThrow(/both/);
  });
});
