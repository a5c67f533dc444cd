import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { createLogger } from '@buurtvolk/subgraph-kit';
import { DEFAULT_RATE_LIMIT } from './rate-limit-settings';
import { type RateLimitedContext, rateLimitPlugin } from './rate-limit-plugin';
import { RateLimiter } from './rate-limiter';

/** Stands in for the limits plugin, which puts the operation's cost in the context once it is resolved. */
const costFromOperationName: ApolloServerPlugin<RateLimitedContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName }) {
        contextValue.operationCost = Number(operationName?.replace('cost', '') ?? 0);
      },
    };
  },
};

describe('the rate limit plugin', () => {
  let server: ApolloServer<RateLimitedContext>;
  let limiter: RateLimiter;

  beforeAll(async () => {
    limiter = await RateLimiter.start(
      { ...DEFAULT_RATE_LIMIT, signedIn: { capacity: 10, refillPerSecond: 0.5 }, costPerExtraToken: 1_000 },
      createLogger('test', 'silent'),
    );
    server = new ApolloServer<RateLimitedContext>({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
      plugins: [costFromOperationName, rateLimitPlugin(limiter)],
    });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await limiter.close();
  });

  const run = (cost: number) =>
    server.executeOperation(
      { query: `query cost${cost} { hello }` },
      { contextValue: { rateLimitCaller: { key: 'subject:plugin', anonymous: false } } },
    );

  it('draws one extra token per 1,000 of cost once the cost is known, and answers 429 with Retry-After when they are not there', async () => {
    // The request's own token is drawn by the HTTP middleware, not here: 10 tokens pay for cheap operations freely.
    for (let i = 0; i < 12; i++) expect((await run(999)).http.status).toBeUndefined();
    expect((await run(6_000)).http.status).toBeUndefined();
    const refused = await run(5_000);
    expect(refused.http.status).toBe(429);
    // 4 tokens left, 5 wanted: 1 missing at half a token a second.
    expect(refused.http.headers.get('retry-after')).toBe('2');
    expect(refused.body).toEqual({
      kind: 'single',
      singleResult: {
        errors: [{ message: 'Too many requests: try again in 2 seconds', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 2 } }],
      },
    });
  });
});
