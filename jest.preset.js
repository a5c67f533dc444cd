// Shared by every project's jest.config.js. ts-jest compiles with tsc (decorator metadata intact) file by file.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }],
  },
  moduleNameMapper: {
    '^@buurtvolk/subgraph-kit/tracing$': path.join(__dirname, 'libs/subgraph-kit/src/tracing.ts'),
    '^@buurtvolk/([a-z-]+)$': path.join(__dirname, 'libs/$1/src/index.ts'),
  },
  setupFiles: [path.join(__dirname, 'jest.setup.js')],
  testMatch: ['**/*.spec.ts'],
};
