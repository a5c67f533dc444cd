import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../local-server';

/**
 * `npm start` runs the services from JavaScript compiled once into dist/dev, not through ts-node in each of its
 * processes: every process would otherwise load the TypeScript compiler (about 90 MB) and transpile the whole tree
 * again (seconds of CPU each, on a machine with two cores). The compile emits without type-checking (`noCheck`, as
 * ts-node's transpile-only did); `npm run typecheck` is where types are checked.
 */
export const DEV_BUILD = join(ROOT, 'dist', 'dev');
const PROJECT = join(ROOT, 'tsconfig.dev.json');
const BUILD_INFO = join(DEV_BUILD, '.tsbuildinfo');
/** What the compiled services are made of; a change to any of these compiles again. */
const SOURCES = ['apps', 'libs'];
const SETTINGS = ['tsconfig.base.json', 'tsconfig.dev.json', 'package-lock.json'];

/** Compiles when a source is newer than the last compile; resolves with whether it had to. */
export async function compileServices(): Promise<boolean> {
  const compiledAt = modifiedAt(BUILD_INFO);
  if (compiledAt !== undefined && !newerThan(compiledAt)) return false;
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', PROJECT], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Compiling the services failed (tsc exit code ${code})`))));
  });
  return true;
}

/** The command line that runs a service's compiled entry (`apps/teams/src/main.ts`), resolving @buurtvolk/* in dist/dev. */
export function compiledCommand(entry: string): { args: string[]; env: Record<string, string> } {
  return {
    args: ['--enable-source-maps', '-r', require.resolve('tsconfig-paths/register'), join(DEV_BUILD, entry.replace(/\.ts$/, '.js'))],
    env: { TS_NODE_BASEURL: DEV_BUILD, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
  };
}

function modifiedAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Whether any source or setting changed after `time` (a walk of a few thousand files: milliseconds). */
function newerThan(time: number): boolean {
  if (SETTINGS.some((file) => (modifiedAt(join(ROOT, file)) ?? 0) > time)) return true;
  const stack = SOURCES.map((dir) => join(ROOT, dir));
  while (stack.length) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'portal') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name.endsWith('.ts') && statSync(path).mtimeMs > time) return true;
    }
  }
  return false;
}
