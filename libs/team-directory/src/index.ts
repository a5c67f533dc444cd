export * from './team-directory';
