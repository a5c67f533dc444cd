// First, before anything loads http, express, graphql or pg: tracing patches them as they load (off without an OTLP
// endpoint). CommonJS keeps this call ahead of the imports below.
import { startTracing } from '@buurtvolk/subgraph-kit/tracing';
startTracing('training');
import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { trainingSubgraph } from './subgraph';

runSubgraph(trainingSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
