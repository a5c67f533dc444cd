import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSubgraphSdl, createHttpApp, jsonBody, listen } from '@buurtvolk/subgraph-kit';
import gql from 'graphql-tag';
import type { Server } from 'node:http';

export interface TeamNotesSubgraph {
  url: string;
  sdl: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Team @key(fields: "id") {
    id: ID!
    note: String
  }
`;

/** A second subgraph for gateway tests only: it contributes `Team.note`, so a query can span two subgraphs. */
export async function startTeamNotesSubgraph(): Promise<TeamNotesSubgraph> {
  const schema = buildSubgraphSchema({ typeDefs, resolvers: { Team: { note: (team: { id: string }) => `note for ${team.id}` } } });
  let server: Server;
  let apollo: ApolloServer;
  let port = 0;
  const start = async () => {
    const app = createHttpApp();
    const running = await listen(app, port);
    port = running.port;
    server = running.server;
    apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
    await apollo.start();
    app.use('/graphql', jsonBody(), expressMiddleware(apollo));
    return running.url;
  };
  const url = await start();
  const stop = async () => {
    await apollo.stop();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { url, sdl: printSubgraphSdl(schema), stop, restart: async () => void (await start()) };
}
