import type { BucketRule } from './token-bucket';

export type RateLimitStoreSettings = { kind: 'memory' } | { kind: 'postgres'; databaseUrl: string };

/** How many requests each caller may send. Defaults and environment variables are documented in the README. */
export interface RateLimitSettings {
  /** One bucket per signed-in caller, by the subject of their token, however many tokens or addresses they use. */
  signedIn: BucketRule;
  /** One bucket per client address for callers without a (valid) token; IPv6 addresses by their /64. */
  anonymous: BucketRule;
  /** An operation costing this much (see limits/) draws one token more; cheaper ones draw only their request's token. */
  costPerExtraToken: number;
  store: RateLimitStoreSettings;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = {
  // A burst of 120, then 2 a second (120 a minute): several portal pages at once, and a partner's sync job.
  signedIn: { capacity: 120, refillPerSecond: 2 },
  // Anonymous callers see public data only; a quarter of that is plenty, and a flood costs the attacker addresses.
  anonymous: { capacity: 30, refillPerSecond: 0.5 },
  costPerExtraToken: 1_000,
  store: { kind: 'memory' },
};

/** Settings from RATE_LIMIT_* variables, or `false` for RATE_LIMIT_ENABLED=false; refuses values that make no sense. */
export function rateLimitSettingsFromEnv(env: NodeJS.ProcessEnv): RateLimitSettings | false {
  const enabled = env.RATE_LIMIT_ENABLED ?? 'true';
  if (!['true', 'false'].includes(enabled)) throw new Error(`RATE_LIMIT_ENABLED must be true or false, not ${JSON.stringify(enabled)}`);
  if (enabled === 'false') return false;
  const number = (name: string, fallback: number) => positiveNumber(env, name, fallback);
  return {
    signedIn: {
      capacity: number('RATE_LIMIT_CAPACITY', DEFAULT_RATE_LIMIT.signedIn.capacity),
      refillPerSecond: number('RATE_LIMIT_REFILL_PER_SECOND', DEFAULT_RATE_LIMIT.signedIn.refillPerSecond),
    },
    anonymous: {
      capacity: number('RATE_LIMIT_ANONYMOUS_CAPACITY', DEFAULT_RATE_LIMIT.anonymous.capacity),
      refillPerSecond: number('RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND', DEFAULT_RATE_LIMIT.anonymous.refillPerSecond),
    },
    costPerExtraToken: number('RATE_LIMIT_COST_PER_TOKEN', DEFAULT_RATE_LIMIT.costPerExtraToken),
    store: storeFromEnv(env),
  };
}

function storeFromEnv(env: NodeJS.ProcessEnv): RateLimitStoreSettings {
  const kind = env.RATE_LIMIT_STORE ?? 'memory';
  if (kind === 'memory') return { kind };
  if (kind !== 'postgres') throw new Error(`RATE_LIMIT_STORE must be memory or postgres, not ${JSON.stringify(kind)}`);
  const databaseUrl = env.RATE_LIMIT_DATABASE_URL;
  if (!databaseUrl) throw new Error('RATE_LIMIT_STORE=postgres needs RATE_LIMIT_DATABASE_URL');
  return { kind, databaseUrl };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${JSON.stringify(text)}`);
  return value;
}

/**
 * TRUST_PROXY: how many proxies in front of the gateway (`1`), or their addresses (`loopback`, `10.0.0.0/8,…`).
 * Without it X-Forwarded-For is ignored, else anyone could pick a fresh address per request. `true` (trust every
 * hop) is refused for the same reason: the left-most address is whatever the client wrote.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv): number | string[] | undefined {
  const text = env.TRUST_PROXY?.trim();
  if (!text || text === 'false') return undefined;
  if (text === 'true')
    throw new Error('TRUST_PROXY=true would let clients choose their own address; give the number of proxies or their addresses');
  if (/^\d+$/.test(text)) return Number(text) || undefined;
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
