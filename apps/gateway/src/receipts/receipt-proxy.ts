import { signGatewayIdentity, IDENTITY_HEADER } from '@buurtvolk/identity';
import { type Logger, REQUEST_ID_HEADER, requestIdOf } from '@buurtvolk/subgraph-kit';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Transform } from 'node:stream';

/**
 * The files that travel over plain HTTP, each to the service that owns it: `/uploads/<kind>/:token` on the gateway is
 * forwarded to `<service>/<kind's path>/:token`. The largest size is checked again by the service.
 */
export const UPLOAD_KINDS = {
  receipts: { service: 'finance', path: '/receipts/', maxBytes: 10 * 1024 * 1024, what: 'A receipt' },
  photos: { service: 'activities', path: '/photos/', maxBytes: 5 * 1024 * 1024, what: 'A photo' },
} as const satisfies Record<string, { service: string; path: string; maxBytes: number; what: string }>;

export type UploadKind = keyof typeof UPLOAD_KINDS;

/** The largest receipt (finance's receipt.rules.ts says the same and checks it again). */
export const MAX_UPLOAD_BYTES = UPLOAD_KINDS.receipts.maxBytes;
/** How long an upload or a download through here may take: a 10 MB photo on a slow phone connection. */
const TRANSFER_TIMEOUT_MS = 120_000;
/** What the service's answer may pass on to the browser. */
const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'x-content-type-options',
  'cache-control',
  'referrer-policy',
];

/**
 * Where each kind's files go: the HTTP origin the owning service's GraphQL URL names (`<FINANCE>/graphql` →
 * `<FINANCE>/receipts/…`). A kind whose service is not in the supergraph is not served.
 */
export function uploadTargets(supergraphSdl: string, subgraphUrls: Record<string, string> = {}): Partial<Record<UploadKind, string>> {
  const targets: Partial<Record<UploadKind, string>> = {};
  for (const [kind, { service, path }] of Object.entries(UPLOAD_KINDS) as [UploadKind, (typeof UPLOAD_KINDS)[UploadKind]][]) {
    const url = subgraphUrls[service] ?? new RegExp(`@join__graph\\(name: "${service}", url: "([^"]+)"\\)`).exec(supergraphSdl)?.[1];
    if (url) targets[kind] = new URL(path, url).toString();
  }
  return targets;
}

/** Finance's receipts origin alone (see uploadTargets). */
export function financeReceiptsBase(supergraphSdl: string, subgraphUrls: Record<string, string> = {}): string | undefined {
  return uploadTargets(supergraphSdl, subgraphUrls).receipts;
}

/**
 * Files on the gateway's own origin, where the portal (strict CSP: this origin only) can send and show them:
 * `PUT /uploads/<kind>/:token` streams the body to the service that owns the kind (receipts → finance, photos →
 * activities), `GET` streams the file back. GraphQL carries no bytes, so this is the one plain HTTP path to a
 * subgraph. The token in the path is a link the service signed (what may be uploaded or viewed, until when); the
 * gateway adds its own signature, as for GraphQL, and stops a body at the kind's limit without holding more than a
 * chunk of it.
 */
export function mountUploadProxy(
  app: Express,
  options: { targets: Partial<Record<UploadKind, string>>; logger: Logger; limit?: RequestHandler[] },
): void {
  const limit = options.limit ?? [];
  for (const [kind, base] of Object.entries(options.targets) as [UploadKind, string][]) {
    const settings = { ...UPLOAD_KINDS[kind], base };
    app.put(`/uploads/${kind}/:token`, ...limit, forwarder('PUT', settings, options.logger));
    app.get(`/uploads/${kind}/:token`, ...limit, forwarder('GET', settings, options.logger));
  }
}

/** Receipts only: what the gateway mounted before photos joined. */
export function mountReceiptProxy(app: Express, options: { financeBase: string; logger: Logger; limit?: RequestHandler[] }): void {
  mountUploadProxy(app, { targets: { receipts: options.financeBase }, logger: options.logger, limit: options.limit });
}

interface Target {
  service: string;
  base: string;
  maxBytes: number;
  what: string;
}

function forwarder(method: 'GET' | 'PUT', target: Target, logger: Logger) {
  const tooLarge = `${target.what} is at most ${target.maxBytes / 1024 / 1024} MB`;
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = String(req.params.token);
    if (!/^[A-Za-z0-9_.-]{20,2000}$/.test(token)) return refuse(res, 404, 'NOT_FOUND', 'No such link');
    if (method === 'PUT' && Number(req.headers['content-length']) > target.maxBytes) {
      discardRestOf(req, res, target.maxBytes);
      return refuse(res, 413, 'LIMIT_EXCEEDED', tooLarge);
    }
    try {
      const url = new URL(encodeURIComponent(token), target.base);
      const headers: Record<string, string> = {
        [IDENTITY_HEADER]: await signGatewayIdentity(null, target.service),
        [REQUEST_ID_HEADER]: requestIdOf(req),
      };
      if (method === 'PUT') {
        headers['content-type'] = 'application/octet-stream';
        if (req.headers['content-length']) headers['content-length'] = String(req.headers['content-length']);
        else headers['transfer-encoding'] = 'chunked';
      }
      const upstream = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
        method,
        headers,
        timeout: TRANSFER_TIMEOUT_MS,
      });
      upstream.on('timeout', () => upstream.destroy(new Error(`${target.service} did not answer in time`)));
      // Once the caller's side is over (answered, or gone halfway), so is the service's: nothing is left half open.
      res.once('close', () => upstream.destroy());
      let answered = false;
      upstream.on('response', (answer: IncomingMessage) => {
        // The service may refuse before the body is through (a wrong type, too large): the rest of the body is not
        // sent on, and nothing of ours may break the answer that is on its way (Node discards what still comes).
        answered = true;
        discardRestOf(req, res, target.maxBytes);
        res.status(answer.statusCode ?? 502);
        for (const name of PASSED_HEADERS) {
          const value = answer.headers[name];
          if (value !== undefined) res.setHeader(name, value);
        }
        answer.pipe(res);
      });
      upstream.on('error', (error) => {
        if (res.headersSent) return void (res.writableFinished || res.destroy());
        if (error instanceof TooLarge) {
          discardRestOf(req, res, target.maxBytes);
          return refuse(res, 413, 'LIMIT_EXCEEDED', tooLarge);
        }
        logger.warn({ err: error, service: target.service }, 'file transfer failed');
        refuse(res, 503, 'SERVICE_UNAVAILABLE', `The ${target.service} service cannot take files right now; try again in a moment`);
      });
      if (method === 'GET') return void upstream.end();
      // Without a Content-Length the count is ours: past the limit the transfer stops and the sender gets 413.
      const counter = countingTo(target.maxBytes, tooLarge);
      counter.on('error', (error) => {
        if (!answered) upstream.destroy(error);
      });
      req.pipe(counter).pipe(upstream);
    } catch (error) {
      next(error);
    }
  };
}

class TooLarge extends Error {}

/**
 * A refused upload's sender is usually still sending. Reading the rest into nothing lets it finish and read the
 * answer; a client cut off mid-body reports a broken connection instead of the 413 or 415. Past twice the largest
 * file of its kind the connection is closed: nobody keeps the gateway reading for nothing.
 */
function discardRestOf(req: Request, res: Response, maxBytes: number): void {
  const stopAt = 2 * maxBytes;
  let discarded = 0;
  req.unpipe();
  if (Number(req.headers['content-length']) > stopAt) return void res.setHeader('connection', 'close');
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > stopAt) req.socket.destroy();
  });
  req.resume();
}

function countingTo(max: number, message: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > max ? new TooLarge(message) : null, chunk);
    },
  });
}

/** An answer to a caller who is still there: written to a closed response, the error would be thrown out of the process. */
function refuse(res: Response, status: number, code: string, message: string): void {
  if (res.destroyed) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
