export * from './identity';
export * from './keys';
export * from './tokens';
export * from './caller-verifier';
