export * from './eventually';
export * from './graphql-client';
export * from './identities';
export * from './statement-recorder';
export * from './test-database';
export * from './test-event-bus';
export * from './test-server';
export * from './test-subgraph';
