export * from './file-signatures';
export * from './link-tokens';
export * from './object-store';
export * from './upload-spool';
export * from './file-route';
