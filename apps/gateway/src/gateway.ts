import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { type CallerVerifier, callerVerifierFromEnv, isProduction } from '@buurtvolk/identity';
import {
  createHttpApp,
  createLogger,
  jsonBody,
  listen,
  type Logger,
  maskError,
  readinessEndpoint,
  requestErrorHandler,
  requestIdOf,
  requestLoggingPlugin,
} from '@buurtvolk/subgraph-kit';
import { authenticateCaller } from './caller-authentication';
import type { GatewayContext } from './gateway-context';
import { DEFAULT_LIMITS, type RequestLimits } from './limits/limits';
import { batchSizeLimit, requestLimitsPlugin } from './limits/limits-plugin';
import { type SubgraphConnectionOptions, SubgraphDataSource } from './subgraph-data-source';

export interface GatewayOptions {
  /** The composed supergraph (apps/gateway/supergraph.graphql). */
  supergraphSdl: string;
  port: number;
  /** Subgraph URLs by name, overriding those in the supergraph. */
  subgraphUrls?: Record<string, string>;
  connection?: Partial<SubgraphConnectionOptions>;
  limits?: Partial<RequestLimits>;
  /** How callers' bearer tokens are verified; by default from the environment (OIDC, or the development key). */
  verifyCaller?: CallerVerifier;
  logger?: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const DEFAULT_CONNECTION: SubgraphConnectionOptions = { timeoutMs: 10_000, maxSockets: 32 };

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  const connection = { ...DEFAULT_CONNECTION, ...options.connection };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const verifyCaller = options.verifyCaller ?? callerVerifierFromEnv();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, options.subgraphUrls?.[name] ?? String(url), connection),
  });

  const app = createHttpApp();
  let started = false;
  readinessEndpoint(app, async () => started);
  const running = await listen(app, options.port);

  const apollo = new ApolloServer<GatewayContext>({
    // @apollo/gateway 2.14 implements the same interface Apollo Server 5 calls, under an older package version.
    gateway: gateway as never,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
    // No "Did you mean …?" hints that map the schema for a stranger.
    hideSchemaDetailsFromClientErrors: isProduction(),
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: running.server }),
      requestLoggingPlugin<GatewayContext>(),
      requestLimitsPlugin<GatewayContext>(limits),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    jsonBody(),
    batchSizeLimit(limits),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ requestId: requestIdOf(req), logger, identity: await authenticateCaller(req.headers.authorization, verifyCaller) }),
    }),
  );
  app.use(requestErrorHandler(logger));
  started = true;

  return { url: running.url, port: running.port, stop: () => apollo.stop() };
}
