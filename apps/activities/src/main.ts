import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { activitiesSubgraph } from './subgraph';

runSubgraph(activitiesSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
