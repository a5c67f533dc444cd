/**
 * `npm run bench [-- --runs 50]`: latency of the hour figures against a running federation (`npm start`) that holds
 * the national data set (`npm run seed -- --scale national`). Each query runs through the gateway and straight
 * to the activities subgraph, one request at a time: a few warm-up requests, then `--runs` measured ones; the
 * table shows median and p95 per query and path, and judges the gateway path against its target.
 *
 * Exit code 1 when any response carries errors (or no data), 2 when a target is missed. Localhost only.
 *
 * Options: --runs N (default 50, at most 1000), --warmup N (default 5), --scale national|small (the data set
 * to pick the team, volunteer, neighbourhood and partner from), --gateway URL (http://localhost:4000/graphql),
 * --activities URL (http://localhost:4003/graphql), --teams URL (http://localhost:4001/graphql), --impact URL
 * (http://localhost:4006/graphql), --year YYYY
 * (default: the last full calendar year), --only f,g (measure only these queries; not with --load).
 *
 * `--load` measures throughput instead: --connections N (default 20) callers for --seconds S (default 15) per path,
 * first over the mix of all queries, then over the public teams list alone (one subgraph, so the direct path asks
 * exactly what the gateway asks); it prints requests per second and p50/p95/p99 per path and the gateway/direct
 * ratios (target: gateway p50 at most 1.5 times direct for the one-subgraph query).
 */
import { todayInAmsterdam } from '@buurtvolk/domain';
import { IDENTITY_HEADER, issueDevToken, signGatewayIdentity } from '@buurtvolk/identity';
import { parseArgs } from 'node:util';
import { planNationalData, SCALES, type ScaleName } from '../seed/national-data';
import { type LoadTarget, runLoad } from './load';
import { type BenchQuery, benchQueries, type BenchService, type Request } from './queries';
import { summarise } from './stats';

const REQUEST_TIMEOUT_MS = 10_000;
/** However many runs are asked for, the whole benchmark stops after this long. */
const TOTAL_BUDGET_MS = 10 * 60_000;
const MAX_RUNS = 1_000;

type Path = 'gateway' | 'subgraph';

interface Measurement {
  query: BenchQuery;
  path: Path;
  timings: number[];
}

class BenchFailure extends Error {}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '5' },
      scale: { type: 'string', default: 'national' },
      gateway: { type: 'string', default: 'http://localhost:4000/graphql' },
      activities: { type: 'string', default: 'http://localhost:4003/graphql' },
      teams: { type: 'string', default: 'http://localhost:4001/graphql' },
      impact: { type: 'string', default: 'http://localhost:4006/graphql' },
      year: { type: 'string' },
      load: { type: 'boolean', default: false },
      connections: { type: 'string', default: '20' },
      seconds: { type: 'string', default: '15' },
      only: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) throw new BenchFailure(`--runs must be 1 to ${MAX_RUNS}`);
  if (!Number.isInteger(warmup) || warmup < 0 || warmup > 100) throw new BenchFailure('--warmup must be 0 to 100');
  if (values.scale !== 'national' && values.scale !== 'small') throw new BenchFailure('--scale must be national or small');
  const gatewayUrl = localUrl(values.gateway!, '--gateway');
  const subgraphUrls = {
    activities: localUrl(values.activities!, '--activities'),
    teams: localUrl(values.teams!, '--teams'),
    impact: localUrl(values.impact!, '--impact'),
  };

  const today = todayInAmsterdam();
  const year = values.year ? Number(values.year) : Number(today.slice(0, 4)) - 1;
  const only = values.only?.split(',').map((id) => id.trim());
  const queries = benchQueries(planNationalData(SCALES[values.scale as ScaleName], today), year).filter(
    (query) => values.load || !only || only.includes(query.id),
  );
  if (!queries.length) throw new BenchFailure(`--only names no query (a to g)`);

  await assertReady(gatewayUrl, 'gateway');
  await assertReady(subgraphUrls.activities, 'activities subgraph');
  await assertReady(subgraphUrls.teams, 'teams subgraph');
  await assertReady(subgraphUrls.impact, 'impact subgraph');
  if (values.load) return loadBenchmark(queries, gatewayUrl, subgraphUrls, Number(values.connections), Number(values.seconds));
  console.log(
    `Benchmark of the ${values.scale} data set, year ${year}: ${warmup} warm-up and ${runs} measured requests per query and path, one at a time.\n`,
  );

  const deadline = Date.now() + TOTAL_BUDGET_MS;
  const results: Measurement[] = [];
  for (const query of queries) {
    const { gateway, subgraph } = await pathsOf(query, gatewayUrl, subgraphUrls);
    const targets: { path: Path; url: string; request: Request; headers: () => Promise<Record<string, string>> }[] = [
      { path: 'gateway', url: gatewayUrl, request: query.gateway, headers: gateway.headers },
      { path: 'subgraph', url: subgraph.url, request: query.subgraph, headers: subgraph.headers },
    ];
    for (const { path, url, request, headers } of targets) {
      const timings: number[] = [];
      for (let i = 0; i < warmup + runs; i += 1) {
        if (Date.now() > deadline)
          throw new BenchFailure(`The benchmark took longer than ${TOTAL_BUDGET_MS / 60_000} minutes; use fewer --runs`);
        const elapsed = await timedRequest(url, request, await headers(), query, path);
        if (i >= warmup) timings.push(elapsed);
      }
      results.push({ query, path, timings });
      console.log(`  (${query.id}) ${path}: done`);
    }
  }

  const missed = printTable(results);
  if (missed) {
    console.error(`\n${missed} target(s) missed.`);
    process.exitCode = 2;
  }
}

/** How to ask a query through the gateway (a bearer token, if any) and straight from its subgraph (the gateway's header). */
async function pathsOf(query: BenchQuery, gatewayUrl: string, subgraphUrls: Record<BenchService, string>) {
  const service = query.service ?? 'activities';
  const token = query.identity ? await issueDevToken(query.identity, { expiresIn: '1h' }) : null;
  const gateway: LoadTarget = {
    url: gatewayUrl,
    body: JSON.stringify(query.gateway),
    headers: async (): Promise<Record<string, string>> => (token ? { authorization: `Bearer ${token}` } : {}),
  };
  // The gateway's header is valid 60 s, so it is signed afresh for each request (outside the timing).
  const subgraph: LoadTarget = {
    url: subgraphUrls[service],
    body: JSON.stringify(query.subgraph),
    headers: async () => ({ [IDENTITY_HEADER]: await signGatewayIdentity(query.identity, service) }),
  };
  return { gateway, subgraph };
}

async function loadBenchmark(
  queries: BenchQuery[],
  gatewayUrl: string,
  subgraphUrls: Record<BenchService, string>,
  connections: number,
  seconds: number,
): Promise<void> {
  if (!Number.isInteger(connections) || connections < 1 || connections > 200) throw new BenchFailure('--connections must be 1 to 200');
  if (!(seconds >= 1 && seconds <= 120)) throw new BenchFailure('--seconds must be 1 to 120');
  const paths = await Promise.all(queries.map((query) => pathsOf(query, gatewayUrl, subgraphUrls)));
  const publicList = paths[queries.findIndex((query) => query.id === 'e')];
  const scenarios = [
    { name: 'mix of all queries', gateway: paths.map((path) => path.gateway), direct: paths.map((path) => path.subgraph) },
    { name: 'public teams list', gateway: [publicList.gateway], direct: [publicList.subgraph] },
  ];
  console.log(`Load: ${connections} connections, ${seconds} s per path and scenario.\n`);
  const header = ['scenario', 'path', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'failed'];
  console.log(header.join('\t'));
  let missed = false;
  for (const scenario of scenarios) {
    const gateway = await runLoad(scenario.gateway, connections, seconds);
    const direct = await runLoad(scenario.direct, connections, seconds);
    for (const [path, result] of [
      ['gateway', gateway],
      ['direct', direct],
    ] as const)
      console.log(
        [
          scenario.name,
          path,
          result.requestsPerSecond.toFixed(0),
          result.p50.toFixed(1),
          result.p95.toFixed(1),
          result.p99.toFixed(1),
          String(result.failures),
        ].join('\t'),
      );
    const ratio = gateway.p50 / direct.p50;
    const judged = scenario.name === 'public teams list';
    console.log(
      `  gateway/direct: p50 ${ratio.toFixed(2)}x, throughput ${(gateway.requestsPerSecond / direct.requestsPerSecond).toFixed(2)}x${judged ? ` (target p50 <= 1.5x: ${ratio <= 1.5 ? 'PASS' : 'FAIL'})` : ''}`,
    );
    if (judged && ratio > 1.5) missed = true;
    if (gateway.failures || direct.failures) throw new BenchFailure(`${scenario.name}: requests failed under load`);
  }
  if (missed) process.exitCode = 2;
}

async function timedRequest(
  url: string,
  request: Request,
  headers: Record<string, string>,
  query: BenchQuery,
  path: Path,
): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  const elapsed = performance.now() - started;

  let body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new BenchFailure(`(${query.id}) ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length || !response.ok) {
    const errors = (body.errors ?? []).map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`).join('; ');
    throw new BenchFailure(
      `(${query.id}) ${query.title} via ${path} answered HTTP ${response.status} with errors: ${errors || text.slice(0, 300)}`,
    );
  }
  const empty = query.emptiness(body.data, path);
  if (empty)
    throw new BenchFailure(
      `(${query.id}) ${query.title} via ${path}: ${empty}. Is the data set loaded (npm run seed -- --scale national)?`,
    );
  return elapsed;
}

/** Prints the table; returns how many gateway targets were missed. */
function printTable(results: Measurement[]): number {
  const rows = results.map(({ query, path, timings }) => {
    const { median, p95 } = summarise(timings);
    // Targets are for what a user gets, through the gateway; the subgraph row shows where the time goes.
    const judged = path === 'gateway';
    return {
      cells: [
        `(${query.id}) ${query.title}`,
        path,
        String(timings.length),
        median.toFixed(1),
        p95.toFixed(1),
        judged ? `p95 <= ${query.targetP95Ms}` : '-',
        judged ? (p95 <= query.targetP95Ms ? 'PASS' : 'FAIL') : 'info',
      ],
      missed: judged && p95 > query.targetP95Ms,
    };
  });
  const header = ['query', 'path', 'runs', 'median ms', 'p95 ms', 'target', 'result'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row.cells[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row.cells));
  return rows.filter((row) => row.missed).length;
}

/** The benchmark only talks to this machine. */
function localUrl(value: string, option: string): string {
  const url = new URL(value);
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    throw new BenchFailure(`${option} must be on localhost, not ${url.hostname}`);
  return url.toString();
}

async function assertReady(graphqlUrl: string, what: string): Promise<void> {
  const health = new URL('/health/ready', graphqlUrl);
  const ready = await fetch(health, { signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.ok,
    () => false,
  );
  if (!ready)
    throw new BenchFailure(
      `The ${what} does not answer at ${health}; start the federation with "npm start" (after "npm run seed -- --scale national").`,
    );
}

main().catch((error) => {
  console.error(error instanceof BenchFailure ? `\nFAILED: ${error.message}` : error);
  process.exitCode = 1;
});
