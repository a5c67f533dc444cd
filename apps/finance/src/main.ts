import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { financeSubgraph } from './subgraph';

runSubgraph(financeSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
