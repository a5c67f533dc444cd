import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../local-server';

/** Where `npm start` builds the portal for its gateway to serve: PORTAL_DIR, or dist/apps/portal. */
export const PORTAL_DIST = process.env.PORTAL_DIR ?? join(ROOT, 'dist', 'apps', 'portal');

/** Builds the portal's static files (a second or two), which the gateway then serves. */
export function buildPortal(outDir = PORTAL_DIST): Promise<void> {
  const viteCli = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [
    viteCli,
    'build',
    '--config',
    join(ROOT, 'apps', 'portal', 'vite.config.ts'),
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ];
  return new Promise((resolve, reject) => {
    const vite = spawn(process.execPath, args, {
      cwd: ROOT,
      // The repository's runner sets NODE_ENV=development, which would bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    vite.once('error', reject);
    vite.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Building the portal failed (vite exit code ${code})`))));
  });
}
