// The portal's pure modules (formats, messages, error mapping) run under jest like the rest; the pages under Playwright.
const path = require('node:path');
const preset = require('../../jest.preset');

module.exports = {
  ...preset,
  displayName: 'portal',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // FormatJS's message parser ships as ES modules only; compile it for jest as the portal's own code is.
  transform: { ...preset.transform, '^.+/@formatjs/.+\\.js$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json') }] },
  transformIgnorePatterns: ['/node_modules/(?!@formatjs/)'],
};
