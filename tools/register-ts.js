// Lets Node require the workspace's TypeScript: ts-node keeps decorator metadata (type-graphql and TypeORM need it),
// tsconfig-paths resolves the @buurtvolk/* aliases.
const path = require('node:path');

process.env.TS_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.json');
process.env.TS_NODE_TRANSPILE_ONLY ??= 'true';
require('ts-node/register');
require('tsconfig-paths/register');
require('reflect-metadata');
