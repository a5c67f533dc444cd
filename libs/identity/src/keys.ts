import { importPKCS8, importSPKI, type KeyLike } from 'jose';

/**
 * Development keys. They are public (they are in this repository), so they are used only when NODE_ENV is
 * `development` or `test`: any other value — `production`, `staging`, a typo, unset in a container — needs real keys
 * and refuses to start without them. The repository's own runner (tools/run-ts.js) sets `development`.
 */
const DEV_CALLER_SECRET = 'buurtvolk-dev-caller-key-only-for-local-development';
const DEV_GATEWAY_PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIGB3V30U/ci8p0Gx7nN+mXgpyMDnTFBO/rzPpPhUVsOa
-----END PRIVATE KEY-----`;
const DEV_GATEWAY_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAP+v1fxZmDne9j0BN0f+A74Nwoq9GnJ1k0nzQxix8hOw=
-----END PUBLIC KEY-----`;

/** The algorithm of the identity the gateway forwards: asymmetric, so a subgraph can check it but never make one. */
export const GATEWAY_ALGORITHM = 'EdDSA';

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function usesDevelopmentKeys(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
}

function secretKey(value: string): Uint8Array {
  if (value.length < 32) throw new Error('A signing secret must have at least 32 characters');
  return new TextEncoder().encode(value);
}

export function devCallerKey(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  if (!usesDevelopmentKeys(env)) {
    throw new Error(
      `The development signing key is used only when NODE_ENV is development or test (it is ${JSON.stringify(env.NODE_ENV ?? '')}); configure OIDC_ISSUER and OIDC_AUDIENCE.`,
    );
  }
  return secretKey(env.DEV_TOKEN_SECRET ?? DEV_CALLER_SECRET);
}

const imported = new Map<string, Promise<KeyLike>>();

/** PEM from the environment; a PEM put on one line with literal "\n" (as some secret stores do) is accepted too. */
function pem(value: string): string {
  return value.replace(/\\n/g, '\n').trim();
}

function cachedImport(text: string, load: (pem: string) => Promise<KeyLike>): Promise<KeyLike> {
  let key = imported.get(text);
  if (!key) {
    key = load(pem(text));
    imported.set(text, key);
  }
  return key;
}

/** The key only the gateway holds (GATEWAY_SIGNING_KEY: an Ed25519 private key, PKCS#8 PEM). */
export function gatewaySigningKey(env: NodeJS.ProcessEnv = process.env): Promise<KeyLike> {
  const configured = env.GATEWAY_SIGNING_KEY;
  if (!configured && !usesDevelopmentKeys(env)) {
    return Promise.reject(
      new Error('GATEWAY_SIGNING_KEY (an Ed25519 private key, PKCS#8 PEM) must be set unless NODE_ENV is development or test.'),
    );
  }
  return cachedImport(configured ?? DEV_GATEWAY_PRIVATE_KEY, (text) => importPKCS8(text, GATEWAY_ALGORITHM));
}

/** What subgraphs check the gateway's signature with (GATEWAY_PUBLIC_KEY: the matching public key, SPKI PEM). */
export function gatewayVerifyingKey(env: NodeJS.ProcessEnv = process.env): Promise<KeyLike> {
  const configured = env.GATEWAY_PUBLIC_KEY;
  if (!configured && !usesDevelopmentKeys(env)) {
    return Promise.reject(
      new Error('GATEWAY_PUBLIC_KEY (the gateway’s Ed25519 public key, SPKI PEM) must be set unless NODE_ENV is development or test.'),
    );
  }
  return cachedImport(configured ?? DEV_GATEWAY_PUBLIC_KEY, (text) => importSPKI(text, GATEWAY_ALGORITHM));
}
