/**
 * Development signing keys. They are public (they are in this repository), so they are refused in production,
 * where the gateway's key comes from GATEWAY_SIGNING_SECRET and callers' tokens from the OIDC provider.
 */
const DEV_CALLER_SECRET = 'buurtvolk-dev-caller-key-only-for-local-development';
const DEV_GATEWAY_SECRET = 'buurtvolk-dev-gateway-key-only-for-local-development';

export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

function secretKey(value: string): Uint8Array {
  if (value.length < 32) throw new Error('A signing secret must have at least 32 characters');
  return new TextEncoder().encode(value);
}

export function devCallerKey(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  if (isProduction(env)) throw new Error('The development signing key is refused when NODE_ENV=production; configure OIDC_ISSUER and OIDC_AUDIENCE.');
  return secretKey(env.DEV_TOKEN_SECRET ?? DEV_CALLER_SECRET);
}

export function gatewayKey(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const configured = env.GATEWAY_SIGNING_SECRET;
  if (configured) return secretKey(configured);
  if (isProduction(env)) throw new Error('GATEWAY_SIGNING_SECRET must be set when NODE_ENV=production.');
  return secretKey(DEV_GATEWAY_SECRET);
}
