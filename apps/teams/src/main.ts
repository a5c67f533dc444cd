import 'reflect-metadata';
import { runSubgraph } from '@buurtvolk/subgraph-kit';
import { teamsSubgraph } from './subgraph';

runSubgraph(teamsSubgraph).catch((error) => {
  console.error(error);
  process.exit(1);
});
