import { generateKeyPairSync } from 'node:crypto';
import { devCallerKey, gatewaySigningKey, gatewayVerifyingKey } from './keys';
import { Role } from './identity';
import { InvalidTokenError, issueDevToken, signGatewayIdentity, verifyDevToken, verifyGatewayIdentity } from './tokens';

const coordinator = {
  subject: 'c-1',
  role: Role.COORDINATOR,
  teamIds: ['7a1f3c1e-0000-4000-8000-000000000001'],
  volunteerId: '7a1f3c1e-0000-4000-8000-000000000002',
};

describe('development tokens', () => {
  it('round-trips an identity with its role and scopes', async () => {
    expect(await verifyDevToken(await issueDevToken(coordinator))).toEqual({ ...coordinator, partnerId: undefined });
  });

  it('refuses expired and tampered tokens', async () => {
    await expect(verifyDevToken(await issueDevToken(coordinator, { expiresIn: '-1s' }))).rejects.toThrow('The token has expired');
    const token = await issueDevToken(coordinator);
    const [header, , signature] = token.split('.');
    const escalated = Buffer.from(
      JSON.stringify({ sub: 'c-1', role: 'ADMIN', iss: 'buurtvolk-dev', aud: 'buurtvolk', exp: 9999999999 }),
    ).toString('base64url');
    await expect(verifyDevToken(`${header}.${escalated}.${signature}`)).rejects.toThrow(InvalidTokenError);
  });

  it('is used only when NODE_ENV is development or test, not for any other value', async () => {
    for (const NODE_ENV of ['production', 'prod', 'staging', undefined]) {
      expect(() => devCallerKey({ NODE_ENV })).toThrow(/only when NODE_ENV is development or test/);
      await expect(issueDevToken(coordinator, { env: { NODE_ENV } })).rejects.toThrow(/only when NODE_ENV/);
    }
  });
});

describe('gateway identity header', () => {
  const pair = () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return {
      GATEWAY_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      GATEWAY_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  };

  it('carries an identity or an anonymous caller to the subgraph it was made for', async () => {
    expect(await verifyGatewayIdentity(await signGatewayIdentity(coordinator, 'teams'), 'teams')).toMatchObject(coordinator);
    expect(await verifyGatewayIdentity(await signGatewayIdentity(null, 'teams'), 'teams')).toBeNull();
  });

  it('is refused by every other subgraph, and cannot be made with a caller token or another key', async () => {
    await expect(verifyGatewayIdentity(await signGatewayIdentity(coordinator, 'teams'), 'finance')).rejects.toThrow(
      "The token's aud claim is not accepted",
    );
    await expect(verifyGatewayIdentity(await issueDevToken(coordinator), 'teams')).rejects.toThrow(InvalidTokenError);
    const production = { NODE_ENV: 'production', ...pair() };
    const foreign = { NODE_ENV: 'production', ...pair() };
    await expect(verifyGatewayIdentity(await signGatewayIdentity(coordinator, 'teams', foreign), 'teams', production)).rejects.toThrow(
      'The token signature is not valid',
    );
    expect(await verifyGatewayIdentity(await signGatewayIdentity(coordinator, 'teams', production), 'teams', production)).toMatchObject(
      coordinator,
    );
  });

  it('needs real keys unless NODE_ENV is development or test; subgraphs hold only the public one', async () => {
    for (const NODE_ENV of ['production', 'staging', undefined]) {
      await expect(gatewaySigningKey({ NODE_ENV })).rejects.toThrow(/GATEWAY_SIGNING_KEY/);
      await expect(gatewayVerifyingKey({ NODE_ENV })).rejects.toThrow(/GATEWAY_PUBLIC_KEY/);
    }
    // A public key cannot sign: a compromised subgraph cannot make an identity for another.
    const { GATEWAY_PUBLIC_KEY } = pair();
    await expect(gatewaySigningKey({ NODE_ENV: 'production', GATEWAY_SIGNING_KEY: GATEWAY_PUBLIC_KEY })).rejects.toThrow();
  });
});
