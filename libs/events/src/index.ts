export * from './consumer';
export * from './domain-event';
export * from './event-bus';
export * from './outbox';
export * from './outbox-relay';
