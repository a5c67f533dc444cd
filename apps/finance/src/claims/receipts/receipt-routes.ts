import { AuditTrail, fileRoute, type Logger, requestIdOf, spoolUpload, UploadRefusal } from '@buurtvolk/subgraph-kit';
import type { Express } from 'express';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { type ObjectStore, receiptStore } from './receipt-store';
import { ExpenseClaimReceipt } from './receipt.entity';
import { ACCEPTED_RECEIPT_TYPES, MAX_RECEIPT_BYTES, type ReceiptContentType } from './receipt.rules';
import { verifyUploadToken, verifyViewToken } from './receipt-tokens';

/** Finance's side of receipt links; the gateway forwards `/uploads/receipts/:token` here with its signature. */
export const FINANCE_RECEIPT_ROUTE = '/receipts/:token';

const EXTENSION: Record<ReceiptContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
};

const tooLarge = () => new UploadRefusal(413, 'LIMIT_EXCEEDED', `A receipt is at most ${MAX_RECEIPT_BYTES / 1024 / 1024} MB`);
const wrongType = () => new UploadRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'A receipt is a PDF, JPEG, PNG or HEIC file');

/**
 * PUT stores a receipt file for the item an upload link names, GET shows the file a viewing link names. Both need the
 * gateway's signature (a request straight to finance gets nothing) and a link finance signed; the link decides, as
 * the caller's own token cannot come along with an <a href>.
 */
export function mountReceiptRoutes(app: Express, options: { dataSource: DataSource; logger: Logger; store?: ObjectStore }): void {
  // Made now, so a wrong RECEIPT_STORE stops the service at start rather than failing the first upload.
  const store = options.store ?? receiptStore();
  const { dataSource, logger } = options;
  const handle = fileRoute('finance', logger);

  app.put(
    FINANCE_RECEIPT_ROUTE,
    handle(async (req, res) => {
      const grant = await verifyUploadToken(String(req.params.token));
      if (Number(req.headers['content-length']) > MAX_RECEIPT_BYTES) throw tooLarge();
      await assertStillEditable(dataSource, grant.claimId, grant.itemId, grant.whileStatus);
      const spooled = await spoolUpload(req, { maxBytes: MAX_RECEIPT_BYTES, accepts: ACCEPTED_RECEIPT_TYPES, tooLarge, wrongType });
      const key = `receipts/${grant.claimId}/${grant.itemId}/${randomUUID()}`;
      try {
        await store.put(key, createReadStream(spooled.path), spooled);
      } finally {
        await rm(spooled.path, { force: true });
      }
      let replaced: string | null = null;
      try {
        replaced = await dataSource.transaction(async (manager) => {
          // The claim may have been submitted or decided since the link was issued: the row lock settles it.
          await assertStillEditable(manager, grant.claimId, grant.itemId, grant.whileStatus, true);
          const [previous] = await manager.query(`SELECT object_key FROM expense_claim_receipts WHERE item_id = $1 FOR UPDATE`, [
            grant.itemId,
          ]);
          await manager.query(
            `INSERT INTO expense_claim_receipts (item_id, claim_id, object_key, content_type, size_bytes, sha256, uploaded_at, uploaded_by)
             VALUES ($1, $2, $3, $4, $5, $6, now(), $7)
             ON CONFLICT (item_id) DO UPDATE SET object_key = $3, content_type = $4, size_bytes = $5, sha256 = $6, uploaded_at = now(), uploaded_by = $7`,
            [grant.itemId, grant.claimId, key, spooled.contentType, spooled.size, spooled.sha256, grant.requestedBy],
          );
          await new AuditTrail(null, requestIdOf(req), { subject: grant.requestedBy, role: grant.role }).record(manager, {
            action: previous ? 'receipt.replaced' : 'receipt.uploaded',
            entityType: 'ExpenseClaimItem',
            entityId: grant.itemId,
            relatedIds: [grant.claimId],
          });
          return (previous?.object_key as string | undefined) ?? null;
        });
      } catch (error) {
        await store.delete(key).catch(() => undefined);
        throw error;
      }
      // The replaced file belonged to a claim still being drafted: it was never evidence for a decision.
      if (replaced)
        await store.delete(replaced).catch((error) => logger.warn({ err: error, key: replaced }, 'replaced receipt not deleted'));
      const receipt = await dataSource.getRepository(ExpenseClaimReceipt).findOneByOrFail({ itemId: grant.itemId });
      res.status(201).json({
        receipt: {
          contentType: receipt.contentType,
          size: receipt.size,
          sha256: receipt.sha256,
          uploadedAt: receipt.uploadedAt.toISOString(),
        },
      });
    }),
  );

  app.get(
    FINANCE_RECEIPT_ROUTE,
    handle(async (req, res) => {
      const grant = await verifyViewToken(String(req.params.token));
      const receipt = await dataSource.getRepository(ExpenseClaimReceipt).findOneBy({ itemId: grant.itemId });
      // A file replaced or cleaned up since the link was made is gone for that link.
      const body = receipt?.objectKey === grant.objectKey ? await store.get(receipt.objectKey) : null;
      if (!receipt || !body) throw new UploadRefusal(404, 'NOT_FOUND', 'This receipt is no longer there');
      res.status(200);
      res.setHeader('Content-Type', receipt.contentType);
      res.setHeader('Content-Length', String(receipt.size));
      const extension = EXTENSION[receipt.contentType as ReceiptContentType] ?? 'bin';
      res.setHeader('Content-Disposition', `inline; filename="bon-${receipt.itemId.slice(0, 8)}.${extension}"`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Personal evidence behind a link that carries its own key: kept by no cache and passed to no other site.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Referrer-Policy', 'no-referrer');
      body.pipe(res);
      await finished(res).catch(() => body.destroy());
    }),
  );
}

async function assertStillEditable(
  db: Pick<DataSource, 'query'>,
  claimId: string,
  itemId: string,
  whileStatus: string[],
  lock = false,
): Promise<void> {
  const [claim] = await db.query(
    `SELECT c.status FROM expense_claims c JOIN expense_claim_items i ON i.claim_id = c.id WHERE c.id = $1 AND i.id = $2${lock ? ' FOR UPDATE OF c' : ''}`,
    [claimId, itemId],
  );
  if (!claim) throw new UploadRefusal(404, 'NOT_FOUND', 'This claim item is no longer there');
  // Who may upload was decided when the link was issued; what the claim is now decides whether it still may change.
  if (!whileStatus.includes(claim.status))
    throw new UploadRefusal(409, 'CONFLICT', 'The claim has moved on since this link was made; its receipts no longer change');
}
