// Run by tracing.spec.ts as its own Node process (tools/run-ts.js): the instrumentations patch modules through Node's
// require, which Jest's module loader bypasses. As in each main.ts, tracing starts before anything else loads.
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing, stopTracing } from '@buurtvolk/subgraph-kit/tracing';
const exporter = new InMemorySpanExporter();
startTracing('buurtvolk-test', { spanProcessors: [new SimpleSpanProcessor(exporter)] });
import { demoId } from '@buurtvolk/domain';
import { bearerHeaders, postGraphQL, testIdentities } from '@buurtvolk/testing';
import { writeFileSync } from 'node:fs';
import { startTestFederation } from './federation';

/** What the spec looks at of one finished span. */
export interface ProbedSpan {
  name: string;
  kind: number;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

export interface ProbeResult {
  ports: { gateway: number; teams: number; volunteers: number };
  data: unknown;
  errors?: unknown;
  spans: ProbedSpan[];
}

const TEAM_WITH_MEMBERS = `query TeamWithMembers($id: ID!) { team(id: $id) { name memberships { volunteer { displayName } } } }`;

async function probe(output: string) {
  const federation = await startTestFederation({ volunteers: true });
  try {
    const headers = await bearerHeaders(testIdentities.admin());
    // Only the one request's spans: none of the start-up's.
    exporter.reset();
    const result = await postGraphQL(
      federation.gateway.url,
      { query: TEAM_WITH_MEMBERS, variables: { id: demoId('team:charlois') } },
      headers,
    );
    const spans = exporter.getFinishedSpans().map((span): ProbedSpan => ({
      name: span.name,
      kind: span.kind,
      scope: span.instrumentationScope.name,
      traceId: span.spanContext().traceId,
      spanId: span.spanContext().spanId,
      parentSpanId: span.parentSpanContext?.spanId,
      attributes: span.attributes,
    }));
    const port = (url: string) => Number(new URL(url).port);
    const report: ProbeResult = {
      ports: { gateway: port(federation.gateway.url), teams: port(federation.teams.url), volunteers: port(federation.volunteers!.url) },
      data: result.data,
      errors: result.errors,
      spans,
    };
    writeFileSync(output, JSON.stringify(report));
  } finally {
    await federation.stop();
    await stopTracing();
  }
}

probe(process.argv[2]).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
