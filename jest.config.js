// `npm test`: every project's tests against one PostgreSQL for the whole run (see libs/testing).
module.exports = {
  projects: [
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/tools/jest.config.js',
    '<rootDir>/examples/*/jest.config.js',
  ],
  globalSetup: '<rootDir>/jest.global-setup.js',
  globalTeardown: '<rootDir>/jest.global-teardown.js',
  transform: {},
  maxWorkers: 2,
  testTimeout: 60_000,
};
