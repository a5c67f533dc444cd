import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProbedSpan, ProbeResult } from './test/tracing-probe';

/**
 * One federated query (a team and its members' names: teams, then volunteers) through the real gateway and two real
 * subgraphs, traced with an in-memory exporter. The stack runs in its own Node process (test/tracing-probe.ts):
 * instrumentation hooks Node's require, which Jest's module loader does not use.
 */
const ROOT = join(__dirname, '..', '..', '..');
const SERVER = 1;
const CLIENT = 2;

let result: ProbeResult;
let logs: Record<string, any>[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tracing-'));
  try {
    const output = join(dir, 'spans.json');
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [join(ROOT, 'tools', 'run-ts.js'), join(__dirname, 'test', 'tracing-probe.ts'), output],
        // The test PostgreSQL and run id come with the environment; logs on, to see what they carry.
        { cwd: ROOT, env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info' }, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    result = JSON.parse(readFileSync(output, 'utf8'));
    logs = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

const byId = () => new Map(result.spans.map((span) => [span.spanId, span]));
const port = (span: ProbedSpan) => Number(span.attributes['server.port'] ?? span.attributes['net.host.port']);
const serverSpan = (service: keyof ProbeResult['ports']) =>
  result.spans.find((span) => span.kind === SERVER && span.scope.endsWith('instrumentation-http') && port(span) === result.ports[service]);
const ancestors = (span: ProbedSpan): ProbedSpan[] => {
  const spans = byId();
  const chain: ProbedSpan[] = [];
  for (let parent = spans.get(span.parentSpanId ?? ''); parent; parent = spans.get(parent.parentSpanId ?? '')) chain.push(parent);
  return chain;
};

describe('traces', () => {
  it('answer the query', () => {
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ team: { name: 'Buurtvolk Charlois' } });
  });

  it('make one trace of the request, from the gateway through both subgraphs to their SQL', () => {
    expect(new Set(result.spans.map((span) => span.traceId)).size).toBe(1);

    const gateway = serverSpan('gateway');
    expect(gateway).toBeDefined();
    for (const service of ['teams', 'volunteers'] as const) {
      // The gateway's fetch of the subgraph, inside the gateway's request…
      const fetches = result.spans.filter(
        (span) => span.kind === CLIENT && span.scope.endsWith('instrumentation-undici') && port(span) === result.ports[service],
      );
      expect(fetches.length).toBeGreaterThan(0);
      for (const fetch of fetches) expect(ancestors(fetch)).toContain(gateway);
      // …is the parent of the subgraph's server span: the traceparent went along.
      const server = serverSpan(service)!;
      expect(server).toBeDefined();
      expect(fetches.map((fetch) => fetch.spanId)).toContain(server.parentSpanId);
      // And the statements the subgraph ran are under its server span.
      const statements = result.spans.filter((span) => span.scope.endsWith('instrumentation-pg') && ancestors(span).includes(server));
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.some((span) => /select/i.test(String(span.attributes['db.query.text'] ?? span.attributes['db.statement'])))).toBe(
        true,
      );
    }
  });

  it('name the trace in the log lines of the request, beside its request id', () => {
    const [traceId] = new Set(result.spans.map((span) => span.traceId));
    // The gateway's, and each subgraph's (the gateway names its fetches TeamWithMembers__teams__0 and so on).
    const operations = logs.filter((line) => line.msg === 'operation' && String(line.operationName).startsWith('TeamWithMembers'));
    expect(new Set(operations.map((line) => line.service))).toEqual(new Set(['gateway', 'teams', 'volunteers']));
    for (const line of operations) {
      expect(line.requestId).toEqual(expect.any(String));
      expect(line.trace_id).toBe(traceId);
      expect(line.span_id).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(new Set(operations.map((line) => line.requestId)).size).toBe(1);
  });
});
