import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { type CallerVerifier, callerVerifierFromEnv, gatewaySigningKey, isProduction } from '@buurtvolk/identity';
import {
  createHttpApp,
  createLogger,
  jsonBody,
  listen,
  type Logger,
  maskError,
  operationMetricsPlugin,
  readinessEndpoint,
  requestErrorHandler,
  requestIdOf,
  requestLoggingPlugin,
} from '@buurtvolk/subgraph-kit';
import { authenticatedCaller, authenticateRequests } from './caller-authentication';
import type { GatewayContext } from './gateway-context';
import { GatewayMetrics } from './gateway-metrics';
import { IdentitySignatures } from './identity-signatures';
import { DEFAULT_LIMITS, type RequestLimits } from './limits/limits';
import { PersistedDocuments } from './portal/persisted-documents';
import { mountPortal, type PortalSignIn } from './portal/portal-routes';
import { mountUploadProxy, uploadTargets } from './receipts/receipt-proxy';
import { batchSizeLimit, limitRefusal, requestLimitsPlugin } from './limits/limits-plugin';
import { documentLimitsRule, knownOperationTypesRule } from './limits/validation-rules';
import { type SubgraphConnectionOptions, SubgraphDataSource } from './subgraph-data-source';
import {
  DEFAULT_RATE_LIMIT,
  rateLimitBatches,
  rateLimitCallerOf,
  RateLimiter,
  rateLimitPlugin,
  rateLimitRequests,
  type RateLimitSettings,
} from './rate-limit';

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
  /** Token buckets per caller, on unless `false`; missing settings take DEFAULT_RATE_LIMIT's. */
  rateLimit?: Partial<RateLimitSettings> | false;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. None by default. */
  trustProxy?: number | string[];
  /** The portal on the same origin: its sign-in settings and, when built, its static files. */
  portal?: { signIn: PortalSignIn; directory?: string };
  /** Serves Prometheus metrics at /metrics on this port (never the public one); none when absent. */
  metricsPort?: number;
  logger?: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Where /metrics is served, when `metricsPort` was given. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

export const DEFAULT_CONNECTION: SubgraphConnectionOptions = { timeoutMs: 10_000, maxSockets: 32 };

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  const connection = { ...DEFAULT_CONNECTION, ...options.connection };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const verifyCaller = options.verifyCaller ?? callerVerifierFromEnv();
  // Without its signing key the gateway could forward no one: refuse to start rather than fail every request.
  await gatewaySigningKey();
  const signatures = new IdentitySignatures();
  const metrics = new GatewayMetrics();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(name, options.subgraphUrls?.[name] ?? String(url), { ...connection, metrics }, signatures),
  });

  const app = createHttpApp();
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  const rateLimiter =
    options.rateLimit === false
      ? undefined
      : await RateLimiter.start({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit }, logger, (caller) => metrics.rateLimited(caller.anonymous));
  let started = false;
  readinessEndpoint(app, async () => started);
  const running = await listen(app, options.port);

  const persistedDocuments = PersistedDocuments.ofPortal(options.portal?.directory);
  if (persistedDocuments.size) logger.info({ operations: persistedDocuments.size }, 'the portal’s operations are known by hash');
  const apollo = new ApolloServer<GatewayContext>({
    // @apollo/gateway 2.14 implements the same interface Apollo Server 5 calls, under an older package version.
    gateway: gateway as never,
    formatError: (formatted, error) => maskError(limitRefusal(formatted, error, limits), error),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [documentLimitsRule(limits), knownOperationTypesRule],
    // exitOnSignals owns SIGTERM/SIGINT. Apollo's own handler would stop the server a second time in parallel, and
    // a stop() that meets one in progress waits on a barrier Apollo 5 never releases.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
    // No "Did you mean …?" hints that map the schema for a stranger.
    hideSchemaDetailsFromClientErrors: isProduction(),
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    persistedQueries: { cache: persistedDocuments },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: running.server }),
      requestLoggingPlugin<GatewayContext>(),
      operationMetricsPlugin<GatewayContext>(metrics),
      requestLimitsPlugin<GatewayContext>(limits),
      ...(rateLimiter ? [rateLimitPlugin<GatewayContext>(rateLimiter)] : []),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    authenticateRequests(verifyCaller),
    ...(rateLimiter ? [rateLimitRequests(rateLimiter)] : []),
    jsonBody(),
    batchSizeLimit(limits),
    ...(rateLimiter ? [rateLimitBatches(rateLimiter)] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        requestId: requestIdOf(req),
        logger,
        identity: authenticatedCaller(res),
        rateLimitCaller: rateLimitCallerOf(res),
      }),
    }),
  );
  const uploadTargetsOf = uploadTargets(options.supergraphSdl, options.subgraphUrls);
  mountUploadProxy(app, { targets: uploadTargetsOf, logger, limit: rateLimiter ? [rateLimitRequests(rateLimiter)] : [] });
  if (options.portal) mountPortal(app, options.portal);
  app.use(requestErrorHandler(logger));
  const metricsServer = options.metricsPort === undefined ? undefined : await metrics.serve(options.metricsPort);
  started = true;

  const stop = async () => {
    try {
      await apollo.stop();
    } finally {
      await Promise.all([rateLimiter?.close(), metricsServer?.drain(0)]);
    }
  };
  return { url: running.url, port: running.port, metricsUrl: metricsServer?.url, stop };
}
