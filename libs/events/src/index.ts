export * from './consumer';
export * from './domain-event';
export * from './event-bus';
export * from './outbox';
export * from './outbox-relay';
export * from './replay';
export * from './replay-answer';
export * from './replay-consume';
