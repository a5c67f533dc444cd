import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
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

/** Where receipt files are kept: put, get and delete by key. Keys are made by finance (no caller's text in them). */
export interface ObjectStore {
  put(key: string, body: Readable, info: StoredObjectInfo): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Deleting what is not there is not an error: the clean-up may run twice. */
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

function checkedKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`Not a receipt store key: ${JSON.stringify(key)}`);
  return key;
}

/** A folder on this machine (by default `<data dir>/receipts`, the data dir `npm start` uses). */
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

/** Any S3-compatible store (AWS S3, MinIO, Ceph, Scaleway…); credentials come from the SDK's default chain. */
export class S3ObjectStore implements ObjectStore {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async put(key: string, body: Readable, info: StoredObjectInfo): Promise<void> {
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
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
      return Body instanceof Readable ? Body : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
  }
}

/**
 * The store from the environment:
 * - RECEIPT_STORE=folder (default): RECEIPT_STORE_DIR, or `receipts` in BUURTVOLK_DATA_DIR (default `.data`);
 * - RECEIPT_STORE=s3: S3_BUCKET (required), S3_REGION (default eu-west-1), S3_ENDPOINT for another provider than AWS
 *   (then path-style addressing, as MinIO needs, unless S3_FORCE_PATH_STYLE=false); credentials from the SDK's default
 *   chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, or the container's role).
 */
export function objectStoreFromEnv(env: NodeJS.ProcessEnv = process.env, s3Options: Partial<S3ClientConfig> = {}): ObjectStore {
  const kind = env.RECEIPT_STORE ?? 'folder';
  if (kind === 'folder') {
    return new FolderObjectStore(env.RECEIPT_STORE_DIR ?? join(env.BUURTVOLK_DATA_DIR ?? join(process.cwd(), '.data'), 'receipts'));
  }
  if (kind !== 's3') throw new Error(`RECEIPT_STORE must be "folder" or "s3", not ${JSON.stringify(kind)}`);
  if (!env.S3_BUCKET) throw new Error('RECEIPT_STORE=s3 needs S3_BUCKET');
  const client = new S3Client({
    region: env.S3_REGION ?? 'eu-west-1',
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT, forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false' } : {}),
    ...s3Options,
  });
  return new S3ObjectStore(client, env.S3_BUCKET);
}

let configured: ObjectStore | undefined;

/** One store per process, made on first use so a misconfiguration fails the first receipt, not every other request. */
export function receiptStore(): ObjectStore {
  configured ??= objectStoreFromEnv();
  return configured;
}
