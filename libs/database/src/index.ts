export * from './admin';
export * from './data-source';
export * from './database-limits';
export * from './database-probe';
export * from './database-urls';
export * from './embedded-postgres';
export * from './postgres-errors';
