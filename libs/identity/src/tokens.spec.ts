import { gatewayKey, devCallerKey } from './keys';
import { Role } from './identity';
import { InvalidTokenError, issueDevToken, signGatewayIdentity, verifyDevToken, verifyGatewayIdentity } from './tokens';

const coordinator = { subject: 'c-1', role: Role.COORDINATOR, teamIds: ['7a1f3c1e-0000-4000-8000-000000000001'], volunteerId: '7a1f3c1e-0000-4000-8000-000000000002' };

describe('development tokens', () => {
  it('round-trips an identity with its role and scopes', async () => {
    expect(await verifyDevToken(await issueDevToken(coordinator))).toEqual({ ...coordinator, partnerId: undefined });
  });

  it('refuses expired and tampered tokens', async () => {
    await expect(verifyDevToken(await issueDevToken(coordinator, { expiresIn: '-1s' }))).rejects.toThrow('The token has expired');
    const token = await issueDevToken(coordinator);
    const [header, , signature] = token.split('.');
    const escalated = Buffer.from(JSON.stringify({ sub: 'c-1', role: 'ADMIN', iss: 'buurtvolk-dev', aud: 'buurtvolk', exp: 9999999999 })).toString('base64url');
    await expect(verifyDevToken(`${header}.${escalated}.${signature}`)).rejects.toThrow(InvalidTokenError);
  });

  it('is refused in production', async () => {
    expect(() => devCallerKey({ NODE_ENV: 'production' })).toThrow(/refused when NODE_ENV=production/);
    await expect(issueDevToken(coordinator, { env: { NODE_ENV: 'production' } })).rejects.toThrow(/refused/);
  });
});

describe('gateway identity header', () => {
  it('carries an identity or an anonymous caller to subgraphs', async () => {
    expect(await verifyGatewayIdentity(await signGatewayIdentity(coordinator))).toMatchObject(coordinator);
    expect(await verifyGatewayIdentity(await signGatewayIdentity(null))).toBeNull();
  });

  it('cannot be made with a caller token or another key', async () => {
    await expect(verifyGatewayIdentity(await issueDevToken(coordinator))).rejects.toThrow(InvalidTokenError);
    const otherKey = { GATEWAY_SIGNING_SECRET: 'another-secret-that-is-long-enough-to-use' };
    await expect(verifyGatewayIdentity(await signGatewayIdentity(coordinator, otherKey))).rejects.toThrow('The token signature is not valid');
  });

  it('needs a configured secret in production', () => {
    expect(() => gatewayKey({ NODE_ENV: 'production' })).toThrow(/GATEWAY_SIGNING_SECRET/);
    expect(() => gatewayKey({ NODE_ENV: 'production', GATEWAY_SIGNING_SECRET: 'short' })).toThrow(/at least 32/);
  });
});
