import type { StatementCounter } from '@buurtvolk/database';
import type { Identity } from '@buurtvolk/identity';
import type { EventBus } from '@buurtvolk/events';
import { createLogger, printSubgraphSdl, type SubgraphDefinition, startSubgraph, startSubgraphEvents } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import { gatewayHeaders, type GraphQLResponse, postGraphQL } from './graphql-client';
import { createTestDatabase } from './test-database';

export interface TestSubgraph {
  name: string;
  url: string;
  port: number;
  sdl: string;
  /** Its database, for a test's own connection (one that the statement counter does not see). */
  databaseUrl: string;
  dataSource: DataSource;
  statements: StatementCounter;
  /** Sends a query the way the gateway does, for `as` (null: anonymous). */
  query<TData = any>(query: string, variables?: Record<string, unknown>, as?: Identity | null): Promise<GraphQLResponse<TData>>;
  /** Stops serving; the database stays until `destroy`. */
  stop(): Promise<void>;
  /** Serves again on the same port (after `stop`). */
  restart(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A real subgraph over HTTP on a free port with its own fresh, migrated database; with a `bus`, its outbox relay
 * and event consumers run too (polling quickly, so tests see events within a second). `statements` replaces the
 * counter its data source logs to.
 */
export async function startTestSubgraph(
  definition: SubgraphDefinition<any>,
  options: { seed?: boolean; bus?: EventBus; statements?: StatementCounter } = {},
): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name, definition.database, { statements: options.statements });
  const logger = createLogger(definition.name);
  if (options.seed && definition.seedDemoData) await definition.seedDemoData(database.dataSource, logger);
  const stopEvents =
    options.bus && definition.events
      ? await startSubgraphEvents(definition.name, definition.events, {
          dataSource: database.dataSource,
          bus: options.bus,
          logger,
          relayIntervalMs: 100,
          pollingIntervalSeconds: 0.5,
        })
      : async () => {};
  let running = await startSubgraph(definition, { dataSource: database.dataSource, port: 0, logger, bus: options.bus });
  const port = running.port;
  let stopped = false;
  return {
    name: definition.name,
    url: running.url,
    port,
    sdl: printSubgraphSdl(await definition.buildSchema()),
    databaseUrl: database.url,
    dataSource: database.dataSource,
    statements: database.statements,
    query: async (query, variables, as = null) => postGraphQL(running.url, { query, variables }, await gatewayHeaders(as, definition.name)),
    stop: async () => {
      stopped = true;
      await running.stop();
    },
    restart: async () => {
      running = await startSubgraph(definition, { dataSource: database.dataSource, port, logger, bus: options.bus });
      stopped = false;
    },
    destroy: async () => {
      if (!stopped) await running.stop();
      await stopEvents();
      await database.drop();
    },
  };
}
