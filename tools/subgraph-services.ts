/**
 * Every subgraph's name, standard port and entry point, importing nothing: what `npm start` needs to run the stack
 * without loading all the subgraphs' code into its own process as well (about 250 MB). tools/subgraphs.ts pairs them
 * with their definitions, and checks that both say the same.
 */
export interface SubgraphService {
  name: string;
  port: number;
  main: string;
}

export const SUBGRAPH_SERVICES: readonly SubgraphService[] = [
  { name: 'teams', port: 4001, main: 'apps/teams/src/main.ts' },
  { name: 'volunteers', port: 4002, main: 'apps/volunteers/src/main.ts' },
  { name: 'activities', port: 4003, main: 'apps/activities/src/main.ts' },
  { name: 'training', port: 4004, main: 'apps/training/src/main.ts' },
  { name: 'finance', port: 4005, main: 'apps/finance/src/main.ts' },
  { name: 'impact', port: 4006, main: 'apps/impact/src/main.ts' },
  { name: 'messages', port: 4007, main: 'apps/messages/src/main.ts' },
];

export const GATEWAY_MAIN = 'apps/gateway/src/main.ts';
