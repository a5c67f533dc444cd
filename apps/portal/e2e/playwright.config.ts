import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

// Run through `npm run e2e`, which starts the stack and sets these; see tools/e2e/e2e.ts.
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:4000';

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  // The flows share one stack and its data, and a 2-core machine runs one browser well.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? join(__dirname, '..', '..', '..', 'dist', 'e2e', 'report.json') }]],
  use: {
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 360, height: 800 },
    video: 'off',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these Chromium keeps trying hosts this closed network refuses.
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  outputDir: join(__dirname, '..', '..', '..', 'dist', 'e2e', 'results'),
});
