import type { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { IncomingMessage } from 'node:http';

/**
 * OpenTelemetry traces for the gateway and every subgraph: one trace per request, from the gateway's HTTP server span
 * through each subgraph fetch (W3C traceparent) to each SQL statement.
 *
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then nothing is loaded, patched or started. When on, spans go to
 * `${OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces` over OTLP/HTTP; the standard OTEL_* variables (sampler, headers,
 * resource attributes) apply.
 *
 * The instrumentations patch http, express, graphql and pg as they are loaded, so a process calls this before it
 * imports anything else: each main.ts imports this file (and nothing from the package index) first. It is its own
 * entry point, `@buurtvolk/subgraph-kit/tracing`, because the index loads those modules.
 */

export interface TracingOptions {
  /** Where spans go instead of the OTLP exporter (a test's in-memory exporter); tracing then starts without an endpoint. */
  spanProcessors?: SpanProcessor[];
}

let sdk: NodeSDK | undefined;

/** Probes and scrapes would otherwise be a trace each, every few seconds. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== 'true';
}

/** Starts tracing for this process (once); returns whether it is on. */
export function startTracing(serviceName: string, options: TracingOptions = {}): boolean {
  if (sdk) return true;
  if (!options.spanProcessors && !tracingEnabled()) return false;
  // Loaded only when tracing is on, so a process without it carries none of the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation, ExpressLayerType } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { UndiciInstrumentation } =
    require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  /* eslint-enable @typescript-eslint/no-require-imports */

  sdk = new NodeSDK({
    serviceName,
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : { traceExporter: new OTLPTraceExporter() }),
    // Traces only: metrics are Prometheus' (/metrics), logs are JSON on stdout.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.test(request.url ?? ''),
      }),
      // The gateway fetches subgraphs with undici: these client spans carry the traceparent.
      new UndiciInstrumentation(),
      // Routes name the HTTP spans; a span for each middleware (body parser, gates) would only be noise.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // A span per field would drown the statements; resolvers that only read a property get none.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      // Statements are parameterised and their values stay out of spans (no enhancedDatabaseReporting). Background
      // work (the event bus polling its queues) has no request around it and makes no traces.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  return true;
}

/** Sends the spans still buffered and stops tracing; nothing to do when it is off. */
export async function stopTracing(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  await running?.shutdown();
}

export function tracingStarted(): boolean {
  return sdk !== undefined;
}
