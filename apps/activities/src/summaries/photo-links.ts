import { LinkTokenError, linkTokens, type ObjectStore, objectStoreFromSettings } from '@buurtvolk/subgraph-kit';

/**
 * Links to summary photos, served by the gateway at `/uploads/photos/:token` (its upload proxy forwards them here).
 * Signed by this service alone (PHOTO_URL_SECRET); the signing is the kit's, as for finance's receipt links.
 */
const tokens = linkTokens({
  issuer: 'buurtvolk-activities',
  kind: 'buurtvolk-photos',
  secretVariable: 'PHOTO_URL_SECRET',
  developmentSecret: 'buurtvolk-dev-photo-url-key-only-for-local-development',
});

export const PHOTO_PATH = '/uploads/photos/';

export interface PhotoUploadGrant {
  photoId: string;
  summaryId: string;
  /** The token subject of whoever asked for the link, for the audit log. */
  requestedBy: string;
  role: string;
}

export interface PhotoViewGrant {
  photoId: string;
  objectKey: string;
}

/** PHOTO_URL_BASE makes links absolute (e.g. https://portal.buurtvolk.nl) for API clients on another origin. */
export function photoUrl(token: string): string {
  return `${(process.env.PHOTO_URL_BASE ?? '').replace(/\/$/, '')}${PHOTO_PATH}${token}`;
}

export function signPhotoUpload(grant: PhotoUploadGrant, expiresAt: Date): Promise<string> {
  return tokens.sign({ photo: grant.photoId, summary: grant.summaryId, by: grant.requestedBy, role: grant.role }, 'upload', expiresAt);
}

export function signPhotoView(grant: PhotoViewGrant, expiresAt: Date): Promise<string> {
  return tokens.sign({ photo: grant.photoId, key: grant.objectKey }, 'view', expiresAt);
}

export async function verifyPhotoUpload(token: string): Promise<PhotoUploadGrant> {
  const { photo, summary, by, role } = await tokens.verify(token, 'upload');
  if (typeof photo !== 'string' || typeof summary !== 'string' || typeof by !== 'string' || typeof role !== 'string')
    throw new LinkTokenError('This link is not valid');
  return { photoId: photo, summaryId: summary, requestedBy: by, role };
}

export async function verifyPhotoView(token: string): Promise<PhotoViewGrant> {
  const { photo, key } = await tokens.verify(token, 'view');
  if (typeof photo !== 'string' || typeof key !== 'string') throw new LinkTokenError('This link is not valid');
  return { photoId: photo, objectKey: key };
}

let configured: ObjectStore | undefined;

/** PHOTO_STORE=folder (default; PHOTO_STORE_DIR, or `photos` in BUURTVOLK_DATA_DIR) or PHOTO_STORE=s3 (S3_BUCKET, …). */
export function photoStore(): ObjectStore {
  configured ??= objectStoreFromSettings({ prefix: 'PHOTO', folder: 'photos' });
  return configured;
}
