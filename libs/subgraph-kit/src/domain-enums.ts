import { Theme, WellbeingDomain } from '@buurtvolk/domain';
import { registerEnumType } from 'type-graphql';

// The domain's enums as GraphQL types, registered once for every subgraph that uses them: several subgraphs serve
// them, and composition needs each to be the same everywhere.
registerEnumType(Theme, {
  name: 'Theme',
  description: 'The six themes every team works on',
  valuesConfig: {
    NEIGHBOURHOOD: { description: 'De Buurt: clean, intact, safe and more beautiful streets' },
    COMMUNITY: { description: 'Community/Gemeenschap: organising with other residents and local partners' },
    INFORMAL_CARE: { description: 'Informele zorg: against loneliness and poverty, transport, a chat' },
    SUSTAINABILITY: { description: 'Duurzaamheid: information, circularity, urban mining, energy transition' },
    PERSONAL_DEVELOPMENT: { description: 'Persoonlijke ontwikkeling: skills training and information' },
    HEALTH: { description: 'Gezondheid: information, exercise, nutrition' },
  },
});
registerEnumType(WellbeingDomain, {
  name: 'WellbeingDomain',
  description: 'The eight domains of participant effects, each self-assessed 0–10',
  valuesConfig: {
    LANGUAGE: { description: 'Speaking, reading and understanding Dutch' },
    SOCIAL_NETWORK: { description: 'Family, friends and neighbours to rely on' },
    MEANING: { description: 'The feeling that what one does matters' },
    DAILY_LIFE: { description: 'A regular rhythm and handling everyday things oneself' },
    HOME_SITUATION: { description: 'How things are at home: housing and family' },
    MENTAL_HEALTH: { description: 'Stress, low mood, feeling well' },
    PHYSICAL_HEALTH: { description: 'Exercise, food, sleep, the body' },
    FINANCIAL_HEALTH: { description: 'Making ends meet, debts' },
  },
});
