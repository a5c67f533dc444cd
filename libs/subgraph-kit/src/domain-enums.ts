import { Theme, WellbeingDomain } from '@buurtvolk/domain';
import { registerEnumType } from 'type-graphql';

// The domain's enums as GraphQL types, registered once for every subgraph that uses them: several subgraphs serve
// them, and composition needs each to be the same everywhere.
registerEnumType(Theme, { name: 'Theme', description: 'The six themes every team works on' });
registerEnumType(WellbeingDomain, {
  name: 'WellbeingDomain',
  description: 'The eight domains of participant effects, each self-assessed 0–10',
});
