import { signGatewayIdentity, IDENTITY_HEADER } from '@buurtvolk/identity';
import { type Logger, REQUEST_ID_HEADER, requestIdOf } from '@buurtvolk/subgraph-kit';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Transform } from 'node:stream';

/** The largest receipt (finance's receipt.rules.ts says the same and checks it again). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** How long an upload or a download through here may take: a 10 MB photo on a slow phone connection. */
const TRANSFER_TIMEOUT_MS = 120_000;
/** What finance's answer may pass on to the browser. */
const PASSED_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'x-content-type-options',
  'cache-control',
  'referrer-policy',
];

/** Finance's HTTP origin: the one its GraphQL URL names (`<FINANCE>/graphql` → `<FINANCE>/receipts/…`). */
export function financeReceiptsBase(supergraphSdl: string, subgraphUrls: Record<string, string> = {}): string | undefined {
  const url = subgraphUrls.finance ?? /@join__graph\(name: "finance", url: "([^"]+)"\)/.exec(supergraphSdl)?.[1];
  return url ? new URL('/receipts/', url).toString() : undefined;
}

/**
 * Receipt files on the gateway's own origin, where the portal (strict CSP: this origin only) can send and show them:
 * `PUT /uploads/receipts/:token` streams the body to finance, `GET` streams the file back. GraphQL carries no bytes,
 * so this is the one plain HTTP path to a subgraph. The token in the path is a link finance signed (what may be
 * uploaded or viewed, until when); the gateway adds its own signature, as for GraphQL, and stops a body at 10 MB
 * without holding more than a chunk of it.
 */
export function mountReceiptProxy(app: Express, options: { financeBase: string; logger: Logger; limit?: RequestHandler[] }): void {
  const forward = (method: 'GET' | 'PUT') => async (req: Request, res: Response, next: NextFunction) => {
    const token = String(req.params.token);
    if (!/^[A-Za-z0-9_.-]{20,2000}$/.test(token)) return refuse(res, 404, 'NOT_FOUND', 'No such receipt link');
    if (method === 'PUT' && Number(req.headers['content-length']) > MAX_UPLOAD_BYTES)
      return refuse(res, 413, 'LIMIT_EXCEEDED', 'A receipt is at most 10 MB');
    try {
      const target = new URL(encodeURIComponent(token), options.financeBase);
      const headers: Record<string, string> = {
        [IDENTITY_HEADER]: await signGatewayIdentity(null, 'finance'),
        [REQUEST_ID_HEADER]: requestIdOf(req),
      };
      if (method === 'PUT') {
        headers['content-type'] = 'application/octet-stream';
        if (req.headers['content-length']) headers['content-length'] = String(req.headers['content-length']);
        else headers['transfer-encoding'] = 'chunked';
      }
      const upstream = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
        method,
        headers,
        timeout: TRANSFER_TIMEOUT_MS,
      });
      upstream.on('timeout', () => upstream.destroy(new Error('finance did not answer in time')));
      // Once the caller's side is over (answered, or gone halfway), so is finance's: nothing is left half open.
      res.once('close', () => upstream.destroy());
      let answered = false;
      upstream.on('response', (answer: IncomingMessage) => {
        // Finance may refuse before the body is through (a wrong type, too large): the rest of the body is not
        // sent on, and nothing of ours may break the answer that is on its way (Node discards what still comes).
        answered = true;
        req.unpipe();
        res.status(answer.statusCode ?? 502);
        for (const name of PASSED_HEADERS) {
          const value = answer.headers[name];
          if (value !== undefined) res.setHeader(name, value);
        }
        answer.pipe(res);
      });
      upstream.on('error', (error) => {
        if (res.headersSent) return void (res.writableFinished || res.destroy());
        if (error instanceof TooLarge) return refuse(res, 413, 'LIMIT_EXCEEDED', 'A receipt is at most 10 MB');
        options.logger.warn({ err: error }, 'receipt transfer to finance failed');
        refuse(res, 503, 'SERVICE_UNAVAILABLE', 'The finance service cannot take receipts right now; try again in a moment');
      });
      if (method === 'GET') return void upstream.end();
      // Without a Content-Length the count is ours: past 10 MB the transfer stops and the sender gets 413.
      const counter = countingTo(MAX_UPLOAD_BYTES);
      counter.on('error', (error) => {
        if (!answered) upstream.destroy(error);
      });
      req.pipe(counter).pipe(upstream);
    } catch (error) {
      next(error);
    }
  };
  const limit = options.limit ?? [];
  app.put('/uploads/receipts/:token', ...limit, forward('PUT'));
  app.get('/uploads/receipts/:token', ...limit, forward('GET'));
}

class TooLarge extends Error {}

function countingTo(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > max ? new TooLarge('A receipt is at most 10 MB') : null, chunk);
    },
  });
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
