/**
 * `npm run bench:startup [-- --fresh]`: how long `npm start` takes to serve, phase by phase, and how much memory the
 * running stack holds. It starts `npm start` as a child, notes when PostgreSQL is up, when the services are compiled
 * (the first service answers), when each service is ready and when the gateway is; then it adds up the resident memory
 * of every process of the stack (the Node services apart from PostgreSQL's), and stops the stack.
 *
 * --fresh runs on a new, empty data folder (a first start: initialising PostgreSQL, migrating, loading demo data);
 * without it the usual `.data/` (a later start). Compiled services and the portal build are reused when current.
 * Targets (issue 17): first start under 20 s, a later one under 10 s, the whole stack under 800 MB.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../local-server';
import { SUBGRAPH_SERVICES } from '../subgraph-services';

const GATEWAY_PORT = 4000;
const GIVE_UP_MS = 300_000;
const POLL_MS = 100;

const { values } = parseArgs({ options: { fresh: { type: 'boolean', default: false } } });

interface StackProcess {
  pid: number;
  name: string;
  rssKb: number;
}

async function main() {
  const dataDir = values.fresh ? mkdtempSync(join(tmpdir(), 'buurtvolk-startup-')) : undefined;
  // PostgreSQL runs as its own user when we are root; it must be able to enter the folder.
  if (dataDir) chmodSync(dataDir, 0o755);
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const phases: [string, number][] = [];
  const stack = spawn(process.execPath, [join(ROOT, 'tools/run-ts.js'), join(ROOT, 'tools/dev/start.ts')], {
    cwd: ROOT,
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', ...(dataDir ? { BUURTVOLK_DATA_DIR: dataDir } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // What npm start says as it goes (tools/dev/start.ts), and the phase that ends there.
  const said: [string, string][] = [
    ['Building the portal and compiling the services', 'PostgreSQL up'],
    ['Starting the services', 'portal built and services compiled (or found current)'],
  ];
  stack.stdout!.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    for (const [line, phase] of said) if (text.includes(line)) phases.push([phase, since()]);
  });
  try {
    const services = [...SUBGRAPH_SERVICES.map(({ name, port }) => ({ name, port })), { name: 'gateway', port: GATEWAY_PORT }];
    const firstAnswer = Promise.any(services.map(({ port }) => untilAnswers(port, '/health/live'))).then(() =>
      phases.push(['the first service answers', since()]),
    );
    const ready = services.map(({ name, port }) => untilAnswers(port, '/health/ready').then(() => phases.push([`${name} ready`, since()])));
    const ended = new Promise<never>((_, reject) =>
      stack.once('exit', (code) => reject(new Error(`npm start ended (exit code ${code}) before the stack was ready`))),
    );
    await Promise.race([Promise.all([firstAnswer, ...ready]), ended]);
    const processes = stackProcesses(stack.pid!);
    const node = processes.filter((each) => !each.name.startsWith('postgres'));
    const postgres = processes.filter((each) => each.name.startsWith('postgres'));
    const mb = (list: StackProcess[]) => Math.round(list.reduce((sum, each) => sum + each.rssKb, 0) / 1024);

    console.log(`npm start ${dataDir ? 'on an empty data folder (first start)' : 'on the existing data (later start)'}:`);
    for (const [phase, ms] of phases.sort((a, b) => a[1] - b[1])) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${phase}`);
    console.log(`\nResident memory once ready: ${mb(processes)} MB in all`);
    console.log(`  Node processes: ${mb(node)} MB`);
    for (const each of node.sort((a, b) => b.rssKb - a.rssKb))
      console.log(`    ${String(Math.round(each.rssKb / 1024)).padStart(5)} MB  ${each.name}`);
    console.log(`  PostgreSQL (${postgres.length} processes, shared memory counted in each): ${mb(postgres)} MB`);
  } finally {
    await stop(stack);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Resolves once `path` on `port` answers 200; gives up after GIVE_UP_MS. */
async function untilAnswers(port: number, path: string): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://localhost:${port}${path}`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`Nothing answered on port ${port}${path} within ${GIVE_UP_MS / 1000} s`);
}

/** Every process below `root` (from /proc), with what it runs and its resident memory. */
function stackProcesses(root: number): StackProcess[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const below = new Set([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, parent] of parents)
      if (below.has(parent) && !below.has(pid)) {
        below.add(pid);
        grown = true;
      }
  }
  return [...below].flatMap((pid) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const script = command.find((part) => /apps\/\w+\/src\/main|tools\/dev\/start/.test(part));
      const name = script ? script.replace(/^.*?(apps\/\w+|tools\/dev\/start).*$/, '$1') : (command[0] ?? '').split('/').pop()!;
      return rss ? [{ pid, name, rssKb: Number(rss) }] : [];
    } catch {
      return [];
    }
  });
}

async function stop(stack: ChildProcess): Promise<void> {
  if (stack.exitCode !== null) return;
  const exited = new Promise((resolve) => stack.once('exit', resolve));
  stack.kill('SIGINT');
  const late = setTimeout(() => stack.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(late);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
