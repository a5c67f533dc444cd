import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { trainingSubgraph } from './subgraph';

runSubgraph(trainingSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
