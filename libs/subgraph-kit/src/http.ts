import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { usesDevelopmentKeys } from '@buurtvolk/identity';
import type { Logger } from './logger';
import { drainServer, lifecycleOf, registerServer, shutdownGate } from './shutdown';

export { drainHttpServers, exitOnSignals, type ShutdownStep } from './shutdown';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Every GraphQL endpoint takes small JSON bodies only; a larger one is refused before parsing. */
export const DEFAULT_BODY_LIMIT = '100kb';

export function createHttpApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(shutdownGate(lifecycleOf(app)));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  return app;
}

/** Ready when `isReady` says so, and never while stopping: a load balancer then sends the next request elsewhere. */
export function readinessEndpoint(app: Express, isReady: () => Promise<boolean>): void {
  const lifecycle = lifecycleOf(app);
  app.get('/health/ready', async (_req, res) => {
    if (lifecycle.stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
}

/** PostgreSQL text cannot hold NUL characters; refuse them at the door rather than fail deep inside. */
const ESCAPED_NUL = /\\u0000/i;

export function jsonBody(limit = DEFAULT_BODY_LIMIT) {
  return express.json({
    limit,
    verify: (_req, _res, raw) => {
      if (ESCAPED_NUL.test(raw.toString('utf8')))
        throw Object.assign(new Error('NUL character in body'), { status: 400, type: 'entity.nul' });
    },
  });
}

/** Turns body-parser failures (malformed JSON, oversized body) into a GraphQL-shaped 4xx instead of an HTML 500. */
export function requestErrorHandler(logger: Logger) {
  return (error: { status?: number; type?: string; message?: string }, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      error.type === 'entity.nul'
        ? 'Text in the request may not contain NUL characters'
        : error.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON'
          : error.type === 'entity.too.large'
            ? 'The request body is too large'
            : status < 500
              ? 'The request could not be read'
              : 'Something went wrong on our side';
    if (status >= 500) logger.error({ err: error }, 'unhandled request error');
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'LIMIT_EXCEEDED' : 'BAD_REQUEST' } }] });
  };
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /** Refuses new requests, lets those in flight finish for up to `graceMs`, then closes; resolves with the number cut. */
  drain(graceMs: number): Promise<number>;
}

/**
 * Where a service listens: LISTEN_HOST, or this machine only while it runs on the published development keys (a
 * development gateway's identity header could be made by anyone who read the repository); elsewhere every interface,
 * as a container needs.
 */
export function listenHost(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.LISTEN_HOST || (usesDevelopmentKeys(env) ? '127.0.0.1' : undefined);
}

/** Listens on the port (0 picks a free one) with keep-alive above the gateway's 15 s idle sockets. */
export async function listen(app: Express, port: number, path = '/graphql'): Promise<RunningServer> {
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, listenHost(), resolve);
  });
  const lifecycle = lifecycleOf(app);
  registerServer(server, lifecycle);
  const actual = (server.address() as AddressInfo).port;
  return { server, port: actual, url: `http://localhost:${actual}${path}`, drain: (graceMs) => drainServer(server, lifecycle, graceMs) };
}
