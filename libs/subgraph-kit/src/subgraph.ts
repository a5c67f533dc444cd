import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  createDataSource,
  type DatabaseDefinition,
  databaseProbe,
  isDatabaseUnavailable,
  pgErrorCode,
  runMigrations,
  serviceDatabaseUrl,
} from '@buurtvolk/database';
import { type EventBus, eventsDatabaseUrl, startEventBus } from '@buurtvolk/events';
import { gatewayVerifyingKey, IDENTITY_HEADER, type Identity, isProduction, verifyGatewayIdentity } from '@buurtvolk/identity';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { maskError, unauthenticated } from './errors';
import { createHttpApp, exitOnSignals, jsonBody, listen, readinessEndpoint, REQUEST_ID_HEADER, requestErrorHandler } from './http';
import { metricsEndpoint, subgraphMetrics } from './metrics/metrics-endpoint';
import { operationMetricsPlugin } from './metrics/operation-metrics-plugin';
import { shutdownSettingsFromEnv } from './shutdown';
import { createLogger, type Logger } from './logger';
import { type LoggedContext, requestLoggingPlugin } from './request-logging';
import { type SubgraphEvents, startSubgraphEvents } from './subgraph-events';

export interface SubgraphContext extends LoggedContext {
  /** The caller as verified by the gateway; `null` for an anonymous caller. */
  identity: Identity | null;
  /** The event bus, for operators' views of it (dead letters); absent where the subgraph runs without events. */
  bus?: EventBus;
}

export interface SubgraphDefinition<TContext extends SubgraphContext = SubgraphContext> {
  name: string;
  defaultPort: number;
  database: DatabaseDefinition;
  buildSchema(): Promise<GraphQLSchema>;
  /** Per-request context: services and DataLoaders bound to this request's caller. */
  createContext(base: SubgraphContext, dataSource: DataSource): TContext;
  /** Loads demo data into an empty database. */
  seedDemoData?(dataSource: DataSource, logger: Logger): Promise<void>;
  /** Domain events the subgraph publishes (through its outbox) and handles. */
  events?: SubgraphEvents;
  /**
   * Plain HTTP routes besides /graphql, for what GraphQL cannot carry (e.g. a file's bytes). Each route checks the
   * gateway's signature itself: nothing reaches a subgraph except through the gateway.
   */
  routes?(app: Express, options: { dataSource: DataSource; logger: Logger }): void;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** How long event handlers in flight get to finish on shutdown. */
const EVENTS_STOP_MS = 1_500;

const SAFE_REQUEST_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A database over its limits (statement or lock timeout, no free connection) or out of reach fails the request with
 * SERVICE_UNAVAILABLE, as the gateway says of a subgraph that is down: the caller may try again, and the other
 * subgraphs' parts of the answer still come.
 */
export function formatSubgraphError(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (!isDatabaseUnavailable(unwrapResolverError(error))) return maskError(formatted, error);
    return {
      message: `The ${service} service is too busy or cannot reach its database right now; try again in a moment`,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  };
}

export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Serves a subgraph over HTTP on an initialised, migrated data source. */
export async function startSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: { dataSource: DataSource; port: number; logger?: Logger; bus?: EventBus },
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name);
  // Without the gateway's public key no request could be answered: refuse to start instead.
  await gatewayVerifyingKey();
  const schema = await definition.buildSchema();
  const app = createHttpApp();
  readinessEndpoint(app, databaseProbe(options.dataSource));
  const metrics = subgraphMetrics(definition.name, {
    dataSource: options.dataSource,
    bus: options.bus,
    publishes: definition.events?.publishes,
  });
  metricsEndpoint(app, metrics);
  definition.routes?.(app, { dataSource: options.dataSource, logger });

  const running = await listen(app, options.port);
  const apollo = new ApolloServer<TContext>({
    schema,
    formatError: formatSubgraphError(definition.name),
    // exitOnSignals owns SIGTERM/SIGINT. Apollo's own handler would stop the server a second time in parallel, and
    // a stop() that meets one in progress waits on a barrier Apollo 5 never releases.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    introspection: !isProduction(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: running.server }),
      // Timing traces are for Apollo's cloud, which this platform does not use.
      ApolloServerPluginInlineTraceDisabled(),
      requestLoggingPlugin<TContext>(),
      operationMetricsPlugin<TContext>(metrics),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const base = { requestId: requestIdOf(req), logger, identity: null, bus: options.bus };
        const token = req.headers[IDENTITY_HEADER];
        if (typeof token !== 'string') throw unauthenticated('This service answers only requests that come through the gateway');
        const identity = await verifyGatewayIdentity(token, definition.name).catch(() => {
          throw unauthenticated('The gateway signature on this request is missing, expired or not valid');
        });
        return definition.createContext({ ...base, identity }, options.dataSource);
      },
    }),
  );
  app.use(requestErrorHandler(logger));

  return {
    url: running.url,
    port: running.port,
    stop: async () => {
      await running.drain(shutdownSettingsFromEnv().drainMs);
      await apollo.stop();
    },
  };
}

/**
 * The whole life of a subgraph process: connect to its own database, migrate, load demo data when asked and
 * the database is empty, serve, and shut down cleanly on SIGTERM/SIGINT.
 */
export async function runSubgraph<TContext extends SubgraphContext>(definition: SubgraphDefinition<TContext>): Promise<void> {
  const logger = createLogger(definition.name);
  surviveDatabaseOutages(logger);
  const port = Number(process.env.PORT ?? definition.defaultPort);
  const url = serviceDatabaseUrl(definition.name);
  const dataSource = createDataSource(url, definition.database);
  await dataSource.initialize().catch((error) => {
    if (pgErrorCode(error) !== '3D000') throw error;
    throw new Error(
      `The database of the ${definition.name} service does not exist (${new URL(url).pathname.slice(1)}). "npm start" creates it; elsewhere, create it first.`,
    );
  });
  if (process.env.RUN_MIGRATIONS !== 'false') {
    const applied = await runMigrations(dataSource);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  if (process.env.DEMO_DATA === 'true' && definition.seedDemoData) await definition.seedDemoData(dataSource, logger);
  const bus = definition.events ? await startEventBus({ connectionString: eventsDatabaseUrl(), logger }) : undefined;
  const stopEvents =
    bus && definition.events ? await startSubgraphEvents(definition.name, definition.events, { dataSource, bus, logger }) : async () => {};
  const subgraph = await startSubgraph(definition, { dataSource, port, logger, bus });
  logger.info({ url: subgraph.url }, `${definition.name} subgraph ready`);
  exitOnSignals(async (step) => {
    // The HTTP servers are drained by now; what is left of Apollo stops at once.
    await step('graphql', () => subgraph.stop());
    // Handlers still running when the bus stops are failed back to the queue; the inbox makes the retry safe.
    await step(
      'events',
      async () => {
        await stopEvents();
        await bus?.stop(EVENTS_STOP_MS);
      },
      EVENTS_STOP_MS + 1_000,
    );
    await step('database pool', () => dataSource.destroy());
  }, logger);
}

/**
 * pg-boss 10 completes and fails jobs without awaiting it (timgit/pg-boss#577), so with the database gone for a moment
 * the rejection went unhandled and ended the process. Such a job stays active until it expires and is then delivered
 * again, which the inbox makes harmless. Any other unhandled rejection still ends the process, as Node would.
 */
function surviveDatabaseOutages(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    logger.warn({ err: reason }, 'background work lost its database connection; carrying on');
  });
}
