// Runs a TypeScript entry point: node tools/run-ts.js <file.ts> [args...]
const path = require('node:path');

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
// This runner is for working on the repository (npm start, the token script, tools); it is never how production
// runs. Development keys are used only under NODE_ENV=development (or test), never by default.
process.env.NODE_ENV ??= 'development';
require('./register-ts');

const entry = process.argv[2];
if (!entry) {
  console.error('Usage: node tools/run-ts.js <file.ts> [args...]');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
require(path.resolve(entry));
