/**
 * The portal's browser tests: Playwright drives Debian's Chromium through the real stack — `npm start` on a fresh
 * embedded PostgreSQL with the demo data, on free ports — and prints `e2e: N passed, M failed`.
 *   npm run e2e [-- <playwright args, e.g. a test file or --grep>]
 */
import { freePort } from '@buurtvolk/database';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../local-server';
import { SUBGRAPHS } from '../subgraphs';
import { ensureChromium } from './ensure-chromium';

const STACK_START_TIMEOUT_MS = 240_000;
export const SCREENSHOT_DIR = join(ROOT, 'dist', 'e2e', 'screenshots');

async function main(): Promise<number> {
  const chromium = ensureChromium();
  const dataDir = mkdtempSync(join(tmpdir(), 'buurtvolk-e2e-'));
  // PostgreSQL runs as its own user when we are root; it must reach its data directory.
  chmodSync(dataDir, 0o755);
  const stack = await startStack(dataDir);
  try {
    const reportFile = join(dataDir, 'report.json');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await runPlaywright({ E2E_BASE_URL: stack.url, CHROMIUM_PATH: chromium, E2E_REPORT: reportFile, E2E_SCREENSHOT_DIR: SCREENSHOT_DIR });
    const { passed, failed } = countResults(reportFile);
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    return failed === 0 && passed > 0 ? 0 : 1;
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Stack {
  url: string;
  stop(): Promise<void>;
}

async function startStack(dataDir: string): Promise<Stack> {
  const gatewayPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BUURTVOLK_DATA_DIR: dataDir,
    PORTAL_DIR: join(dataDir, 'portal'),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    GATEWAY_PORT: String(gatewayPort),
    GATEWAY_METRICS_PORT: String(await freePort()),
  };
  delete env.DATABASE_URL;
  for (const { definition } of SUBGRAPHS) env[`${definition.name.toUpperCase()}_PORT`] = String(await freePort());
  console.log('Starting the stack for the browser tests…');
  // Its own process group, so that stopping it reaches every service.
  const child = spawn(process.execPath, ['tools/run-ts.js', 'tools/dev/start.ts'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(
      () => finish(new Error(`The stack did not start within ${STACK_START_TIMEOUT_MS / 1000} s:\n${output}`)),
      STACK_START_TIMEOUT_MS,
    );
    const poll = setInterval(() => output.includes('Press Ctrl-C') && finish(), 200);
    const exited = () => finish(new Error(`The stack stopped while starting:\n${output}`));
    child.once('exit', exited);
    function finish(error?: Error) {
      clearTimeout(deadline);
      clearInterval(poll);
      child.off('exit', exited);
      if (error) reject(error);
      else resolve();
    }
  }).catch(async (error) => {
    await stopGroup(child);
    throw error;
  });
  return { url: `http://localhost:${gatewayPort}`, stop: () => stopGroup(child) };
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGINT');
  const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
  await exited;
  clearTimeout(killer);
}

function runPlaywright(env: Record<string, string>): Promise<void> {
  const cli = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const args = [cli, 'test', '--config', join(ROOT, 'apps', 'portal', 'e2e', 'playwright.config.ts'), ...process.argv.slice(2)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.once('error', reject);
    // Its exit code is read from the report instead: a run that crashed before any test counts as a failure there.
    child.once('exit', () => resolve());
  });
}

/** Counts tests from Playwright's JSON report; a test that passed only on a retry counts as failed (flaky). */
export function countResults(reportFile: string): { passed: number; failed: number } {
  let report: { stats?: { expected?: number; unexpected?: number; flaky?: number }; errors?: unknown[] };
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    return { passed: 0, failed: 1 };
  }
  const stats = report.stats ?? {};
  return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + (report.errors?.length ?? 0) };
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
