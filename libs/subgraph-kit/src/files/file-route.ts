import { IDENTITY_HEADER, verifyGatewayIdentity } from '@buurtvolk/identity';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger';
import { requestIdOf } from '../subgraph';
import { LinkTokenError } from './link-tokens';
import { UploadRefusal } from './upload-spool';

/**
 * A service's plain HTTP route for files (uploads and views reached through the gateway's proxy): it answers only
 * requests the gateway signed; a refusal becomes a JSON error with its status, a bad link 403, anything else is logged
 * and masked. When the caller is already gone (the gateway stopped an upload halfway), nothing more is written: an
 * error written to a closed response would be thrown out of the process.
 */
export function fileRoute(service: string, logger: Logger) {
  return (work: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    async (req, res) => {
      try {
        const header = req.headers[IDENTITY_HEADER];
        if (typeof header !== 'string')
          throw new UploadRefusal(401, 'UNAUTHENTICATED', 'This service answers only requests that come through the gateway');
        await verifyGatewayIdentity(header, service).catch(() => {
          throw new UploadRefusal(401, 'UNAUTHENTICATED', 'The gateway signature on this request is missing, expired or not valid');
        });
        await work(req, res);
      } catch (error) {
        const refusal =
          error instanceof UploadRefusal
            ? error
            : error instanceof LinkTokenError
              ? new UploadRefusal(403, 'FORBIDDEN', error.message)
              : undefined;
        if (!refusal && !res.destroyed) logger.error({ err: error, requestId: requestIdOf(req) }, `${service} file request failed`);
        if (res.headersSent || res.destroyed) return void res.destroy();
        res.status(refusal?.status ?? 500).json({
          errors: [
            {
              message: refusal?.message ?? 'Something went wrong on our side',
              extensions: { code: refusal?.code ?? 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      }
    };
}
