/**
 * `npm run generator:check`: runs `nx g @buurtvolk/tools:subgraph` for real on a copy of the repository (its
 * node_modules linked, not copied), then what a developer runs next there: Prettier over what the generator wrote,
 * the new subgraph's own tests, `schema:write` and `schema:check` with it in the supergraph, the typecheck and the
 * lint of what it wrote and edited; with `-- --gateway` also the access matrix and the schema walk (minutes). The
 * copy is removed afterwards, whatever happened. Uses DATABASE_URL when set (else the tests start an embedded
 * PostgreSQL, as `npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const NAME = 'probe';
/** Not copied: installed packages (linked instead), history, caches, local data and build output. */
const NOT_COPIED = new Set(['node_modules', '.git', '.nx', '.data', 'dist', 'coverage']);
/** The files the generator edits besides the new app. */
const REGISTRATIONS = [
  'tools/subgraphs.ts',
  'tools/subgraph-services.ts',
  'tools/personal-data.spec.ts',
  'apps/gateway/src/test/federation.ts',
  'apps/gateway/src/access-matrix.spec.ts',
  'apps/gateway/src/schema-walk.spec.ts',
  'apps/gateway/src/test/access-matrix/rows/index.ts',
  `apps/gateway/src/test/access-matrix/rows/${NAME}.ts`,
];
const ENV = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', APOLLO_TELEMETRY_DISABLED: '1' };

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

function run(dir: string, title: string, args: string[]): void {
  const started = performance.now();
  console.log(`\n▶ ${title}: node ${args.join(' ')}`);
  const result = spawnSync(process.execPath, args, { cwd: dir, stdio: 'inherit', env: ENV });
  if (result.status !== 0) throw new Error(`${title} failed (exit ${result.status ?? result.signal})`);
  console.log(`✓ ${title} (${seconds(started)})`);
}

/**
 * tsc over what the generator wrote and edited (and so what they import). Errors elsewhere belong to the tree, not
 * to the generator, which should not fail for work in progress beside it: they are shown, not counted.
 */
function typecheck(dir: string): void {
  const started = performance.now();
  console.log('\n▶ typecheck of what the generator wrote and edited');
  writeFileSync(
    join(dir, 'tsconfig.generated.json'),
    JSON.stringify({ extends: './tsconfig.json', include: [`apps/${NAME}/**/*.ts`, ...REGISTRATIONS, 'libs/*/src/types/*.d.ts'] }),
  );
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.generated.json', '--pretty', 'false'], {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
  });
  const errors = result.stdout.split('\n').filter((line) => /^\S+\(\d+,\d+\): error/.test(line));
  const ours = errors.filter((line) => line.startsWith(`apps/${NAME}/`) || REGISTRATIONS.some((file) => line.startsWith(`${file}(`)));
  if (errors.length > ours.length)
    console.log(
      `  (${errors.length - ours.length} errors elsewhere in the tree, not the generator's:)\n  ${errors.filter((line) => !ours.includes(line)).join('\n  ')}`,
    );
  if (ours.length || (result.status !== 0 && !errors.length)) {
    console.error(ours.join('\n') || result.stdout + result.stderr);
    throw new Error('typecheck failed');
  }
  console.log(`✓ typecheck (${seconds(started)})`);
}

function main(): void {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'buurtvolk-generator-check-'));
  // An embedded PostgreSQL runs as its own user when we are root; it must be able to enter the copy.
  chmodSync(dir, 0o755);
  try {
    cpSync(ROOT, dir, {
      recursive: true,
      filter: (source) =>
        !relative(ROOT, source)
          .split(sep)
          .some((part) => NOT_COPIED.has(part)),
    });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    console.log(`Copied the repository to ${dir}`);

    run(dir, 'generate', ['node_modules/nx/dist/bin/nx.js', 'g', '@buurtvolk/tools:subgraph', NAME, '--no-interactive']);
    run(dir, 'formatted', ['node_modules/prettier/bin/prettier.cjs', '--check', `apps/${NAME}`, ...REGISTRATIONS, 'docker/compose.yaml']);
    run(dir, 'its own tests', ['node_modules/jest/bin/jest.js', '--ci', `apps/${NAME}/`]);
    run(dir, 'schema:write', ['tools/run-ts.js', 'tools/schema/schema.ts', 'write']);
    run(dir, 'schema:check', ['tools/run-ts.js', 'tools/schema/schema.ts', 'check']);
    if (process.argv.includes('--gateway')) {
      // The whole federation with the new subgraph, every operation as every caller.
      run(dir, 'access matrix and schema walk', [
        'node_modules/jest/bin/jest.js',
        '--ci',
        // One after the other: each starts the whole federation, and together they starve a small machine.
        '--runInBand',
        'apps/gateway/src/access-matrix.spec.ts',
        'apps/gateway/src/schema-walk.spec.ts',
      ]);
    }
    typecheck(dir);
    run(dir, 'lint', ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', `apps/${NAME}`, ...REGISTRATIONS]);
    console.log(`\ngenerator: the generated subgraph passes (${seconds(started)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`\ngenerator: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
