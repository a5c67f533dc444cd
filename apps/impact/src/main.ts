import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { impactSubgraph } from './subgraph';

runSubgraph(impactSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
