import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { isProduction } from '@buurtvolk/identity';
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
import { type SubgraphConnectionOptions, SubgraphDataSource } from './subgraph-data-source';

export interface GatewayOptions {
  /** The composed supergraph (apps/gateway/supergraph.graphql). */
  supergraphSdl: string;
  port: number;
  /** Subgraph URLs by name, overriding those in the supergraph. */
  subgraphUrls?: Record<string, string>;
  connection?: Partial<SubgraphConnectionOptions>;
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
    csrfPrevention: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: running.server }), requestLoggingPlugin<GatewayContext>()],
  });
  await apollo.start();

  app.use(
    '/graphql',
    jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ requestId: requestIdOf(req), logger, identity: await authenticateCaller(req.headers.authorization) }),
    }),
  );
  app.use(requestErrorHandler(logger));
  started = true;

  return { url: running.url, port: running.port, stop: () => apollo.stop() };
}
