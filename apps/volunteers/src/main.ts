// First, before anything loads http, express, graphql or pg: tracing patches them as they load (off without an OTLP
// endpoint). CommonJS keeps this call ahead of the imports below.
import { startTracing } from '@buurtvolk/subgraph-kit/tracing';
startTracing('volunteers');
import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { volunteersSubgraph } from './subgraph';

runSubgraph(volunteersSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
