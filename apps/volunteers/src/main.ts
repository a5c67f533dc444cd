import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { volunteersSubgraph } from './subgraph';

runSubgraph(volunteersSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
