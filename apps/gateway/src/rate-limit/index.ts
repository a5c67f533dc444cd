export * from './rate-limit-caller';
export * from './rate-limit-middleware';
export * from './rate-limit-plugin';
export * from './rate-limit-settings';
export * from './rate-limiter';
export * from './token-bucket';
