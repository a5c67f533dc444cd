import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Every GraphQL endpoint takes small JSON bodies only; a larger one is refused before parsing. */
export const DEFAULT_BODY_LIMIT = '100kb';

export function createHttpApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  return app;
}

export function readinessEndpoint(app: Express, isReady: () => Promise<boolean>): void {
  app.get('/health/ready', async (_req, res) => {
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
      if (ESCAPED_NUL.test(raw.toString('utf8'))) throw Object.assign(new Error('NUL character in body'), { status: 400, type: 'entity.nul' });
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
}

/** Listens on the port (0 picks a free one) with keep-alive above the gateway's 15 s idle sockets. */
export async function listen(app: Express, port: number, path = '/graphql'): Promise<RunningServer> {
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return { server, port: actual, url: `http://localhost:${actual}${path}` };
}

/** Runs `stop` once on SIGTERM or SIGINT (or when the parent process goes away), then exits. */
export function exitOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // Started by `npm start` with an IPC channel: when that parent dies, leave no orphan behind.
  if (process.send) process.once('disconnect', () => onSignal('SIGTERM'));
}
