import type { SubgraphDefinition } from '@buurtvolk/subgraph-kit';
import { activitiesSubgraph } from '../apps/activities/src/subgraph';
import { financeSubgraph } from '../apps/finance/src/subgraph';
import { impactSubgraph } from '../apps/impact/src/subgraph';
import { teamsSubgraph } from '../apps/teams/src/subgraph';
import { trainingSubgraph } from '../apps/training/src/subgraph';
import { volunteersSubgraph } from '../apps/volunteers/src/subgraph';
import { messagesSubgraph } from '../apps/messages/src/subgraph';

/** Every subgraph of the supergraph, in start order. Add a new subgraph here and in subgraph-services.ts (see the README). */
export const SUBGRAPHS: { definition: SubgraphDefinition<any>; main: string }[] = [
  { definition: teamsSubgraph, main: 'apps/teams/src/main.ts' },
  { definition: volunteersSubgraph, main: 'apps/volunteers/src/main.ts' },
  { definition: activitiesSubgraph, main: 'apps/activities/src/main.ts' },
  { definition: trainingSubgraph, main: 'apps/training/src/main.ts' },
  { definition: financeSubgraph, main: 'apps/finance/src/main.ts' },
  { definition: impactSubgraph, main: 'apps/impact/src/main.ts' },
  { definition: messagesSubgraph, main: 'apps/messages/src/main.ts' },
];

export { GATEWAY_MAIN } from './subgraph-services';

export function subgraphUrl(definition: SubgraphDefinition<any>, host = 'localhost'): string {
  return `http://${host}:${definition.defaultPort}/graphql`;
}
