// First, before anything loads http, express, graphql or pg: tracing patches them as they load (off without an OTLP
// endpoint). CommonJS keeps this call ahead of the imports below.
import { startTracing } from '@buurtvolk/subgraph-kit/tracing';
startTracing('gateway');
import 'reflect-metadata';
import { createLogger, exitOnSignals } from '@buurtvolk/subgraph-kit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway } from './gateway';
import { portalSignInFromEnv } from './portal/portal-routes';
import { rateLimitSettingsFromEnv, trustProxyFromEnv } from './rate-limit';

/** Subgraph URLs come from the supergraph, unless `<NAME>_SUBGRAPH_URL` says otherwise (e.g. TEAMS_SUBGRAPH_URL). */
function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^([A-Z]+)_SUBGRAPH_URL$/.exec(key);
    if (match && value) urls[match[1].toLowerCase()] = value;
  }
  return urls;
}

async function main() {
  const logger = createLogger('gateway');
  const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH ?? join(__dirname, '..', 'supergraph.graphql'), 'utf8');
  const gateway = await startGateway({
    supergraphSdl,
    port: Number(process.env.GATEWAY_PORT ?? 4000),
    subgraphUrls: subgraphUrlsFromEnv(process.env),
    connection: { timeoutMs: Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000) },
    rateLimit: rateLimitSettingsFromEnv(process.env),
    trustProxy: trustProxyFromEnv(process.env),
    portal: {
      signIn: portalSignInFromEnv(process.env),
      directory: process.env.PORTAL_DIR ?? join(__dirname, '..', '..', '..', 'dist', 'apps', 'portal'),
    },
    metricsPort: Number(process.env.GATEWAY_METRICS_PORT ?? 4090),
    logger,
  });
  logger.info({ url: gateway.url, metrics: gateway.metricsUrl }, 'gateway ready');
  // The HTTP server drains first (exitOnSignals); a named step shows up in the log if the rest hangs.
  exitOnSignals((step) => step('gateway', gateway.stop), logger);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
