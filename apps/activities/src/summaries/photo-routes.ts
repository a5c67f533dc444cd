import { AuditTrail, fileRoute, type Logger, type ObjectStore, requestIdOf, spoolUpload, UploadRefusal } from '@buurtvolk/subgraph-kit';
import type { Express } from 'express';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { ACCEPTED_PHOTO_TYPES, MAX_PHOTO_BYTES } from './month-summary.rules';
import { photoStore, verifyPhotoUpload, verifyPhotoView } from './photo-links';
import { photoById } from './summary-photos';

/** This service's side of photo links; the gateway forwards `/uploads/photos/:token` here with its signature. */
export const PHOTO_ROUTE = '/photos/:token';

const tooLarge = () => new UploadRefusal(413, 'LIMIT_EXCEEDED', `A photo is at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
const wrongType = () => new UploadRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'A photo is a JPEG or PNG file');

/**
 * PUT stores the file of a photo an upload link names (once: a photo's file is not replaced, a new photo is added);
 * GET shows the file a viewing link names, only while everyone in it has PHOTOS consent. Both need the gateway's
 * signature and a link this service signed.
 */
export function mountPhotoRoutes(app: Express, options: { dataSource: DataSource; logger: Logger; store?: ObjectStore }): void {
  const store = options.store ?? photoStore();
  const { dataSource, logger } = options;
  const handle = fileRoute('activities', logger);

  app.put(
    PHOTO_ROUTE,
    handle(async (req, res) => {
      const grant = await verifyPhotoUpload(String(req.params.token));
      if (Number(req.headers['content-length']) > MAX_PHOTO_BYTES) throw tooLarge();
      const before = await photoById(dataSource, grant.photoId);
      if (!before) throw new UploadRefusal(404, 'NOT_FOUND', 'This photo was removed from the summary');
      if (before.objectKey) throw new UploadRefusal(409, 'CONFLICT', 'This photo has its file already; add a new photo instead');
      const spooled = await spoolUpload(req, { maxBytes: MAX_PHOTO_BYTES, accepts: ACCEPTED_PHOTO_TYPES, tooLarge, wrongType });
      const key = `photos/${grant.summaryId}/${grant.photoId}/${randomUUID()}`;
      try {
        await store.put(key, createReadStream(spooled.path), spooled);
      } finally {
        await rm(spooled.path, { force: true });
      }
      try {
        await dataSource.transaction(async (manager) => {
          // Removed, or filled by a second upload, since the check above: the row decides.
          const [rows] = await manager.query(
            `UPDATE summary_photos SET object_key = $2, content_type = $3, size_bytes = $4, sha256 = $5, uploaded_at = now()
              WHERE id = $1 AND object_key IS NULL RETURNING id`,
            [grant.photoId, key, spooled.contentType, spooled.size, spooled.sha256],
          );
          if (!rows.length) throw new UploadRefusal(409, 'CONFLICT', 'This photo was removed or has its file already');
          await new AuditTrail(null, requestIdOf(req), { subject: grant.requestedBy, role: grant.role }).record(manager, {
            action: 'summary-photo.uploaded',
            entityType: 'TeamMonthSummary',
            entityId: grant.summaryId,
            relatedIds: [grant.photoId],
          });
        });
      } catch (error) {
        await store.delete(key).catch(() => undefined);
        throw error;
      }
      res.status(201).json({ photo: { id: grant.photoId, contentType: spooled.contentType, size: spooled.size, sha256: spooled.sha256 } });
    }),
  );

  app.get(
    PHOTO_ROUTE,
    handle(async (req, res) => {
      const grant = await verifyPhotoView(String(req.params.token));
      const photo = await photoById(dataSource, grant.photoId);
      // Consent is checked when the link is opened, not only when it was made: a withdrawal ends every link at once.
      const body = photo?.shown && photo.objectKey === grant.objectKey ? await store.get(grant.objectKey) : null;
      if (!photo || !body) throw new UploadRefusal(404, 'NOT_FOUND', 'This photo is not shown any more');
      res.status(200);
      res.setHeader('Content-Type', photo.contentType!);
      res.setHeader('Content-Length', String(photo.sizeBytes));
      res.setHeader(
        'Content-Disposition',
        `inline; filename="foto-${photo.id.slice(0, 8)}.${photo.contentType === 'image/png' ? 'png' : 'jpg'}"`,
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // A person's picture: kept by no shared cache, so a withdrawal is not outlived by a copy.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Referrer-Policy', 'no-referrer');
      body.pipe(res);
      await finished(res).catch(() => body.destroy());
    }),
  );
}
