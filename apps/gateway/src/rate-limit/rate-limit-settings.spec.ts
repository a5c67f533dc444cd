import { DEFAULT_RATE_LIMIT, rateLimitSettingsFromEnv, trustProxyFromEnv } from './rate-limit-settings';

describe('rate limit settings from the environment', () => {
  it('are on with the defaults when nothing is set', () => {
    expect(rateLimitSettingsFromEnv({})).toEqual(DEFAULT_RATE_LIMIT);
  });

  it('take every variable', () => {
    const env = {
      RATE_LIMIT_CAPACITY: '60',
      RATE_LIMIT_REFILL_PER_SECOND: '1.5',
      RATE_LIMIT_ANONYMOUS_CAPACITY: '10',
      RATE_LIMIT_ANONYMOUS_REFILL_PER_SECOND: '0.2',
      RATE_LIMIT_COST_PER_TOKEN: '500',
      RATE_LIMIT_STORE: 'postgres',
      RATE_LIMIT_DATABASE_URL: 'postgres://gateway@db/buurtvolk_gateway',
    };
    expect(rateLimitSettingsFromEnv(env)).toEqual({
      signedIn: { capacity: 60, refillPerSecond: 1.5 },
      anonymous: { capacity: 10, refillPerSecond: 0.2 },
      costPerExtraToken: 500,
      store: { kind: 'postgres', databaseUrl: 'postgres://gateway@db/buurtvolk_gateway' },
    });
  });

  it('turn off only with RATE_LIMIT_ENABLED=false', () => {
    expect(rateLimitSettingsFromEnv({ RATE_LIMIT_ENABLED: 'false' })).toBe(false);
    expect(() => rateLimitSettingsFromEnv({ RATE_LIMIT_ENABLED: 'no' })).toThrow('RATE_LIMIT_ENABLED must be true or false');
  });

  it.each([
    [{ RATE_LIMIT_CAPACITY: '0' }, 'RATE_LIMIT_CAPACITY must be a positive number'],
    [{ RATE_LIMIT_REFILL_PER_SECOND: 'fast' }, 'RATE_LIMIT_REFILL_PER_SECOND must be a positive number'],
    [{ RATE_LIMIT_STORE: 'redis' }, 'RATE_LIMIT_STORE must be memory or postgres'],
    [{ RATE_LIMIT_STORE: 'postgres' }, 'RATE_LIMIT_STORE=postgres needs RATE_LIMIT_DATABASE_URL'],
  ])('refuse %j', (env, message) => {
    expect(() => rateLimitSettingsFromEnv(env)).toThrow(message);
  });

  it('trust no proxy unless TRUST_PROXY names them, and never every hop', () => {
    expect(trustProxyFromEnv({})).toBeUndefined();
    expect(trustProxyFromEnv({ TRUST_PROXY: '1' })).toBe(1);
    expect(trustProxyFromEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' })).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => trustProxyFromEnv({ TRUST_PROXY: 'true' })).toThrow('TRUST_PROXY=true');
  });
});
