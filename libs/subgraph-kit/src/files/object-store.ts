import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What the store is told about a file besides its bytes; S3 checks the size and the SHA-256 on arrival. */
export interface StoredObjectInfo {
  size: number;
  contentType: string;
  sha256: string;
}

/** Where uploaded files (receipts, photos) are kept: put, get and delete by key. Keys are made by the service (no caller's text in them). */
export interface ObjectStore {
  put(key: string, body: Readable, info: StoredObjectInfo): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Deleting what is not there is not an error: a clean-up may run twice. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

function checkedKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`Not an object store key: ${JSON.stringify(key)}`);
  return key;
}

/** A folder on this machine (by default a folder in the data dir `npm start` uses). */
export class FolderObjectStore implements ObjectStore {
  constructor(readonly root: string) {}

  async put(key: string, body: Readable, _info: StoredObjectInfo): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written beside and renamed into place, so a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    const stream = createReadStream(this.pathOf(key));
    return new Promise((resolveStream, reject) => {
      stream.once('open', () => resolveStream(stream));
      stream.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolveStream(null) : reject(error)));
    });
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return join(resolve(this.root), ...checkedKey(key).split('/'));
  }
}

/** The AWS SDK weighs about 20 MB in every process that loads it: only a service configured for S3 does. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const s3Sdk = () => require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');

/** Any S3-compatible store (AWS S3, MinIO, Ceph, Scaleway…); credentials come from the SDK's default chain. */
export class S3ObjectStore implements ObjectStore {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async put(key: string, body: Readable, info: StoredObjectInfo): Promise<void> {
    const { PutObjectCommand } = s3Sdk();
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: checkedKey(key),
        Body: body,
        ContentLength: info.size,
        ContentType: info.contentType,
        // The store checks the bytes it got against the hash the server computed: no silent corruption on the way.
        ChecksumSHA256: Buffer.from(info.sha256, 'hex').toString('base64'),
      }),
    );
  }

  async get(key: string): Promise<Readable | null> {
    const { GetObjectCommand, NoSuchKey } = s3Sdk();
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
      return Body instanceof Readable ? Body : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { DeleteObjectCommand } = s3Sdk();
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
  }
}

/** Which environment variables configure one kind of file: `<prefix>_STORE`, `<prefix>_STORE_DIR`, and the default folder. */
export interface ObjectStoreSettings {
  /** e.g. RECEIPT → RECEIPT_STORE and RECEIPT_STORE_DIR. */
  prefix: string;
  /** The folder inside BUURTVOLK_DATA_DIR (default `.data`) when no directory is set, e.g. receipts. */
  folder: string;
}

/**
 * The store from the environment:
 * - `<prefix>_STORE=folder` (default): `<prefix>_STORE_DIR`, or the kind's folder in BUURTVOLK_DATA_DIR (default `.data`);
 * - `<prefix>_STORE=s3`: S3_BUCKET (required), S3_REGION (default eu-west-1), S3_ENDPOINT for another provider than
 *   AWS (then path-style addressing, as MinIO needs, unless S3_FORCE_PATH_STYLE=false); credentials from the SDK's
 *   default chain. Kinds share a bucket: their keys start with the kind.
 */
export function objectStoreFromSettings(
  settings: ObjectStoreSettings,
  env: NodeJS.ProcessEnv = process.env,
  s3Options: Partial<S3ClientConfig> = {},
): ObjectStore {
  const variable = `${settings.prefix}_STORE`;
  const kind = env[variable] ?? 'folder';
  if (kind === 'folder') {
    return new FolderObjectStore(env[`${variable}_DIR`] ?? join(env.BUURTVOLK_DATA_DIR ?? join(process.cwd(), '.data'), settings.folder));
  }
  if (kind !== 's3') throw new Error(`${variable} must be "folder" or "s3", not ${JSON.stringify(kind)}`);
  if (!env.S3_BUCKET) throw new Error(`${variable}=s3 needs S3_BUCKET`);
  const client = new (s3Sdk().S3Client)({
    region: env.S3_REGION ?? 'eu-west-1',
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false' } : {}),
    ...s3Options,
  });
  return new S3ObjectStore(client, env.S3_BUCKET);
}
