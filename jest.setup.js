// Runs in every test file before its imports.
require('reflect-metadata');
process.env.LOG_LEVEL ??= 'silent';
process.env.APOLLO_TELEMETRY_DISABLED = '1';
